package nl.vroegsignaal.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;

/** A group as a yes/no target per row, for the proxy check's AUCs. */
record GroupTarget(GroupKey group, boolean[] member) {

    /**
     * Every group except the largest of its attribute, when both the group and the rest have at least
     * {@code minPersons} persons; geslacht first, then herkomst, in code order.
     */
    static List<GroupTarget> minorities(Map<ProtectedAttribute, int[]> codes, int minPersons) {
        List<GroupTarget> targets = new ArrayList<>();
        for (Map.Entry<ProtectedAttribute, int[]> e : new java.util.TreeMap<>(codes).entrySet()) {
            int[] c = e.getValue();
            int[] counts = counts(c, levels(e.getKey()));
            int largest = largest(counts);
            for (int level = 0; level < counts.length; level++) {
                if (level != largest && counts[level] >= minPersons && c.length - counts[level] >= minPersons) {
                    targets.add(of(e.getKey(), level, c));
                }
            }
        }
        return targets;
    }

    /** The largest group of the attribute, or null when it or the rest is smaller than {@code minPersons}. */
    static GroupTarget reference(ProtectedAttribute a, int[] codes, int minPersons) {
        int[] counts = counts(codes, levels(a));
        int largest = largest(counts);
        if (counts[largest] < minPersons || codes.length - counts[largest] < minPersons) {
            return null;
        }
        return of(a, largest, codes);
    }

    private static GroupTarget of(ProtectedAttribute a, int level, int[] codes) {
        boolean[] member = new boolean[codes.length];
        for (int r = 0; r < codes.length; r++) {
            member[r] = codes[r] == level;
        }
        GroupKey key = a == ProtectedAttribute.GESLACHT ? GroupKey.of(Geslacht.values()[level])
                : GroupKey.of(Herkomst.values()[level]);
        return new GroupTarget(key, member);
    }

    private static int levels(ProtectedAttribute a) {
        return a == ProtectedAttribute.GESLACHT ? Geslacht.values().length : Herkomst.values().length;
    }

    private static int[] counts(int[] codes, int levels) {
        int[] counts = new int[levels];
        for (int c : codes) {
            counts[c]++;
        }
        return counts;
    }

    private static int largest(int[] counts) {
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return best;
    }
}
