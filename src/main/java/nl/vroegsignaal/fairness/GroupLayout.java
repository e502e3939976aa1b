package nl.vroegsignaal.fairness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.vroegsignaal.features.AuditAttributes;

/**
 * Where each row and each group sits in the table of all protected attributes (one axis each). Only levels that
 * occur in the data are on an axis; every combination of present levels is a group of an intersection, even an
 * empty one, so that the intersection cells always add up to the single-attribute groups (suppression relies on
 * that). The groupings are each attribute alone, then the intersection of every pair (in attribute order).
 */
final class GroupLayout {
    /** A group's position on every attribute axis; the axis size stands for "all". */
    record Slot(GroupKey key, int[] position) {
        /** The table index of this slot with the given outcome positions behind it. */
        int[] at(int... outcome) {
            int[] idx = Arrays.copyOf(position, position.length + outcome.length);
            System.arraycopy(outcome, 0, idx, position.length, outcome.length);
            return idx;
        }
    }

    /** The attributes, one per axis, in order. */
    final List<ProtectedAttribute> singles;
    /** Per axis: the levels (indices into the attribute's groups) that occur, ascending. */
    private final int[][] present;
    /** Per row: the interior cell of its attribute values. */
    final int[] cellOfRow;
    private final List<ProtectedAttribute> groupings;

    private GroupLayout(List<ProtectedAttribute> singles, int[][] present, int[] cellOfRow) {
        this.singles = singles;
        this.present = present;
        this.cellOfRow = cellOfRow;
        List<ProtectedAttribute> all = new ArrayList<>(singles);
        for (int a = 0; a < singles.size(); a++) {
            for (int b = a + 1; b < singles.size(); b++) {
                all.add(ProtectedAttribute.intersection(singles.get(a), singles.get(b)));
            }
        }
        this.groupings = List.copyOf(all);
    }

    static GroupLayout of(AuditAttributes attributes) {
        int rows = attributes.rows();
        List<AuditAttributes.Column> columns = attributes.columns();
        List<ProtectedAttribute> singles = new ArrayList<>();
        int[][] present = new int[columns.size()][];
        int[][] axisIndex = new int[columns.size()][];
        for (int a = 0; a < columns.size(); a++) {
            AuditAttributes.Column c = columns.get(a);
            singles.add(ProtectedAttribute.of(c));
            boolean[] seen = new boolean[c.levels().size()];
            for (int code : c.codes()) {
                seen[code] = true;
            }
            axisIndex[a] = new int[seen.length];
            List<Integer> levels = new ArrayList<>();
            for (int l = 0; l < seen.length; l++) {
                axisIndex[a][l] = levels.size();
                if (seen[l]) {
                    levels.add(l);
                }
            }
            present[a] = levels.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] cell = new int[rows];
        for (int r = 0; r < rows; r++) {
            int k = 0;
            for (int a = 0; a < columns.size(); a++) {
                k = k * present[a].length + axisIndex[a][columns.get(a).codes()[r]];
            }
            cell[r] = k;
        }
        return new GroupLayout(List.copyOf(singles), present, cell);
    }

    /** The attribute axes of the table (suppression treats them as the group axes). */
    int axes() {
        return singles.size();
    }

    int cells() {
        int n = 1;
        for (int[] p : present) {
            n *= p.length;
        }
        return n;
    }

    /** The table axes: the attributes, then the given outcome axes. */
    int[] dims(int... outcomeDims) {
        int[] dims = new int[axes() + outcomeDims.length];
        for (int a = 0; a < axes(); a++) {
            dims[a] = present[a].length;
        }
        System.arraycopy(outcomeDims, 0, dims, axes(), outcomeDims.length);
        return dims;
    }

    /** The groupings reported on: each attribute, then each pair's intersection. */
    List<ProtectedAttribute> groupings() {
        return groupings;
    }

    Slot overall() {
        return new Slot(null, all());
    }

    private int[] all() {
        int[] p = new int[axes()];
        for (int a = 0; a < p.length; a++) {
            p[a] = present[a].length;
        }
        return p;
    }

    List<Slot> slots(ProtectedAttribute grouping) {
        List<Slot> slots = new ArrayList<>();
        if (!grouping.isIntersection()) {
            int a = singles.indexOf(grouping);
            for (int i = 0; i < present[a].length; i++) {
                int[] p = all();
                p[a] = i;
                slots.add(new Slot(singles.get(a).key(present[a][i]), p));
            }
            return slots;
        }
        int a = singles.indexOf(grouping.parts().get(0));
        int b = singles.indexOf(grouping.parts().get(1));
        for (int i = 0; i < present[a].length; i++) {
            for (int j = 0; j < present[b].length; j++) {
                int[] p = all();
                p[a] = i;
                p[b] = j;
                String code = singles.get(a).groups().get(present[a][i]).code() + GroupKey.INTERSECTION_SEPARATOR
                        + singles.get(b).groups().get(present[b][j]).code();
                slots.add(new Slot(new GroupKey(grouping, code), p));
            }
        }
        return slots;
    }
}
