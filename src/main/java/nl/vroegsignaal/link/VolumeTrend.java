package nl.vroegsignaal.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.vroegsignaal.contract.SourceFile;

/**
 * A source's volume per school year and its sudden changes. A change is sudden when a year's change against
 * the year before departs from the series' usual change (the median of its other year-on-year changes, on a log
 * scale) by at least {@link #MIN_DEPARTURE} and by at least {@link #MIN_Z} standard errors of that comparison
 * (Poisson counts). The usual change absorbs a source that grows or shrinks steadily with its population; the
 * standard errors keep small series from raising alarms by chance.
 */
public final class VolumeTrend {
    /** A factor of 1.25 (25% more or 20% fewer rows than usual). */
    static final double MIN_DEPARTURE = Math.log(1.25);
    static final double MIN_Z = 4.0;

    private VolumeTrend() {
    }

    /**
     * Rows per school year of one series.
     *
     * @param column the code column the series is split by, or null for all rows of the file
     * @param code   the code, or null for all rows
     */
    public record Series(String column, String code, List<Long> rows) {
        public Series {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A sudden change: {@code rows} in {@code year} against {@code previousRows} the year before.
     *
     * @param change  relative change against the year before, e.g. 0.46 for +46%
     * @param usual   the series' usual relative change (median of its other years)
     */
    public record Jump(SourceFile file, String column, String code, String year, String previousYear, long rows,
                       long previousRows, double change, double usual) {

        /** A plain warning for data scientists; rows of a file are not persons, so the counts are exact. */
        public String warning() {
            String what = file.fileName() + (code == null ? "" : " (" + column + " " + code + ")");
            return String.format(Locale.ROOT, "%s: %d rows in school year %s against %d in %s (%s), where the "
                    + "other years change by %s (median). A sudden change like this usually means the source is "
                    + "registered differently (a new practice, a system change or a missing delivery), not that the "
                    + "young people changed: features counting these rows then mean something else from that year "
                    + "on. Check with the supplier before training or scoring on these years.", what, rows, year,
                    previousRows, previousYear, percent(change), percent(usual));
        }

        private static String percent(double change) {
            return String.format(Locale.ROOT, "%+.0f%%", 100 * change);
        }
    }

    static List<Jump> jumps(SourceFile file, Series s, List<String> years) {
        List<Long> v = s.rows();
        int n = v.size();
        double[] logChange = new double[n];
        boolean[] defined = new boolean[n];
        for (int i = 1; i < n; i++) {
            if (v.get(i) > 0 && v.get(i - 1) > 0) {
                logChange[i] = Math.log((double) v.get(i) / v.get(i - 1));
                defined[i] = true;
            }
        }
        List<Jump> out = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            if (!defined[i]) {
                continue;
            }
            double usual = median(logChange, defined, i);
            double departure = logChange[i] - usual;
            double se = Math.sqrt(1.0 / v.get(i) + 1.0 / v.get(i - 1));
            if (Math.abs(departure) >= MIN_DEPARTURE && Math.abs(departure) / se >= MIN_Z) {
                out.add(new Jump(file, s.column(), s.code(), years.get(i), years.get(i - 1), v.get(i), v.get(i - 1),
                        Math.exp(logChange[i]) - 1, Math.exp(usual) - 1));
            }
        }
        return out;
    }

    /** The median of the defined changes other than the one at {@code except}; 0 when there are none. */
    private static double median(double[] values, boolean[] defined, int except) {
        double[] others = new double[values.length];
        int k = 0;
        for (int j = 0; j < values.length; j++) {
            if (defined[j] && j != except) {
                others[k++] = values[j];
            }
        }
        if (k == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(others, k);
        Arrays.sort(sorted);
        return k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2;
    }
}
