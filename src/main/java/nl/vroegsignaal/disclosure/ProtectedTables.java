package nl.vroegsignaal.disclosure;

import java.util.List;

/**
 * What a set of count tables may publish after {@link TableProtection#protectWithRounding}: per table and flat
 * entry whether it is hidden, whether it is printed rounded to a multiple of {@link Disclosure#MIN_PERSONS}, and
 * the value to print (the rounded one for a rounded entry). Rates and ratios on a rounded entry are computed
 * from the printed values, so that every figure of a report agrees with the counts it prints.
 */
public final class ProtectedTables {
    private final List<CountTable> tables;
    private final List<boolean[]> hidden;
    private final List<boolean[]> rounded;
    private final List<int[]> printed;

    ProtectedTables(List<CountTable> tables, List<boolean[]> hidden, List<boolean[]> rounded, List<int[]> printed) {
        this.tables = List.copyOf(tables);
        this.hidden = List.copyOf(hidden);
        this.rounded = List.copyOf(rounded);
        this.printed = List.copyOf(printed);
    }

    public int tables() {
        return tables.size();
    }

    public CountTable table(int t) {
        return tables.get(t);
    }

    public boolean hidden(int t, int flat) {
        return hidden.get(t)[flat];
    }

    /** True when the entry is shown rounded (never for a hidden entry). */
    public boolean rounded(int t, int flat) {
        return rounded.get(t)[flat] && !hidden.get(t)[flat];
    }

    /** The value to print: the rounded value of a rounded entry, else the true count. Meaningless when hidden. */
    public int printed(int t, int flat) {
        return printed.get(t)[flat];
    }

    /** The hidden flags of one table (a copy). */
    public boolean[] hidden(int t) {
        return hidden.get(t).clone();
    }

    /** The values to print of one table (a copy); see {@link #printed(int, int)}. */
    public int[] printed(int t) {
        return printed.get(t).clone();
    }

    /** Per entry of one table: shown rounded (a copy); see {@link #rounded(int, int)}. */
    public boolean[] rounded(int t) {
        boolean[] out = new boolean[printed.get(t).length];
        for (int f = 0; f < out.length; f++) {
            out[f] = rounded(t, f);
        }
        return out;
    }

    /** True when any entry of any table is printed rounded. */
    public boolean anyRounded() {
        for (int t = 0; t < tables.size(); t++) {
            for (int f = 0; f < printed.get(t).length; f++) {
                if (rounded(t, f)) {
                    return true;
                }
            }
        }
        return false;
    }
}
