package nl.vroegsignaal.fairness;

import java.util.Objects;
import nl.vroegsignaal.features.AuditAttributes;

/**
 * The labelled test cohort as the audit sees it, one entry per row in the same order.
 *
 * @param risk       calibrated predicted risk in [0, 1]
 * @param label      1 (left school early) or 0; the caller removes unlabelled (censored) rows first
 * @param selected   true when the row is on the list at the operating point (the capacity)
 * @param attributes the protected attributes of each row
 * @param others     who else would be on the list at the same capacity, per row: {@link Ranking#TODAY} (the
 *                   absence rule) and, on synthetic data, {@link Ranking#ORACLE}; either may be absent
 */
public record AuditInput(double[] risk, byte[] label, boolean[] selected, AuditAttributes attributes,
                         java.util.Map<Ranking, boolean[]> others) {

    public AuditInput(double[] risk, byte[] label, boolean[] selected, AuditAttributes attributes) {
        this(risk, label, selected, attributes, java.util.Map.of());
    }

    public AuditInput {
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(selected, "selected");
        Objects.requireNonNull(attributes, "attributes");
        int n = risk.length;
        if (label.length != n || selected.length != n || attributes.rows() != n) {
            throw new IllegalArgumentException("audit input: all arrays need one entry per row; risk has " + n
                    + ", label " + label.length + ", selected " + selected.length + ", attributes "
                    + attributes.rows());
        }
        others = others == null ? java.util.Map.of() : java.util.Map.copyOf(others);
        for (var e : others.entrySet()) {
            if (e.getKey() == Ranking.MODEL || e.getValue().length != n) {
                throw new IllegalArgumentException("audit input: the selection of " + e.getKey().key()
                        + " needs one entry per row (" + n + "), and the model's own is 'selected'");
            }
        }
        for (int i = 0; i < n; i++) {
            if (label[i] != 0 && label[i] != 1) {
                throw new IllegalArgumentException("audit input: label of row " + i + " is " + label[i]
                        + "; only 0 and 1 are allowed (remove unlabelled rows first)");
            }
            if (!(risk[i] >= 0.0 && risk[i] <= 1.0)) {
                throw new IllegalArgumentException("audit input: risk of row " + i + " is " + risk[i]
                        + "; expected a probability in [0, 1]");
            }
        }
    }

    public int rows() {
        return risk.length;
    }
}
