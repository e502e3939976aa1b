package nl.vroegsignaal.model;

import java.util.Arrays;

/**
 * One list of scores sorted once, highest first, with its rows grouped by equal score. Every metric is
 * computed in a single pass over this order with an integer weight per row: all ones for the estimate
 * itself, and the multiplicity of each row in a bootstrap resample for the intervals. Resampling then costs
 * no sorting, and the estimate and its resamples run through the same code.
 *
 * <p>Equal scores are always handled as one group: AUC counts a tied positive/negative pair as one half,
 * average precision takes one step per distinct score, and the capacity cut-off splits a tied group by the
 * tie rules of {@link AtCapacity}.
 */
final class RankedScores {
    final int n;
    /** Input row at each sorted position. */
    final int[] order;
    final double[] score;
    final byte[] label;
    /** SectorGroup ordinal per sorted position, or null when there is no split. */
    final byte[] sector;
    /** Sorted positions groupStart[g] .. groupStart[g + 1] - 1 share one score. */
    final int[] groupStart;
    final int groups;
    /** Reliability bin of each group (bins of about equal size, in increasing order of score). */
    final int[] binOfGroup;
    final int bins;
    /** Per sorted position: squared error and log loss of the score, or null for scores that are not risks. */
    final double[] brierTerm;
    final double[] logTerm;

    private RankedScores(double[] scores, byte[] labels, byte[] sectors, int bins, boolean probabilities) {
        this.n = scores.length;
        this.order = sortedDescending(scores);
        this.score = new double[n];
        this.label = new byte[n];
        this.sector = sectors == null ? null : new byte[n];
        for (int j = 0; j < n; j++) {
            int row = order[j];
            score[j] = scores[row];
            label[j] = labels[row];
            if (sectors != null) {
                sector[j] = (byte) SectorGroup.ofSectorOrdinal(sectors[row]).ordinal();
            }
        }
        int[] starts = new int[n + 1];
        int g = 0;
        for (int j = 0; j < n; j++) {
            if (j == 0 || score[j] != score[j - 1]) {
                starts[g++] = j;
            }
        }
        starts[g] = n;
        this.groups = g;
        this.groupStart = Arrays.copyOf(starts, g + 1);
        this.bins = bins;
        this.binOfGroup = new int[groups];
        for (int k = 0; k < groups; k++) {
            long ascendingStart = n - groupStart[k + 1];
            binOfGroup[k] = (int) (ascendingStart * bins / n);
        }
        if (probabilities) {
            brierTerm = new double[n];
            logTerm = new double[n];
            for (int j = 0; j < n; j++) {
                double p = score[j];
                brierTerm[j] = (p - label[j]) * (p - label[j]);
                double clipped = Math.min(1 - Metrics.LOG_LOSS_CLIP, Math.max(Metrics.LOG_LOSS_CLIP, p));
                logTerm[j] = -(label[j] == 1 ? Math.log(clipped) : Math.log1p(-clipped));
            }
        } else {
            brierTerm = null;
            logTerm = null;
        }
    }

    /** Scores of any kind; metrics that need risks (Brier, log loss) are NaN. */
    static RankedScores ofScores(double[] scores, byte[] labels) {
        LabelChecks.requireScoresAndLabels("metrics", scores, labels);
        return new RankedScores(scores, labels, null, 1, false);
    }

    /** Risks in [0, 1], with reliability bins and an optional sector per row. */
    static RankedScores ofRisks(double[] risks, byte[] labels, byte[] sectors, int bins) {
        LabelChecks.requireProbabilities("metrics", risks, labels);
        if (bins < 1) {
            throw new IllegalArgumentException("metrics: at least 1 reliability bin is needed, got " + bins);
        }
        return new RankedScores(risks, labels, sectors, bins, true);
    }

