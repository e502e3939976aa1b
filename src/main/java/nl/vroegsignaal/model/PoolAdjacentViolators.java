package nl.vroegsignaal.model;

import java.util.Arrays;

/**
 * Isotonic regression of labels on scores by pool-adjacent-violators. Rows with equal scores are pooled
 * first (a calibration must give equal scores equal risks), then adjacent blocks whose means decrease are
 * merged until the block means are non-decreasing. Each block becomes one or two knots of
 * {@link Calibration.Isotonic}.
 */
final class PoolAdjacentViolators {
    private PoolAdjacentViolators() {
    }

    static Calibration.Isotonic fit(double[] scores, byte[] labels) {
        LabelChecks.requireScoresAndLabels("isotonic calibration", scores, labels);
        int n = scores.length;
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (i, j) -> Double.compare(scores[i], scores[j]));
        // Blocks on a stack: lowest score, highest score, weight, label sum.
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] weight = new double[n];
        double[] sum = new double[n];
        int blocks = 0;
        int r = 0;
        while (r < n) {
            double s = scores[boxed[r]];
            int w = 0;
            int positives = 0;
            while (r < n && scores[boxed[r]] == s) {
                positives += labels[boxed[r]];
                w++;
                r++;
            }
            lo[blocks] = s;
            hi[blocks] = s;
            weight[blocks] = w;
            sum[blocks] = positives;
            blocks++;
            // Merge while the previous block's mean exceeds this one's (compared without division).
            while (blocks > 1 && sum[blocks - 2] * weight[blocks - 1] > sum[blocks - 1] * weight[blocks - 2]) {
                int top = blocks - 1;
                hi[top - 1] = hi[top];
                weight[top - 1] += weight[top];
                sum[top - 1] += sum[top];
                blocks--;
            }
        }
        double[] knotX = new double[2 * blocks];
        double[] knotY = new double[2 * blocks];
        int knots = 0;
        for (int b = 0; b < blocks; b++) {
            double mean = sum[b] / weight[b];
            knotX[knots] = lo[b];
            knotY[knots++] = mean;
            if (hi[b] > lo[b]) {
                knotX[knots] = hi[b];
                knotY[knots++] = mean;
            }
        }
        return new Calibration.Isotonic(Arrays.copyOf(knotX, knots), Arrays.copyOf(knotY, knots));
    }
}
