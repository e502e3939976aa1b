package nl.vroegsignaal.fairness;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Percentile bootstrap over persons: each resample draws n rows with replacement (plain, not stratified by group,
 * so group sizes vary between resamples as they would between cohorts) and hands per-cell counts and sums of a
 * per-row weight to a sink. Seeded with XO_RO_SHI_RO_128_PP, so the same seed gives the same intervals.
 */
final class Bootstrap {
    /** Receives resample {@code b}; the arrays are reused between calls. */
    interface Sink {
        void accept(int b, double[] counts, double[] sums);
    }

    /** With a copy: by default Quantile sorts its input in place, which would break the pairing of resamples. */
    private static final Quantile QUANTILE = Quantile.withDefaults().withCopy(true);

    private Bootstrap() {
    }

    /** Receives resample {@code b} with the counts of each further cell assignment drawn from the same rows. */
    interface PairedSink {
        void accept(int b, double[] counts, double[] sums, double[][] pairedCounts);
    }

    static void run(long seed, int resamples, int[] cellOfRow, int cells, double[] weight, Sink sink) {
        run(seed, resamples, cellOfRow, cells, weight, new int[0][], (b, c, s, p) -> sink.accept(b, c, s));
    }

    /**
     * As {@link #run(long, int, int[], int, double[], Sink)}, also counting each resample under further cell
     * assignments ({@code pairedCells[j][row]}, each in {@code 0..cells-1}), so that figures of another selection
     * (today's practice, the oracle) come from the very same resampled persons; the draws are the same as without.
     */
    static void run(long seed, int resamples, int[] cellOfRow, int cells, double[] weight, int[][] pairedCells,
                    PairedSink sink) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int n = cellOfRow.length;
        double[] counts = new double[cells];
        double[] sums = new double[cells];
        double[][] paired = new double[pairedCells.length][cells];
        for (int b = 0; b < resamples; b++) {
            java.util.Arrays.fill(counts, 0.0);
            java.util.Arrays.fill(sums, 0.0);
            for (double[] p : paired) {
                java.util.Arrays.fill(p, 0.0);
            }
            for (int i = 0; i < n; i++) {
                int row = rng.nextInt(n);
                int c = cellOfRow[row];
                counts[c] += 1.0;
                if (weight != null) {
                    sums[c] += weight[row];
                }
                for (int j = 0; j < paired.length; j++) {
                    paired[j][pairedCells[j][row]] += 1.0;
                }
            }
            sink.accept(b, counts, sums, paired);
        }
    }

    /** The 2.5% and 97.5% percentiles; NaN bounds when any resample had no defined value. */
    static double[] interval(double[] samples) {
        for (double s : samples) {
            if (Double.isNaN(s)) {
                return new double[] {Double.NaN, Double.NaN};
            }
        }
        return QUANTILE.evaluate(samples, 0.025, 0.975);
    }
}
