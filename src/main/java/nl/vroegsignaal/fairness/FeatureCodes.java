package nl.vroegsignaal.fairness;

import java.util.Arrays;

/**
 * Numeric values as integer level codes: by rank of distinct value (for AUCs) or by quantile bin (for Cramér's
 * V). Level 0 is "missing" (NaN), ordered below every value.
 */
final class FeatureCodes {
    /** Per row its level; {@code levels} levels in all, in increasing order of value. */
    record Coded(int[] codes, int levels) {
    }

    private FeatureCodes() {
    }

    /** One level per distinct value, in value order. */
    static Coded ranks(double[] values) {
        double[] distinct = distinct(values);
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = Double.isNaN(values[i]) ? 0 : 1 + Arrays.binarySearch(distinct, values[i]);
        }
        return new Coded(codes, distinct.length + 1);
    }

    /**
     * At most {@code maxBins} bins of about equal counts (plus the missing level); equal values always share a
     * bin, so a feature that is mostly zero gets fewer bins, and one with few distinct values keeps them.
     */
    static Coded quantileBins(double[] values, int maxBins) {
        Coded ranks = ranks(values);
        int levels = ranks.levels();
        if (levels - 1 <= maxBins) {
            return ranks;
        }
        int[] perLevel = new int[levels];
        for (int c : ranks.codes()) {
            perLevel[c]++;
        }
        int present = values.length - perLevel[0];
        int[] binOfLevel = new int[levels];
        long before = 0;
        for (int l = 1; l < levels; l++) {
            binOfLevel[l] = 1 + (int) Math.min(maxBins - 1, before * maxBins / present);
            before += perLevel[l];
        }
        int[] codes = new int[values.length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = binOfLevel[ranks.codes()[i]];
        }
        return new Coded(codes, maxBins + 1);
    }

    /** Categorical codes shifted so that a negative (missing) code becomes level 0. */
    static Coded categorical(int[] codes, int levels) {
        int[] shifted = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            shifted[i] = codes[i] < 0 ? 0 : codes[i] + 1;
        }
        return new Coded(shifted, levels + 1);
    }

    private static double[] distinct(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, k);
    }
}