    /** Highest score first; equal scores in input order, so the order is fully determined by the input. */
    private static int[] sortedDescending(double[] scores) {
        return java.util.stream.IntStream.range(0, scores.length).boxed()
                .sorted((i, j) -> {
                    int c = Double.compare(scores[j], scores[i]);
                    return c != 0 ? c : Integer.compare(i, j);
                })
                .mapToInt(Integer::intValue).toArray();
    }

    int[] unitWeights() {
        int[] w = new int[n];
        Arrays.fill(w, 1);
        return w;
    }

    /** Weights per sorted position from weights per input row. */
    void toSortedOrder(int[] rowWeights, int[] sortedWeights) {
        for (int j = 0; j < n; j++) {
            sortedWeights[j] = rowWeights[order[j]];
        }
    }

    /** Runs every metric over the list once, with the given weights per sorted position and capacity k. */
    Tally tally(int[] w, int k, Tally t) {
        t.reset(bins);
        double negAbove = 0;
        double discordant = 0;
        double tiedPairs = 0;
        double cumPos = 0;
        double cumAll = 0;
        double ap = 0;
        double brier = 0;
        double log = 0;
        double selected = 0;
        double posAbove = 0;
        boolean cut = false;
        double[] groupRows = new double[Tally.SECTORS];
        double[] groupPos = new double[Tally.SECTORS];
        for (int g = 0; g < groups; g++) {
            double wg = 0;
            double wpg = 0;
            for (int j = groupStart[g]; j < groupStart[g + 1]; j++) {
                int wj = w[j];
                if (wj == 0) {
                    continue;
                }
                wg += wj;
                wpg += wj * label[j];
                if (brierTerm != null) {
                    brier += wj * brierTerm[j];
                    log += wj * logTerm[j];
                }
                if (sector != null) {
                    groupRows[sector[j]] += wj;
                    groupPos[sector[j]] += wj * label[j];
                }
            }
            if (wg == 0) {
                continue;
            }
            double wng = wg - wpg;
            discordant += wpg * negAbove;
            tiedPairs += wpg * wng;
            negAbove += wng;
            cumPos += wpg;
            cumAll += wg;
            if (wpg > 0) {
                ap += wpg * cumPos / cumAll;
            }
            int b = binOfGroup[g];
            t.binRows[b] += wg;
            t.binScore[b] += wg * score[groupStart[g]];
            t.binPos[b] += wpg;
            double fraction = 0;
            if (!cut) {
                if (selected + wg < k) {
                    selected += wg;
                    posAbove += wpg;
                    fraction = 1;
                } else {
                    double m = k - selected;
                    cut = true;
                    t.cutoffScore = score[groupStart[g]];
                    t.tiedAtCutoff = wg;
                    t.tiedSelected = m;
                    t.truePositives = posAbove + wpg * m / wg;
                    t.truePositivesWorst = posAbove + Math.max(0, m - wng);
                    t.truePositivesBest = posAbove + Math.min(m, wpg);
                    fraction = m / wg;
                }
            }
            if (sector != null) {
                for (int s = 0; s < Tally.SECTORS; s++) {
                    t.sectorRows[s] += groupRows[s];
                    t.sectorPos[s] += groupPos[s];
                    t.sectorSelected[s] += groupRows[s] * fraction;
                    t.sectorTruePositives[s] += groupPos[s] * fraction;
                    groupRows[s] = 0;
                    groupPos[s] = 0;
                }
            }
        }
        double neg = cumAll - cumPos;
        t.rows = cumAll;
        t.positives = cumPos;
        t.k = k;
        t.auc = 1 - (discordant + 0.5 * tiedPairs) / (cumPos * neg);
        t.averagePrecision = ap / cumPos;
        t.brier = brierTerm == null ? Double.NaN : brier / cumAll;
        t.logLoss = logTerm == null ? Double.NaN : log / cumAll;
        double gap = 0;
        for (int b = 0; b < bins; b++) {
            gap += Math.abs(t.binScore[b] - t.binPos[b]);
        }
        t.ece = gap / cumAll;
        return t;
    }
}
