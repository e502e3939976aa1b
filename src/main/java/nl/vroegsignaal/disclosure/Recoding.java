package nl.vroegsignaal.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Global recoding, the step before suppression: on each group axis of a table, the small categories are merged
 * into one combined group, as statistics offices do, so that their counts are published together instead of
 * each being hidden and dragging its neighbours' figures with it. A category is small when its persons or its
 * counts along the first outcome axis (for the audit: leavers and non-leavers) are under
 * {@link Disclosure#MIN_PERSONS}: then its own rates cannot be shown anyway. A single category with a small
 * figure of its own is the only hidden entry in the lines of its axis's margins, so suppression would have to
 * hide a large group's figure beside it (the cheapest: the smallest large group); {@link #absorptions} therefore
 * merges it into the largest category of its axis, whose figures it changes least.
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

    /**
     * Per group axis {@code 0..groupAxes-1}: {@code {small, largest}} when exactly one category of the axis has
     * an entry under {@link Disclosure#MIN_PERSONS} among its margins over the other group axes (its persons, its
     * leavers, its persons on the list, ...), the small one to be merged into the largest (most persons, the
     * first on a tie); else null. Such a category is the only hidden entry in those lines of its axis, so
     * suppression would have to hide a large group's figure beside it. Two or more such categories hide each
     * other's lines and are left to {@link #merges}.
     */
    public static int[][] absorptions(CountTable table, int groupAxes) {
        int[] dims = table.dims();
        int[][] out = new int[groupAxes][];
        for (int d = 0; d < groupAxes; d++) {
            int small = -1;
            int count = 0;
            int largest = -1;
            for (int c = 0; c < dims[d]; c++) {
                if (hasSmallMargin(table, d, c, groupAxes)) {
                    small = c;
                    count++;
                } else if (largest < 0 || persons(table, d, c) > persons(table, d, largest)) {
                    largest = c;
                }
            }
            out[d] = count == 1 && largest >= 0 ? new int[] {small, largest} : null;
        }
        return out;
    }

    /** Whether an entry of category c of axis d, the other group axes at their totals, is under 10. */
    private static boolean hasSmallMargin(CountTable t, int axis, int category, int groupAxes) {
        int[] dims = t.dims();
        for (int flat = 0; flat < t.size(); flat++) {
            boolean margin = t.position(flat, axis) == category;
            for (int d = 0; d < groupAxes && margin; d++) {
                margin = d == axis || t.position(flat, d) == dims[d];
            }
            if (margin && Disclosure.hidesCount(t.get(flat))) {
                return true;
            }
        }
        return false;
    }

    private static int persons(CountTable t, int axis, int category) {
        int[] idx = t.dims();
        idx[axis] = category;
        return t.get(idx);
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
