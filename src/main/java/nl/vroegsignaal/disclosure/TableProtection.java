package nl.vroegsignaal.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Chooses which entries of one or more count tables to hide, as statistics offices do with cell suppression:
 * primary suppression of every entry under {@link Disclosure#MIN_PERSONS} (zero included), then secondary
 * suppression until no hidden entry can be narrowed down by any combination of shown entries.
 *
 * <p>Secondary suppression runs in two steps. A quick pass hides a partner in every line (categories plus their
 * total) that has exactly one hidden entry. Then each hidden entry is audited exactly: {@link RangeAudit} solves
 * the linear programs a reader would solve (every shown entry an equation over the non-negative cells) for the
 * smallest and largest value the entry can take. An entry is protected when that range starts at 10 or more or
 * is at least 10 wide. While it is not, the cheapest shown entry in a line with it (or, when its lines are all
 * hidden, in a line with one of their entries) is hidden as well, and the audit repeats; hiding more only widens
 * every range, so entries that passed stay protected. This catches what the line rule misses, such as several
 * hidden entries of a line that add up to zero.
 *
 * <p>Cost of hiding an entry (the information lost): its count, times 10,000 for every group axis on which it is
 * a total, so that detailed cells (intersections, the cells of a 2x2 table) go before the figures of whole
 * groups and a group's own size goes last.
 *
 * <p>Several tables over the same persons (one per selection: the model's list, the baseline's list) share the
 * entries whose axes from {@code sharedAxes} on are all totals; those are one figure, hidden in all tables or
 * none, and the audit treats them as one unknown.
 */
public final class TableProtection {
    private static final double TIER = 10_000;

    private TableProtection() {
    }

    /**
     * The line rule alone (primary suppression, then a partner in every line with one hidden entry): what the
     * fairness audit used before the exact audit; it does not stop several hidden entries of a line from
     * adding up to a known small number. Kept only until the fairness tables are recoded (issue 13).
     */
    public static boolean[] protectByLines(CountTable table, int groupAxes) {
        Publication p = Publication.of(List.of(table), table.dims().length, groupAxes);
        boolean[] hidden = new boolean[p.entries()];
        for (int e = 0; e < hidden.length; e++) {
            hidden[e] = Disclosure.hidesCount(p.value(e));
        }
        lineRule(p, hidden);
        return p.perTable(hidden).get(0);
    }

    /** One table, every entry published; the first {@code groupAxes} axes define groups of persons. */
    public static boolean[] protect(CountTable table, int groupAxes) {
        return protect(List.of(table), table.dims().length, groupAxes).get(0);
    }

    /** As {@link #protect(CountTable, int)}, with entries that are hidden already (decided with another table). */
    public static boolean[] protect(CountTable table, int groupAxes, boolean[] alreadyHidden) {
        Publication p = Publication.of(List.of(table), table.dims().length, groupAxes);
        boolean[] hidden = new boolean[p.entries()];
        for (int e = 0; e < hidden.length; e++) {
            hidden[e] = Disclosure.hidesCount(p.value(e)) || alreadyHidden[e];
        }
        lineRule(p, hidden);
        audit(p, hidden);
        return p.perTable(hidden).get(0);
    }

    /**
     * Tables with the same axes, sharing the entries whose axes {@code sharedAxes..} are all totals. Returns per
     * table and flat entry whether it must be hidden.
     */
    public static List<boolean[]> protect(List<CountTable> tables, int sharedAxes, int groupAxes) {
        Publication p = Publication.of(tables, sharedAxes, groupAxes);
        boolean[] hidden = new boolean[p.entries()];
        for (int e = 0; e < hidden.length; e++) {
            hidden[e] = Disclosure.hidesCount(p.value(e));
        }
        lineRule(p, hidden);
        audit(p, hidden);
        return p.perTable(hidden);
    }

    /**
     * As {@link #protect(List, int, int)}, with controlled rounding first: in every line of groups where a small
     * group has a hidden count, the largest group of the line is printed rounded to base 10 instead of having a
     * partner hidden ({@link ControlledRounding}), so that large groups keep their figures. Of the candidate
     * roundings (fewest rounded up first), the one after whose exact audit the least is hidden is kept; a
     * rounded entry is a band of +-9 in the audit, and an entry the audit still has to hide is hidden.
     */
    public static ProtectedTables protectWithRounding(List<CountTable> tables, int sharedAxes, int groupAxes) {
        Publication p = Publication.of(tables, sharedAxes, groupAxes);
        boolean[] primary = new boolean[p.entries()];
        for (int e = 0; e < primary.length; e++) {
            primary[e] = Disclosure.hidesCount(p.value(e));
        }
        Trial best = search(p, ControlledRounding.groups(p, groupAxes, primary), primary);
        if (best.lost() > 0) {
            // rounding the largest group of each line was not enough: let the two largest share the work
            List<ControlledRounding.Group> two = ControlledRounding.groups(p, groupAxes, primary, 2);
            if (two.size() > best.choice().length) {
                Trial t = search(p, two, primary);
                if (t.lost() < best.lost()) {
                    best = t;
                }
            }
        }
        List<boolean[]> hidden = p.perTable(best.hidden());
        List<boolean[]> rounded = p.perTable(best.rounded());
        List<int[]> printed = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            int[] v = new int[tables.get(t).size()];
            for (int f = 0; f < v.length; f++) {
                int fig = p.figure(t, f);
                v[f] = best.rounded()[fig] ? (int) best.printed()[fig] : tables.get(t).get(f);
            }
            printed.add(v);
        }
        return new ProtectedTables(tables, hidden, rounded, printed);
    }

    /**
     * The first candidate of every group, then one pass over the groups, each trying its other candidates while
     * the rest keep the best so far; stops as soon as nothing beyond the small cells is hidden.
     */
    private static Trial search(Publication p, List<ControlledRounding.Group> groups, boolean[] primary) {
        Trial best = trial(p, groups, new int[groups.size()], primary);
        for (int g = 0; g < groups.size() && best.lost() > 0; g++) {
            for (int c = 1; c < groups.get(g).candidates().size() && best.lost() > 0; c++) {
                int[] other = best.choice().clone();
                other[g] = c;
                Trial t = trial(p, groups, other, primary);
                if (t.lost() < best.lost()) {
                    best = t;
                }
            }
        }
        return best;
    }

    /** One choice of roundings, audited: what it hides, and the cost of what it hides beyond the small cells. */
    private record Trial(int[] choice, boolean[] hidden, boolean[] rounded, long[] printed, double lost) {
    }

    private static Trial trial(Publication p, List<ControlledRounding.Group> groups, int[] choice, boolean[] primary) {
        boolean[] rounded = new boolean[p.entries()];
        long[] printed = new long[p.entries()];
        ControlledRounding.apply(p, groups, choice, rounded, printed);
        boolean[] hidden = primary.clone();
        lineRule(p, hidden, rounded);
        audit(new RangeAudit(p, rounded, printed), p, hidden);
        double lost = 0;
        for (int e = 0; e < hidden.length; e++) {
            lost += hidden[e] && !primary[e] ? p.cost(e) : 0;
        }
        return new Trial(choice.clone(), hidden, rounded, printed, lost);
    }

    /** Hides a partner in every line with exactly one hidden entry, until there is none. */
    private static void lineRule(Publication p, boolean[] hidden) {
        lineRule(p, hidden, new boolean[hidden.length]);
    }

    /**
     * As {@link #lineRule(Publication, boolean[])}; a line with a rounded entry is left to the exact audit, since
     * the rounded entry already keeps the hidden one from being the total minus the others.
     */
    private static void lineRule(Publication p, boolean[] hidden, boolean[] rounded) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : p.lines()) {
                int count = 0;
                boolean anyRounded = false;
                for (int e : line) {
                    count += hidden[e] ? 1 : 0;
                    anyRounded |= rounded[e] && !hidden[e];
                }
                if (count == 1 && !anyRounded) {
                    hidden[cheapestShown(p, line, hidden)] = true;
                    changed = true;
                }
            }
        }
    }

    private static void audit(Publication p, boolean[] hidden) {
        audit(new RangeAudit(p), p, hidden);
    }

    private static void audit(RangeAudit ranges, Publication p, boolean[] hidden) {
        Deque<Integer> queue = new ArrayDeque<>();
        for (int e = 0; e < hidden.length; e++) {
            if (hidden[e]) {
                queue.add(e);
            }
        }
        while (!queue.isEmpty()) {
            int e = queue.poll();
            RangeAudit.Range range = ranges.audit(e, hidden);
            while (!range.isProtected()) {
                int partner = -1;
                for (int limit : range.limits()) {
                    partner = cheaper(p, partner, limit);
                }
                if (partner < 0) {
                    partner = complement(p, e, hidden);
                }
                if (partner < 0) {
                    throw new IllegalStateException("entry " + e + " is narrowed down with every entry hidden");
                }
                hidden[partner] = true;
                queue.add(partner);
                range = ranges.audit(e, hidden);
            }
        }
    }

    /**
     * The cheapest shown entry in a line with {@code e}; when those lines are all hidden, the cheapest shown
     * entry of the nearest lines reachable through hidden entries.
     */
    private static int complement(Publication p, int e, boolean[] hidden) {
        boolean[] seen = new boolean[hidden.length];
        List<Integer> frontier = List.of(e);
        seen[e] = true;
        while (!frontier.isEmpty()) {
            int best = -1;
            List<Integer> next = new ArrayList<>();
            for (int f : frontier) {
                for (int[] line : p.linesOf(f)) {
                    best = cheaper(p, best, cheapestShown(p, line, hidden));
                    for (int mate : line) {
                        if (!seen[mate]) {
                            seen[mate] = true;
                            next.add(mate);
                        }
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
            frontier = next;
        }
        return -1;
    }

    private static int cheapestShown(Publication p, int[] line, boolean[] hidden) {
        int best = -1;
        for (int e : line) {
            if (!hidden[e]) {
                best = cheaper(p, best, e);
            }
        }
        return best;
    }

    private static int cheaper(Publication p, int a, int b) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        int c = Double.compare(p.cost(a), p.cost(b));
        return c < 0 || c == 0 && a < b ? a : b;
    }

    /** Cost of hiding a table entry, see the class comment. */
    static double cost(CountTable t, int flat, int groupAxes) {
        int tier = 0;
        for (int d = 0; d < groupAxes; d++) {
            tier += t.position(flat, d) == t.dims()[d] ? 1 : 0;
        }
        return (t.get(flat) + 1) * Math.pow(TIER, tier);
    }

    /** Lists the hidden entries of one table, for tests and messages. */
    public static List<Integer> hiddenEntries(boolean[] hidden) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < hidden.length; i++) {
            if (hidden[i]) {
                out.add(i);
            }
        }
        return out;
    }
}
