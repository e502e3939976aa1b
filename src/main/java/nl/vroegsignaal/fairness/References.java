package nl.vroegsignaal.fairness;

import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import nl.vroegsignaal.fairness.GroupLayout.Slot;

/** Picks the reference group of an attribute: the one named in the options, else the largest (first on a tie). */
final class References {
    private References() {
    }

    /**
     * @param named   the code from the options, or null
     * @param slots   all slots
     * @param ks      indices into {@code slots} of this attribute's groups
     * @param persons persons per slot index
     * @return the slot index of the reference group
     */
    /** Refuses a reference group named for an attribute this audit does not have. */
    static void checkNamed(AuditOptions opt, List<ProtectedAttribute> groupings) {
        List<String> keys = groupings.stream().map(ProtectedAttribute::key).toList();
        for (String key : opt.sortedReferenceGroups().keySet()) {
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("referenceGroups." + key + ": not an attribute of this audit; "
                        + "expected one of " + String.join(", ", keys));
            }
        }
    }

    static int choose(ProtectedAttribute a, String named, List<Slot> slots, List<Integer> ks,
                      IntUnaryOperator persons) {
        if (named != null) {
            for (int k : ks) {
                if (slots.get(k).key().code().equals(named)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("referenceGroups." + a.key() + ": '" + named
                    + "' is not a group in the data; groups present: "
                    + ks.stream().map(k -> slots.get(k).key().code()).collect(Collectors.joining(", ")));
        }
        int best = ks.get(0);
        for (int k : ks) {
            if (persons.applyAsInt(k) > persons.applyAsInt(best)) {
                best = k;
            }
        }
        return best;
    }
}
