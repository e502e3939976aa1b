package nl.vroegsignaal.fairness;

/**
 * Small-cell suppression on a {@link CountTable} with all its margins.
 *
 * <p>Primary: every entry (category or total) below {@code minCell} is suppressed, zeros included.
 * Secondary: a line of the table (the categories along one axis plus their total) with exactly one suppressed
 * entry would give that entry away by one subtraction, so another entry of the line is suppressed as well: the
 * smallest shown category, or the total when no category is left. This repeats until no line has exactly one
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
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : lines) {
                int hiddenInLine = 0;
                for (int e : line) {
                    if (hidden[e]) {
                        hiddenInLine++;
                    }
                }
                if (hiddenInLine == 1) {
                    hidden[partner(table, line, hidden)] = true;
                    changed = true;
                }
            }
        }
        return hidden;
    }

    /** The entry to hide next to the only hidden one in {@code line}: the smallest shown category, else the total. */
    private static int partner(CountTable table, int[] line, boolean[] hidden) {
        int best = -1;
        for (int i = 0; i < line.length - 1; i++) {
            int e = line[i];
            if (!hidden[e] && (best < 0 || table.get(e) < table.get(best))) {
                best = e;
            }
        }
        return best >= 0 ? best : line[line.length - 1];
    }
}
