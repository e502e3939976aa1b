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
        Bootstrap bootstrap = new Bootstrap(seed, cellOfRow.length);
        double[] counts = new double[cells];
        double[] sums = new double[cells];
        double[][] paired = new double[pairedCells.length][cells];
        for (int b = 0; b < resamples; b++) {
            java.util.Arrays.fill(counts, 0.0);
            java.util.Arrays.fill(sums, 0.0);
            for (double[] p : paired) {
                java.util.Arrays.fill(p, 0.0);
            }
            for (int row : bootstrap.draw()) {
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
}
