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
        return of(attributes, MergedGroups.NONE);
    }

    /**
     * The layout with the given groups merged (global recoding): a merged pair is one group on its axis, in the
     * place of the larger one; the attributes in {@link #singles} are then the recoded ones.
     */
    static GroupLayout of(AuditAttributes attributes, MergedGroups merged) {
        int rows = attributes.rows();
        List<AuditAttributes.Column> columns = attributes.columns();
        List<ProtectedAttribute> singles = new ArrayList<>();
        int[][] present = new int[columns.size()][];
        int[][] axisIndex = new int[columns.size()][];
        int[][] groupOfLevel = new int[columns.size()][];
        for (int a = 0; a < columns.size(); a++) {
            AuditAttributes.Column c = columns.get(a);
            ProtectedAttribute attribute = ProtectedAttribute.of(c);
            groupOfLevel[a] = new int[c.levels().size()];
            for (int l = 0; l < groupOfLevel[a].length; l++) {
                groupOfLevel[a][l] = l;
            }
            MergedGroups.Merge m = merged.of(attribute);
            if (m != null && attribute.codes().contains(m.into()) && attribute.codes().contains(m.absorbed())) {
                attribute = recode(attribute, m, groupOfLevel[a]);
            }
            singles.add(attribute);
            boolean[] seen = new boolean[attribute.groups().size()];
            for (int code : c.codes()) {
                seen[groupOfLevel[a][code]] = true;
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
                k = k * present[a].length + axisIndex[a][groupOfLevel[a][columns.get(a).codes()[r]]];
            }
            cell[r] = k;
        }
        return new GroupLayout(List.copyOf(singles), present, cell);
    }

    /**
     * The attribute with the absorbed group merged into the larger one (which keeps its place);
     * {@code groupOfLevel} is filled with each original level's group in the recoded attribute.
     */
    private static ProtectedAttribute recode(ProtectedAttribute a, MergedGroups.Merge m, int[] groupOfLevel) {
        List<AttributeGroup> groups = new ArrayList<>();
        int absorbed = a.codes().indexOf(m.absorbed());
        int into = a.codes().indexOf(m.into());
        for (int l = 0; l < a.groups().size(); l++) {
            if (l != absorbed) {
                groups.add(l == into ? AttributeGroup.merged(a.groups().get(into), a.groups().get(absorbed))
                        : a.groups().get(l));
            }
        }
        for (int l = 0; l < groupOfLevel.length; l++) {
            int g = l == absorbed ? into : l;
            groupOfLevel[l] = g > absorbed ? g - 1 : g;
        }
        return ProtectedAttribute.single(a.key(), a.name(), a.otherThan(), groups);
    }

    /**
     * The merges {@link nl.vroegsignaal.disclosure.Recoding#absorptions} asks for on a table of this layout
     * (per axis {@code {small, largest}} positions, or null), by group code.
     */
    MergedGroups merges(int[][] absorptions) {
        List<MergedGroups.Merge> out = new ArrayList<>();
        for (int a = 0; a < absorptions.length; a++) {
            if (absorptions[a] != null) {
                ProtectedAttribute attribute = singles.get(a);
                out.add(new MergedGroups.Merge(attribute,
                        attribute.groups().get(present[a][absorptions[a][1]]).code(),
                        attribute.groups().get(present[a][absorptions[a][0]]).code()));
            }
        }
        return new MergedGroups(out);
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
