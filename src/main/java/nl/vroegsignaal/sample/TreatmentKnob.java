package nl.vroegsignaal.sample;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.vroegsignaal.core.InputException;

/**
 * Known truth for the effect of contact: a young person the team reached after a list (recorded in its contact log)
 * leaves school without a qualification in the year after that list's peildatum with a chance lowered by
 * {@link #effect} (a share: 0.3 lowers a chance of 20% to 14%). Only that year's draw changes; the records before the
 * peildatum, and so the features a list was made from, stay as they were. Everyone not contacted keeps exactly the
 * rows of the world without the knob (their random streams are untouched).
 *
 * @param effect    the share by which contact lowers the chance of leaving, in [0, 1]
 * @param contacted per pseudonym, the peildatum years (the year of the 1 October) of the lists after which the team
 *                  reached them
 */
public record TreatmentKnob(double effect, Map<String, Set<Integer>> contacted) {
    public static final TreatmentKnob NONE = new TreatmentKnob(0, Map.of());

    public TreatmentKnob {
        if (!(effect >= 0 && effect <= 1)) {
            throw new InputException("treatment effect: must be a share between 0 and 1 by which contact lowers the "
                    + "chance of leaving, got " + effect);
        }
        Map<String, Set<Integer>> copy = new TreeMap<>();
        contacted.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        contacted = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean any() {
        return effect > 0 && !contacted.isEmpty();
    }

    /** Bit (year - first peildatum year) set for each year after whose list the person was contacted. */
    int yearsOf(String pseudonym) {
        Set<Integer> years = contacted.get(pseudonym);
        if (years == null) {
            return 0;
        }
        int bits = 0;
        for (int y : years) {
            int b = y - Days.FIRST_PEIL_YEAR;
            if (b >= 0 && b < 31) {
                bits |= 1 << b;
            }
        }
        return bits;
    }
}
