package nl.vroegsignaal.model;

import java.util.Arrays;

/**
 * Straightforward, independent implementations used to cross-check {@link Metrics}: quadratic pairwise AUC,
 * average precision by scanning every distinct threshold, and capacity figures by enumerating every way to
 * fill the tied places.
 */
final class NaiveMetrics {
    private NaiveMetrics() {
    }

    static double pairwiseAuc(double[] s, byte[] y) {
        double sum = 0;
        long pairs = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    sum += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        return sum / pairs;
    }

    static double averagePrecisionByThresholds(double[] s, byte[] y) {
        double[] thresholds = Arrays.stream(s).distinct().sorted().toArray();
        int positives = 0;
        for (byte b : y) {
            positives += b;
        }
        double ap = 0;
        double previousRecall = 0;
        for (int t = thresholds.length - 1; t >= 0; t--) {
            int tp = 0;
            int selected = 0;
            for (int i = 0; i < s.length; i++) {
                if (s[i] >= thresholds[t]) {
                    selected++;
                    tp += y[i];
                }
            }
            double recall = (double) tp / positives;
            ap += (recall - previousRecall) * tp / selected;
            previousRecall = recall;
        }
        return ap;
    }

    /** {min, mean, max} of true positives in the top k over every choice of the tied rows at the cut-off. */
    static double[] truePositivesOverTieBreaks(double[] s, byte[] y, int k) {
        double[] desc = Arrays.stream(s).boxed().sorted((a, b) -> Double.compare(b, a))
                .mapToDouble(Double::doubleValue).toArray();
        double cut = desc[k - 1];
        int above = 0;
        int posAbove = 0;
        java.util.List<Integer> tiedRows = new java.util.ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            if (s[i] > cut) {
                above++;
                posAbove += y[i];
            } else if (s[i] == cut) {
                tiedRows.add(i);
            }
        }
        int m = k - above;
        int t = tiedRows.size();
        double min = Double.MAX_VALUE;
        double max = -1;
        double sum = 0;
        long subsets = 0;
        for (int mask = 0; mask < (1 << t); mask++) {
            if (Integer.bitCount(mask) != m) {
                continue;
            }
            int tp = posAbove;
            for (int b = 0; b < t; b++) {
                if ((mask & (1 << b)) != 0) {
                    tp += y[tiedRows.get(b)];
                }
            }
            min = Math.min(min, tp);
            max = Math.max(max, tp);
            sum += tp;
            subsets++;
        }
        return new double[] {min, sum / subsets, max};
    }
}
