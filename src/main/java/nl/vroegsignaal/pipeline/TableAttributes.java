package nl.vroegsignaal.pipeline;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.model.table.FlatTable;

/**
 * A table's protected columns as audit attributes: each column's own values are its groups, integer codes stay
 * codes (ordered as numbers, so 9 comes before 10), and an empty cell is the group "onbekend".
 */
final class TableAttributes {
    static final String UNKNOWN = "onbekend";
    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("[+-]?\\d+");

    private TableAttributes() {
    }

    static AuditAttributes of(FlatTable table, List<String> columns) {
        List<AuditAttributes.Column> out = new ArrayList<>();
        for (String name : columns) {
            String[] raw = table.protectedColumns().get(name);
            String[] values = new String[raw.length];
            for (int r = 0; r < raw.length; r++) {
                values[r] = raw[r].isEmpty() ? UNKNOWN : raw[r];
            }
            TreeSet<String> distinct = new TreeSet<>(List.of(values));
            boolean integers = distinct.stream().allMatch(v -> v.equals(UNKNOWN) || INTEGER.matcher(v).matches());
            List<String> levels = new ArrayList<>(distinct);
            if (integers) {
                levels.sort(Comparator.comparing((String v) -> v.equals(UNKNOWN) ? 1 : 0)
                        .thenComparing(v -> v.equals(UNKNOWN) ? BigInteger.ZERO : new BigInteger(v)));
            }
            Map<String, Integer> index = new HashMap<>();
            for (int l = 0; l < levels.size(); l++) {
                index.put(levels.get(l), l);
            }
            int[] codes = new int[values.length];
            for (int r = 0; r < codes.length; r++) {
                codes[r] = index.get(values[r]);
            }
            out.add(new AuditAttributes.Column(name, levels, codes, false));
        }
        return new AuditAttributes(out);
    }
}
