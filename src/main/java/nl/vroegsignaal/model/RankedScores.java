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
    /**
     * Reliability bin of each group, in increasing order of score: bins of about equal size, merged upwards
     * until each holds enough positives and negatives (see {@link #mergeBins}).
     */
    final int[] binOfGroup;
    final int bins;
    /** Per sorted position: squared error and log loss of the score, or null for scores that are not risks. */
    final double[] brierTerm;
    final double[] logTerm;

    private RankedScores(double[] scores, byte[] labels, byte[] sectors, int bins, int minPerClass, int cut,
                         boolean probabilities) {
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
        this.binOfGroup = new int[groups];
        for (int k = 0; k < groups; k++) {
            long ascendingStart = n - groupStart[k + 1];
            binOfGroup[k] = (int) (ascendingStart * bins / n);
        }
        int merged = minPerClass > 0 ? mergeBins(bins, minPerClass) : bins;
        this.bins = minPerClass > 0 && cut > 0 && cut < n ? mergeAroundCut(merged, minPerClass, cut) : merged;
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
        return new RankedScores(scores, labels, null, 1, 0, 0, false);
    }

    /** Risks in [0, 1], with plain equal-count reliability bins and an optional sector per row. */
    static RankedScores ofRisks(double[] risks, byte[] labels, byte[] sectors, int bins) {
        return ofRisks(risks, labels, sectors, bins, 0);
    }

    /**
     * Risks in [0, 1], with equal-count reliability bins merged until each holds at least {@code minPerClass}
     * positives and as many negatives (0: no merging), and an optional sector per row.
     */
    static RankedScores ofRisks(double[] risks, byte[] labels, byte[] sectors, int bins, int minPerClass) {
        return ofRisks(risks, labels, sectors, bins, minPerClass, 0);
    }

    /**
     * As {@link #ofRisks(double[], byte[], byte[], int, int)}, for a ranking that is also published at capacity
     * {@code cut} (the top {@code cut} rows; 0: none): the leavers above {@code cut} and above the edge of a bin
     * give away the leavers between the two, so a bin edge is also removed (its two bins merged) while the band
     * between it and {@code cut} holds fewer than {@code minPerClass} positives or as many negatives.
     */
    static RankedScores ofRisks(double[] risks, byte[] labels, byte[] sectors, int bins, int minPerClass, int cut) {
        LabelChecks.requireProbabilities("metrics", risks, labels);
        if (bins < 1) {
            throw new IllegalArgumentException("metrics: at least 1 reliability bin is needed, got " + bins);
        }
        return new RankedScores(risks, labels, sectors, bins, minPerClass, cut, true);
    }

    /**
     * Merges the equal-count bins from the lowest risk upwards: a merged bin is closed as soon as it holds at
     * least {@code minPerClass} positives and as many negatives, and a remainder at the top that cannot reach
     * that joins the bin below it. A bin's observed rate then never gives away a count under the minimum
     * (the privacy rule), by construction rather than by hiding bins. Only with too few positives or negatives
     * in the whole cohort does one bin remain that still falls short. Returns the number of merged bins and
     * renumbers {@link #binOfGroup}.
     */
    private int mergeBins(int bins, int minPerClass) {
        int[] pos = new int[bins];
        int[] all = new int[bins];
        for (int g = 0; g < groups; g++) {
            for (int j = groupStart[g]; j < groupStart[g + 1]; j++) {
                pos[binOfGroup[g]] += label[j];
                all[binOfGroup[g]]++;
            }
        }
        int[] merged = new int[bins];
        int current = 0;
        int curPos = 0;
        int curAll = 0;
        int lastClosed = -1;
        for (int b = 0; b < bins; b++) {
            merged[b] = current;
            curPos += pos[b];
            curAll += all[b];
            if (curPos >= minPerClass && curAll - curPos >= minPerClass) {
                lastClosed = b;
                current++;
                curPos = 0;
                curAll = 0;
            }
        }
        int count = current;
        if (curAll > 0 || count == 0) {
            if (count == 0) {
                count = 1;
            } else {
                // the remainder at the top joins the highest closed bin
                for (int b = lastClosed + 1; b < bins; b++) {
                    merged[b] = count - 1;
                }
            }
        }
        for (int g = 0; g < groups; g++) {
            binOfGroup[g] = merged[binOfGroup[g]];
        }
        return count;
    }

    /**
     * Merges bins across the edges nearest to the cut {@code cut} (a position from the top) while the band between
     * such an edge and the cut holds fewer than {@code minPerClass} positives or negatives; merging two bins
     * that each hold enough keeps them large enough, and a band from the cut to a farther edge holds the near
     * band and whole bins. The positives above the cut count a tied group that the cut splits pro rata, as the
     * capacity's expected true positives do. Returns the number of bins and renumbers {@link #binOfGroup}.
     */
    private int mergeAroundCut(int bins, int minPerClass, int cut) {
        double[] cumPos = new double[n + 1];
        for (int j = 0; j < n; j++) {
            cumPos[j + 1] = cumPos[j] + label[j];
        }
        double atCut = cumPos[cut];
        for (int g = 0; g < groups; g++) {
            int from = groupStart[g];
            int to = groupStart[g + 1];
            if (from < cut && cut < to) {
                atCut = cumPos[from] + (cumPos[to] - cumPos[from]) * (cut - from) / (to - from);
            }
        }
        int count = bins;
        boolean changed = true;
        while (changed && count > 1) {
            changed = false;
            // top[b]: rows in bins b and above (positions from the top where bin b - 1 ends), b = 1 .. count - 1
            int[] top = new int[count + 1];
            for (int g = 0; g < groups; g++) {
                top[binOfGroup[g]] += groupStart[g + 1] - groupStart[g];
            }
            for (int b = count - 1; b >= 0; b--) {
                top[b] += top[b + 1];
            }
            int below = -1;
            int above = -1;
            for (int b = 1; b < count; b++) {
                int edge = top[b];
                if (edge > cut && (below < 0 || edge < top[below])) {
                    below = b;
                }
                if (edge < cut && (above < 0 || edge > top[above])) {
                    above = b;
                }
            }
            for (int b : new int[] {below, above}) {
                if (b < 0 || changed) {
                    continue;
                }
                int edge = top[b];
                double leavers = Math.abs(cumPos[edge] - atCut);
                double others = Math.abs(edge - cut) - leavers;
                if (leavers < minPerClass || others < minPerClass) {
                    for (int g = 0; g < groups; g++) {
                        if (binOfGroup[g] >= b) {
                            binOfGroup[g]--;
                        }
                    }
                    count--;
                    changed = true;
                }
            }
        }
        return count;
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
