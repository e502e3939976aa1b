package nl.vroegsignaal.fairness;

/**
 * Small-cell suppression on a {@link CountTable} with all its margins.
 *
 * <p>Primary: every entry (category or total) below {@code minCell} is suppressed, zeros included.
 * Secondary: a line of the table (the categories along one axis plus their total) with exactly one suppressed
 * entry would give that entry away by one subtraction, so another entry of the line is suppressed as well. The
 * partner is the shown category that opens the fewest new lines with a single hidden entry (so it cascades least),
 * the smallest on a tie; the total only when no category is left. This repeats until no line has exactly one
 * suppressed entry, which means no chain of single subtractions along rows, columns or any other axis can
 * recover a suppressed count. It does not rule out narrowing a hidden count to a range by combining several
 * lines (interval disclosure); with a threshold of 10 that range is what the rule accepts.
 */
public final class Suppression {
    private Suppression() {
    }

    /** Per flat entry of {@code table}: true when the entry must not be shown. */
    public static boolean[] apply(CountTable table, int minCell) {
        if (minCell < 1) {
            throw new IllegalArgumentException("minCell must be >= 1, got " + minCell);
        }
        boolean[] hidden = new boolean[table.size()];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = table.get(i) < minCell;
        }
        int[][] lines = table.lines();
        int[][] linesOf = linesOfEntries(table.size(), lines);
        int[] hiddenIn = new int[lines.length];
        for (int l = 0; l < lines.length; l++) {
            for (int e : lines[l]) {
                hiddenIn[l] += hidden[e] ? 1 : 0;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int l = 0; l < lines.length; l++) {
                if (hiddenIn[l] == 1) {
                    int p = partner(table, lines[l], hidden, linesOf, hiddenIn);
                    hidden[p] = true;
                    for (int other : linesOf[p]) {
                        hiddenIn[other]++;
                    }
                    changed = true;
                }
            }
        }
        return hidden;
    }

    /**
     * The entry to hide next to the only hidden one in {@code line}: the shown category whose other lines have
     * the fewest with nothing hidden yet, then the smallest; the total when no category is shown.
     */
    private static int partner(CountTable table, int[] line, boolean[] hidden, int[][] linesOf, int[] hiddenIn) {
        int best = -1;
        int bestCost = Integer.MAX_VALUE;
        for (int i = 0; i < line.length - 1; i++) {
            int e = line[i];
            if (hidden[e]) {
                continue;
            }
            int cost = 0;
            for (int l : linesOf[e]) {
                cost += hiddenIn[l] == 0 ? 1 : 0;
            }
            if (best < 0 || cost < bestCost || cost == bestCost && table.get(e) < table.get(best)) {
                best = e;
                bestCost = cost;
            }
        }
        return best >= 0 ? best : line[line.length - 1];
    }

    private static int[][] linesOfEntries(int entries, int[][] lines) {
        int[] count = new int[entries];
        for (int[] line : lines) {
            for (int e : line) {
                count[e]++;
            }
        }
        int[][] of = new int[entries][];
        for (int e = 0; e < entries; e++) {
            of[e] = new int[count[e]];
        }
        int[] fill = new int[entries];
        for (int l = 0; l < lines.length; l++) {
            for (int e : lines[l]) {
                of[e][fill[e]++] = l;
            }
        }
        return of;
    }
}
