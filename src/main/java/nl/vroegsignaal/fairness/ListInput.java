package nl.vroegsignaal.fairness;

import java.util.Objects;
import nl.vroegsignaal.features.AuditAttributes;

/**
 * A produced signal list as the audit sees it: every row of the scored population, whether it is on the list,
 * and its protected attributes. Needs no labels, so it works for the latest peildatum as well.
 */
public record ListInput(boolean[] onList, AuditAttributes attributes) {

    public ListInput {
        Objects.requireNonNull(onList, "onList");
        Objects.requireNonNull(attributes, "attributes");
        if (attributes.rows() != onList.length) {
            throw new IllegalArgumentException("list input: all arrays need one entry per row; onList has "
                    + onList.length + ", attributes " + attributes.rows());
        }
    }
}
