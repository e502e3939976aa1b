package nl.vroegsignaal.fairness;

import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.features.AuditAttributes;

/** A group as a yes/no target per row, for the proxy check's AUCs. */
record GroupTarget(GroupKey group, boolean[] member) {

    /**
     * Every group except the largest of its attribute, when both the group and the rest have at least
     * {@code minPersons} persons; attributes in order, groups in their order.
     */
    static List<GroupTarget> minorities(List<AuditAttributes.Column> columns, int minPersons) {
        List<GroupTarget> targets = new ArrayList<>();
        for (AuditAttributes.Column c : columns) {
            int[] counts = counts(c);
            int largest = largest(counts);
            for (int level = 0; level < counts.length; level++) {
                if (level != largest && counts[level] >= minPersons && c.codes().length - counts[level] >= minPersons) {
                    targets.add(of(c, level));
                }
            }
        }
        return targets;
    }

    /** The largest group of the attribute, or null when it or the rest is smaller than {@code minPersons}. */
    static GroupTarget reference(AuditAttributes.Column c, int minPersons) {
        int[] counts = counts(c);
        int largest = largest(counts);
        if (counts[largest] < minPersons || c.codes().length - counts[largest] < minPersons) {
            return null;
        }
        return of(c, largest);
    }

    private static GroupTarget of(AuditAttributes.Column c, int level) {
        int[] codes = c.codes();
        boolean[] member = new boolean[codes.length];
        for (int r = 0; r < codes.length; r++) {
            member[r] = codes[r] == level;
        }
        return new GroupTarget(ProtectedAttribute.of(c).key(level), member);
    }

    private static int[] counts(AuditAttributes.Column c) {
        int[] counts = new int[c.levels().size()];
        for (int code : c.codes()) {
            counts[code]++;
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
