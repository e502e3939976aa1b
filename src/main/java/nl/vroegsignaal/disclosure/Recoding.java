package nl.vroegsignaal.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Global recoding, the step before suppression: on each group axis of a table, the small categories are merged
 * into one combined group, as statistics offices do, so that their counts are published together instead of
 * each being hidden and dragging its neighbours' figures with it. A category is small when its persons or its
 * counts along the first outcome axis (for the audit: leavers and non-leavers) are under
 * {@link Disclosure#MIN_PERSONS}: then its own rates cannot be shown anyway. A single small category stays as
 * it is (there is nothing to merge it with that is not large); it is hidden, and
 * {@link TableProtection#protectWithRounding} keeps the large groups beside it shown.
 */
public final class Recoding {
    private Recoding() {
    }

    /**
     * Per group axis {@code 0..groupAxes-1}: the categories to merge into one (in axis order), or an empty list
     * when fewer than two are small.
     */
    public static List<List<Integer>> merges(CountTable table, int groupAxes) {
        int[] dims = table.dims();
        List<List<Integer>> out = new ArrayList<>();
        for (int d = 0; d < groupAxes; d++) {
            List<Integer> small = new ArrayList<>();
            for (int c = 0; c < dims[d]; c++) {
                if (isSmall(table, d, c, groupAxes)) {
                    small.add(c);
                }
            }
            out.add(small.size() >= 2 ? List.copyOf(small) : List.of());
        }
        return out;
    }

    private static boolean isSmall(CountTable t, int axis, int category, int groupAxes) {
        int[] dims = t.dims();
        int[] idx = new int[dims.length];
        for (int d = 0; d < dims.length; d++) {
            idx[d] = dims[d];
        }
        idx[axis] = category;
        if (Disclosure.hidesCount(t.get(idx))) {
            return true;
        }
        if (groupAxes < dims.length) {
            for (int y = 0; y < dims[groupAxes]; y++) {
                idx[groupAxes] = y;
                if (Disclosure.hidesCount(t.get(idx))) {
                    return true;
                }
            }
        }
        return false;
    }
}
