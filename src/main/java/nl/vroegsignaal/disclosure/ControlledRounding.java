package nl.vroegsignaal.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups whose counts are rounded instead of hidden, and the candidate roundings of each. In a line of
 * groups (the categories of one group axis at one position of the other group axes) where a small group has a
 * hidden count, hiding a partner would take a large group's figures away (geslacht M when X-or-onbekend is
 * hidden). Instead the largest group of that line, when it has no hidden count itself, is rounded: every count
 * of its sub-table (the outcome and selection axes, in every table, margins included) becomes a multiple of the
 * base, each within base - 1 of the truth, the margins the sums of the rounded cells (controlled rounding, so the
 * group's figures still add up). The reader then knows the large group only to within 9, which keeps the small
 * group's counts (the total minus the others) from being pinned down; which direction of rounding does that is
 * decided by the exact audit ({@link TableProtection#protectWithRounding}).
 */
final class ControlledRounding {
    static final int BASE = Disclosure.MIN_PERSONS;
    /** Candidate roundings kept per group (fewest rounded up first). */
    private static final int CANDIDATES = 4;
    /** Free cells beyond this are not enumerated: the group is then not rounded (left to suppression). */
    private static final int MAX_FREE = 16;

    /** A group to round: its entries (flat, the same in every table) and its candidate printed values. */
    record Group(int[] flats, List<int[][]> candidates, int[] aliases) {
    }

    private ControlledRounding() {
    }

    /** The groups that close a line of a small group, each with at least one valid candidate. */
    static List<Group> groups(Publication p, int groupAxes, boolean[] primary) {
        return groups(p, groupAxes, primary, 1);
    }

    /**
     * As {@link #groups(Publication, int, boolean[])} with the {@code perLine} largest groups of each such line
     * that are not small themselves: with 2, a second group shares the work when rounding the largest alone
     * cannot keep the small group's range 10 wide (for example a count of 0 beside a count that is already a
     * multiple of 10, which rounding prints as it is).
     */
    static List<Group> groups(Publication p, int groupAxes, boolean[] primary, int perLine) {
        CountTable t0 = p.table(0);
        int[] dims = t0.dims();
        Map<Long, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int f = 0; f < t0.size(); f++) {
            byGroup.computeIfAbsent(groupPosition(t0, f, groupAxes), k -> new ArrayList<>()).add(f);
        }
        Map<Long, Boolean> small = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Integer>> e : byGroup.entrySet()) {
            boolean s = false;
            for (int f : e.getValue()) {
                for (int t = 0; t < p.tables(); t++) {
                    s |= primary[p.figure(t, f)];
                }
            }
            small.put(e.getKey(), s);
        }
        List<Long> closing = new ArrayList<>();
        for (int d = 0; d < groupAxes; d++) {
            for (int f = 0; f < t0.size(); f++) {
                if (t0.position(f, d) != 0 || !nonGroupTotal(t0, f, groupAxes)) {
                    continue; // one line per start at category 0 of axis d, persons entries only
                }
                if (duplicatesTotal(t0, f, d, groupAxes)) {
                    continue; // the same line as at the total of a one-category axis: rounded there, once
                }
                int stride = stride(t0, d);
                boolean anySmall = false;
                List<Integer> bySize = new ArrayList<>();
                for (int c = 0; c < dims[d]; c++) {
                    int g = f + c * stride;
                    anySmall |= small.get(groupPosition(t0, g, groupAxes));
                    bySize.add(g);
                }
                if (!anySmall || dims[d] < 2) {
                    continue;
                }
                // largest first; on a tie the first category
                bySize.sort((a, b) -> t0.get(a) != t0.get(b) ? Integer.compare(t0.get(b), t0.get(a))
                        : Integer.compare(a, b));
                for (int i = 0; i < Math.min(perLine, bySize.size()); i++) {
                    long key = groupPosition(t0, bySize.get(i), groupAxes);
                    if (small.get(key)) {
                        break; // the largest groups first: a small one is hidden, not rounded
                    }
                    if (!closing.contains(key)) {
                        closing.add(key);
                    }
                }
            }
        }
        List<Group> out = new ArrayList<>();
        for (long key : closing) {
            int[] flats = byGroup.get(key).stream().mapToInt(Integer::intValue).toArray();
            List<int[][]> candidates = candidates(p, t0, flats, groupAxes);
            if (!candidates.isEmpty()) {
                out.add(new Group(flats, candidates, aliases(t0, flats, groupAxes)));
            }
        }
        return out;
    }

    /**
     * Valid controlled roundings of one group in every table, fewest rounded up first: per table, the printed
     * value of each of the group's entries. Valid: every printed value (margins included) lies within base - 1
     * of the truth, and an entry shared by the tables gets one value.
     */
    private static List<int[][]> candidates(Publication p, CountTable t0, int[] flats, int groupAxes) {
        List<Integer> interior = new ArrayList<>();
        for (int i = 0; i < flats.length; i++) {
            if (nonGroupInterior(t0, flats[i], groupAxes)) {
                interior.add(i);
            }
        }
        int[][] covers = new int[flats.length][];
        for (int i = 0; i < flats.length; i++) {
            List<Integer> c = new ArrayList<>();
            for (int j : interior) {
                if (covered(t0, flats[i], flats[j], groupAxes)) {
                    c.add(j);
                }
            }
            covers[i] = c.stream().mapToInt(Integer::intValue).toArray();
        }
        int tables = p.tables();
        List<int[]> free = new ArrayList<>(); // (table, index into flats)
        for (int t = 0; t < tables; t++) {
            for (int j : interior) {
                if (p.table(t).get(flats[j]) % BASE != 0) {
                    free.add(new int[] {t, j});
                }
            }
        }
        if (free.size() > MAX_FREE) {
            return List.of();
        }
        List<Integer> masks = new ArrayList<>();
        for (int m = 0; m < 1 << free.size(); m++) {
            masks.add(m);
        }
        masks.sort((a, b) -> Integer.bitCount(a) != Integer.bitCount(b)
                ? Integer.compare(Integer.bitCount(a), Integer.bitCount(b)) : Integer.compare(a, b));
        List<int[][]> out = new ArrayList<>();
        for (int mask : masks) {
            int[][] printed = new int[tables][flats.length];
            for (int t = 0; t < tables; t++) {
                for (int j : interior) {
                    printed[t][j] = Math.floorDiv(p.table(t).get(flats[j]), BASE) * BASE;
                }
            }
            for (int b = 0; b < free.size(); b++) {
                if ((mask >> b & 1) == 1) {
                    printed[free.get(b)[0]][free.get(b)[1]] += BASE;
                }
            }
            if (valid(p, flats, covers, printed)) {
                out.add(printed);
                if (out.size() == CANDIDATES) {
                    break;
                }
            }
        }
        return out;
    }

    private static boolean valid(Publication p, int[] flats, int[][] covers, int[][] printed) {
        Map<Integer, Integer> shared = new LinkedHashMap<>();
        for (int t = 0; t < printed.length; t++) {
            for (int i = 0; i < flats.length; i++) {
                int sum = 0;
                for (int j : covers[i]) {
                    sum += printed[t][j];
                }
                printed[t][i] = sum;
                if (Math.abs(sum - p.table(t).get(flats[i])) >= BASE) {
                    return false;
                }
                Integer before = shared.putIfAbsent(p.figure(t, flats[i]), sum);
                if (before != null && before != sum) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when every non-group axis of {@code margin} is a total or equals that of {@code cell}. */
    private static boolean covered(CountTable t, int margin, int cell, int groupAxes) {
        int[] dims = t.dims();
        for (int d = groupAxes; d < dims.length; d++) {
            int pm = t.position(margin, d);
            if (pm != dims[d] && pm != t.position(cell, d)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same entries at the single category of every one-category group axis (equal counts, so they must be
     * printed the same), in the order of {@code flats}; -1 where there is none.
     */
    private static int[] aliases(CountTable t, int[] flats, int groupAxes) {
        int[] dims = t.dims();
        int[] out = new int[flats.length];
        for (int i = 0; i < flats.length; i++) {
            int[] idx = new int[dims.length];
            boolean any = false;
            for (int d = 0; d < dims.length; d++) {
                idx[d] = t.position(flats[i], d);
                if (d < groupAxes && dims[d] == 1 && idx[d] == 1) {
                    idx[d] = 0;
                    any = true;
                }
            }
            out[i] = any ? t.index(idx) : -1;
        }
        return out;
    }

    /** True when, on another group axis with a single category, the entry sits at that category. */
    private static boolean duplicatesTotal(CountTable t, int flat, int axis, int groupAxes) {
        int[] dims = t.dims();
        for (int d = 0; d < groupAxes; d++) {
            if (d != axis && dims[d] == 1 && t.position(flat, d) == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean nonGroupTotal(CountTable t, int flat, int groupAxes) {
        int[] dims = t.dims();
        for (int d = groupAxes; d < dims.length; d++) {
            if (t.position(flat, d) != dims[d]) {
                return false;
            }
        }
        return true;
    }

    private static boolean nonGroupInterior(CountTable t, int flat, int groupAxes) {
        int[] dims = t.dims();
        for (int d = groupAxes; d < dims.length; d++) {
            if (t.position(flat, d) == dims[d]) {
                return false;
            }
        }
        return true;
    }

    /** The positions of an entry on the group axes, as one key. */
    private static long groupPosition(CountTable t, int flat, int groupAxes) {
        int[] dims = t.dims();
        long key = 0;
        for (int d = 0; d < groupAxes; d++) {
            key = key * (dims[d] + 1) + t.position(flat, d);
        }
        return key;
    }

    private static int stride(CountTable t, int d) {
        int[] idx = new int[t.dims().length];
        int base = t.index(idx);
        idx[d] = 1;
        return t.index(idx) - base;
    }

    /** Flags and printed values of one choice of candidate per group, as per-figure arrays. */
    static void apply(Publication p, List<Group> groups, int[] choice, boolean[] rounded, long[] printed) {
        Arrays.fill(rounded, false);
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            int[][] values = group.candidates().get(choice[g]);
            for (int t = 0; t < p.tables(); t++) {
                for (int i = 0; i < group.flats().length; i++) {
                    int fig = p.figure(t, group.flats()[i]);
                    rounded[fig] = true;
                    printed[fig] = values[t][i];
                    if (group.aliases()[i] >= 0) {
                        int alias = p.figure(t, group.aliases()[i]);
                        rounded[alias] = true;
                        printed[alias] = values[t][i];
                    }
                }
            }
        }
    }
}
