package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Classification metrics of a score or risk against 0/1 labels. Pure functions; arrays are not changed.
 * Equal scores are one group everywhere (see {@link RankedScores}), so no metric depends on the order of
 * tied rows.
 */
public final class Metrics {
    /** Log loss clips risks to [1e-15, 1 - 1e-15] so that a confident mistake costs a lot, not infinity. */
    public static final double LOG_LOSS_CLIP = 1e-15;
    /** Default number of reliability bins. */
    public static final int DEFAULT_BINS = 10;

    private Metrics() {
    }

    /**
     * Area under the ROC curve: the chance that a random positive scores above a random negative, a tie
     * counting one half (the Mann-Whitney statistic with midranks). NaN without positives or negatives.
     */
    public static double aucRoc(double[] score, byte[] label) {
        RankedScores r = RankedScores.ofScores(score, label);
        return r.tally(r.unitWeights(), 1, new Tally()).auc;
    }

    /**
     * Average precision, the step-wise area under the precision-recall curve: the sum over thresholds of
     * (increase in recall) x (precision), one threshold per distinct score, so tied rows enter together (as in
     * scikit-learn's average_precision_score). NaN without positives.
     */
    public static double aucPr(double[] score, byte[] label) {
        RankedScores r = RankedScores.ofScores(score, label);
        return r.tally(r.unitWeights(), 1, new Tally()).averagePrecision;
    }

    /** Mean squared difference between risk and label. */
    public static double brier(double[] p, byte[] label) {
        LabelChecks.requireProbabilities("Brier score", p, label);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += (p[i] - label[i]) * (p[i] - label[i]);
        }
        return sum / p.length;
    }

    /** Mean negative log-likelihood of the labels, with risks clipped to [1e-15, 1 - 1e-15]. */
    public static double logLoss(double[] p, byte[] label) {
        LabelChecks.requireProbabilities("log loss", p, label);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - LOG_LOSS_CLIP, Math.max(LOG_LOSS_CLIP, p[i]));
            sum -= label[i] == 1 ? Math.log(q) : Math.log1p(-q);
        }
        return sum / p.length;
    }

    /** Expected calibration error over equal-count bins; see {@link #reliability}. */
    public static double expectedCalibrationError(double[] p, byte[] label, int bins) {
        return reliability(p, label, bins).ece();
    }

    /**
     * Reliability table over {@code bins} bins of about equal count (quantile bins): sorted by risk, row r of
     * n (0-based, ascending) goes to bin floor(r * bins / n), except that rows with equal risk all go to the
     * bin of the first of them. Equal-count bins give every bin enough persons, where equal-width bins would
     * leave the high-risk bins nearly empty for a rare outcome. Empty bins are left out.
     */
    public static ReliabilityTable reliability(double[] p, byte[] label, int bins) {
        return reliability(RankedScores.ofRisks(p, label, null, bins));
    }

    /**
     * The reliability table as the evaluation report shows it: the equal-count bins of
     * {@link #reliability(double[], byte[], int)}, merged from the lowest risk upwards until each holds at
     * least {@code minPerClass} positives and as many negatives; a remainder at the top joins the bin below.
     * The expected calibration error is computed over the merged bins.
     */
    public static ReliabilityTable reliability(double[] p, byte[] label, int bins, int minPerClass) {
        return reliability(RankedScores.ofRisks(p, label, null, bins, minPerClass));
    }

    static ReliabilityTable reliability(RankedScores r) {
        Tally t = r.tally(r.unitWeights(), 1, new Tally());
        double[] lower = new double[r.bins];
        double[] upper = new double[r.bins];
        boolean[] seen = new boolean[r.bins];
        for (int g = 0; g < r.groups; g++) {
            int b = r.binOfGroup[g];
            double s = r.score[r.groupStart[g]];
            // groups run from high to low score: the first group seen in a bin is its highest, the last its lowest
            if (!seen[b]) {
                upper[b] = s;
                seen[b] = true;
            }
            lower[b] = s;
        }
        List<ReliabilityTable.Bin> rows = new ArrayList<>();
        for (int b = 0; b < r.bins; b++) {
            if (t.binRows[b] > 0) {
                rows.add(new ReliabilityTable.Bin(lower[b], upper[b], (int) t.binRows[b],
                        t.binScore[b] / t.binRows[b], t.binPos[b] / t.binRows[b]));
            }
        }
        return new ReliabilityTable(rows, t.ece);
    }

    /**
     * Precision, recall and lift of the k highest scores (1 <= k <= rows). With ties at the cut-off score,
     * among the t tied rows needing m places the expected positives selected are (tied positives) * m / t; the
     * worst case selects tied negatives first, the best case tied positives first.
     */
    public static AtCapacity atCapacity(double[] score, byte[] label, int k) {
        RankedScores r = RankedScores.ofScores(score, label);
        requireK(k, r.n);
        return r.tally(r.unitWeights(), k, new Tally()).atCapacity();
    }

    static void requireK(int k, int n) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("capacity k must be between 1 and the " + n + " rows, got " + k);
        }
    }
}
