package nl.vroegsignaal.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.vroegsignaal.contract.Code;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;

/**
 * Protected attributes per row of a {@link FeatureMatrix} (same row order), for the fairness audit only: the
 * contract's geslacht and herkomst ({@link #contract}), or the protected columns of a user's table. Kept out of
 * the matrix by type: the model stage receives a FeatureMatrix and cannot reach these.
 *
 * @param columns one per attribute, in the order the audit reports them
 */
public record AuditAttributes(List<Column> columns) {
    /** The contract's attribute names. */
    public static final String GESLACHT = "geslacht";
    public static final String HERKOMST = "herkomst";

    /**
     * One attribute: its name (the contract's, or the table column's header), its values in order, and per row
     * the index of its value.
     *
     * @param contract true for the contract's own code list (all codes, in contract order, present or not)
     */
    public record Column(String name, List<String> levels, int[] codes, boolean contract) {
        public Column {
            Objects.requireNonNull(name, "name");
            levels = List.copyOf(levels);
            Objects.requireNonNull(codes, "codes");
            for (int r = 0; r < codes.length; r++) {
                if (codes[r] < 0 || codes[r] >= levels.size()) {
                    throw new IllegalArgumentException("attributes." + name + "[" + r + "]: ordinal " + codes[r]
                            + " is not a level (0.." + (levels.size() - 1) + ")");
                }
            }
        }

        /** The value of a row. */
        public String value(int row) {
            return levels.get(codes[row]);
        }

        Column rows(int[] rows) {
            int[] c = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                c[i] = codes[rows[i]];
            }
            return new Column(name, levels, c, contract);
        }
    }

    public AuditAttributes {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("attributes: at least one protected attribute is needed");
        }
        int rows = columns.get(0).codes().length;
        List<String> names = new ArrayList<>();
        for (Column c : columns) {
            if (c.codes().length != rows) {
                throw new IllegalArgumentException("attributes: " + columns.get(0).name() + " has " + rows
                        + " rows but " + c.name() + " has " + c.codes().length);
            }
            if (names.contains(c.name())) {
                throw new IllegalArgumentException("attributes: " + c.name() + " is named twice");
            }
            names.add(c.name());
        }
    }

    /** The contract's geslacht and herkomst, as ordinals of {@link Geslacht} and {@link Herkomst}. */
    public static AuditAttributes contract(byte[] geslacht, byte[] herkomst) {
        return new AuditAttributes(List.of(contractColumn(GESLACHT, Geslacht.values(), geslacht),
                contractColumn(HERKOMST, Herkomst.values(), herkomst)));
    }

    private static Column contractColumn(String name, Code[] codes, byte[] ordinals) {
        int[] c = new int[ordinals.length];
        for (int r = 0; r < c.length; r++) {
            c[r] = ordinals[r];
        }
        return new Column(name, Arrays.stream(codes).map(Code::code).toList(), c, true);
    }

    public int rows() {
        return columns.get(0).codes().length;
    }

    /** The same attributes for the given rows, in that order. */
    public AuditAttributes rows(int[] rows) {
        return new AuditAttributes(columns.stream().map(c -> c.rows(rows)).toList());
    }

    /** The attribute with this name. */
    public Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("attributes: no " + name + "; have " + names()));
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }
}
