package nl.vroegsignaal.fairness;

import java.util.Arrays;

/** Association measures between coded variables: bias-corrected Cramér's V and the AUC of a coded score. */
final class Association {
    private Association() {
    }

    /**
     * Cramér's V with the bias correction of Bergsma (2013, J. Korean Stat. Soc. 42:323-328): the plain V grows
     * with the number of levels even under independence (a feature such as wijk has many), the corrected one does
     * not. Empty rows and columns are left out; a table with one row or column gives 0.
     */
    static double cramersV(int[] a, int levelsA, int[] b, int levelsB) {
        long[][] table = new long[levelsA][levelsB];
        for (int i = 0; i < a.length; i++) {
            table[a[i]][b[i]]++;
        }
        long[] rowSum = new long[levelsA];
        long[] colSum = new long[levelsB];
        long n = 0;
        for (int i = 0; i < levelsA; i++) {
            for (int j = 0; j < levelsB; j++) {
                rowSum[i] += table[i][j];
                colSum[j] += table[i][j];
                n += table[i][j];
            }
        }
        int r = (int) Arrays.stream(rowSum).filter(s -> s > 0).count();
        int k = (int) Arrays.stream(colSum).filter(s -> s > 0).count();
        if (r < 2 || k < 2) {
            return 0.0;
        }
        double chi2 = 0;
        for (int i = 0; i < levelsA; i++) {
            for (int j = 0; j < levelsB; j++) {
                if (rowSum[i] > 0 && colSum[j] > 0) {
                    double expected = (double) rowSum[i] * colSum[j] / n;
                    double d = table[i][j] - expected;
                    chi2 += d * d / expected;
                }
            }
        }
        double phi2 = chi2 / n;
        double phi2c = Math.max(0.0, phi2 - (double) (k - 1) * (r - 1) / (n - 1));
        double kc = k - (double) (k - 1) * (k - 1) / (n - 1);
        double rc = r - (double) (r - 1) * (r - 1) / (n - 1);
        double denom = Math.min(kc - 1, rc - 1);
        return denom <= 0 ? 0.0 : Math.min(1.0, Math.sqrt(phi2c / denom));
    }

    /**
     * The AUC (probability that a random positive scores above a random negative, ties counting half) of a score
     * given as level codes in increasing order. NaN without positives or negatives.
     */
    static double auc(int[] codes, int levels, boolean[] positive) {
        long[] pos = new long[levels];
        long[] neg = new long[levels];
        for (int i = 0; i < codes.length; i++) {
            if (positive[i]) {
                pos[codes[i]]++;
            } else {
                neg[codes[i]]++;
            }
        }
        long totalPos = Arrays.stream(pos).sum();
        long totalNeg = Arrays.stream(neg).sum();
        if (totalPos == 0 || totalNeg == 0) {
            return Double.NaN;
        }
        double wins = 0;
        long negBelow = 0;
        for (int l = 0; l < levels; l++) {
            wins += pos[l] * (negBelow + 0.5 * neg[l]);
            negBelow += neg[l];
        }
        return wins / ((double) totalPos * totalNeg);
    }

    /**
     * The AUC of a categorical feature for a group without in-sample optimism: each row is scored by its level's
     * share of the group as estimated on the other fold (levels unseen there get the other fold's overall
     * share), so a many-level feature that only fits noise stays near 0.5.
     */
    static double crossFittedAuc(int[] codes, int levels, boolean[] positive, boolean[] fold) {
        double[] scores = new double[codes.length];
        for (int side = 0; side < 2; side++) {
            boolean estimateOn = side == 0;
            long[] pos = new long[levels];
            long[] all = new long[levels];
            long totalPos = 0;
            long total = 0;
            for (int i = 0; i < codes.length; i++) {
                if (fold[i] == estimateOn) {
                    all[codes[i]]++;
                    total++;
                    if (positive[i]) {
                        pos[codes[i]]++;
                        totalPos++;
                    }
                }
            }
            double prior = total == 0 ? 0.0 : (double) totalPos / total;
            for (int i = 0; i < codes.length; i++) {
                if (fold[i] != estimateOn) {
                    int l = codes[i];
                    scores[i] = all[l] == 0 ? prior : (double) pos[l] / all[l];
                }
            }
        }
        return auc(scores, positive);
    }

    /** AUC of continuous scores. */
    static double auc(double[] scores, boolean[] positive) {
        FeatureCodes.Coded c = FeatureCodes.ranks(scores);
        return auc(c.codes(), c.levels(), positive);
    }
}
