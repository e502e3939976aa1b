package nl.vroegsignaal.model;

import java.util.List;

/**
 * Calibration per bin of predicted risk. Bins hold (about) equal numbers of rows, so that every bin has
 * enough persons to estimate its observed rate; rows with equal risk always share a bin, so a bin can be
 * larger than n / bins and some of the requested bins can disappear. In the evaluation the bins are then
 * merged until each holds at least 10 positives and 10 negatives (see
 * {@link Metrics#reliability(double[], byte[], int, int)}), so every bin can be shown, and merged across an edge
 * that lies fewer than 10 positives or 10 negatives away from the list at capacity (the two cuts of the ranking
 * would give away the persons between them).
 *
 * @param bins rows in increasing order of risk
 * @param ece  expected calibration error: sum over bins of (bin rows / all rows) * |mean risk - observed rate|
 */
public record ReliabilityTable(List<Bin> bins, double ece) {

    public ReliabilityTable {
        bins = List.copyOf(bins);
    }

    /**
     * @param lower         lowest risk in the bin
     * @param upper         highest risk in the bin
     * @param n             rows in the bin
     * @param meanPredicted mean risk in the bin
     * @param observedRate  share of positives in the bin
     */
    public record Bin(double lower, double upper, int n, double meanPredicted, double observedRate) {

        /** Positives in the bin (the observed rate is positives / n). */
        public long positives() {
            return Math.round(observedRate * n);
        }
    }
}
