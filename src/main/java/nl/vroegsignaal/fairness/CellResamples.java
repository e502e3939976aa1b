package nl.vroegsignaal.fairness;

import nl.vroegsignaal.core.Bootstrap;

/**
 * The audit's bootstrap resamples ({@link Bootstrap}) as per-cell counts and sums of a per-row weight, handed
 * to a sink.
 */
final class CellResamples {
    /** Receives resample {@code b}; the arrays are reused between calls. */
    interface Sink {
        void accept(int b, double[] counts, double[] sums);
    }

    private CellResamples() {
    }

    static void run(long seed, int resamples, int[] cellOfRow, int cells, double[] weight, Sink sink) {
        Bootstrap bootstrap = new Bootstrap(seed, cellOfRow.length);
        double[] counts = new double[cells];
        double[] sums = new double[cells];
        for (int b = 0; b < resamples; b++) {
            java.util.Arrays.fill(counts, 0.0);
            java.util.Arrays.fill(sums, 0.0);
            for (int row : bootstrap.draw()) {
                int c = cellOfRow[row];
                counts[c] += 1.0;
                if (weight != null) {
                    sums[c] += weight[row];
                }
            }
            sink.accept(b, counts, sums);
        }
    }
}
