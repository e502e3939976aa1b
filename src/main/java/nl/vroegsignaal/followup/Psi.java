package nl.vroegsignaal.followup;

import java.util.Arrays;
import nl.vroegsignaal.features.FeatureColumn;

/**
 * The population stability index of one feature: how far its distribution on the current rows has moved from that
 * on the reference rows. A numeric feature with at most 20 values in the reference gets a bin per value; others are
 * cut at the reference's deciles (repeated cut points merged); a missing value has a bin of its own, and so has a
 * value above the reference's largest cut. Categorical features use their levels. PSI = sum over bins of (current share - reference share) * ln(current share / reference share),
 * with every share floored at {@link #FLOOR} so that an empty bin does not make it infinite.
 */
final class Psi {
    /** The smallest share a bin counts with (one in ten thousand). */
    static final double FLOOR = 1e-4;
    private static final int QUANTILES = 10;
    private static final int DISTINCT_BINS = 20;

    private Psi() {
    }

    static double of(FeatureColumn column, int[] reference, int[] current) {
        if (column instanceof FeatureColumn.Numeric n) {
            return numeric(n.values(), reference, current);
        }
        FeatureColumn.Categorical c = (FeatureColumn.Categorical) column;
        int bins = c.levels().size() + 1;
        return index(shares(c.codes(), reference, bins), shares(c.codes(), current, bins));
    }

    /** The index of two share vectors over the same bins. */
    static double index(double[] reference, double[] current) {
        double psi = 0;
        for (int b = 0; b < reference.length; b++) {
            double e = Math.max(FLOOR, reference[b]);
            double a = Math.max(FLOOR, current[b]);
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }

    private static double numeric(double[] values, int[] reference, int[] current) {
        double[] edges = edges(values, reference);
        return index(numericShares(values, reference, edges), numericShares(values, current, edges));
    }

    /**
     * Cut points: each value of the reference when it has at most {@link #DISTINCT_BINS} (a count or a flag: each
     * value its own bin, so a shift among the few who have any is seen), else the reference's deciles, repeated ones
     * merged.
     */
    private static double[] edges(double[] values, int[] reference) {
        double[] known = Arrays.stream(reference).mapToDouble(r -> values[r]).filter(v -> !Double.isNaN(v)).sorted()
                .toArray();
        if (known.length == 0) {
            return new double[0];
        }
        double[] distinct = Arrays.stream(known).distinct().limit(DISTINCT_BINS + 1L).toArray();
        if (distinct.length <= DISTINCT_BINS) {
            return distinct;
        }
        double[] cuts = new double[QUANTILES - 1];
        for (int q = 1; q < QUANTILES; q++) {
            cuts[q - 1] = known[(int) Math.min(known.length - 1, Math.floor((double) q * known.length / QUANTILES))];
        }
        return Arrays.stream(cuts).distinct().toArray();
    }

    /** Bin 0 is missing; bin i + 1 holds values up to edge i (the last bin everything above). */
    private static double[] numericShares(double[] values, int[] rows, double[] edges) {
        double[] shares = new double[edges.length + 2];
        for (int r : rows) {
            double v = values[r];
            int bin;
            if (Double.isNaN(v)) {
                bin = 0;
            } else {
                int at = Arrays.binarySearch(edges, v);
                bin = 1 + (at >= 0 ? at : -at - 1);
            }
            shares[bin]++;
        }
        return normalised(shares, rows.length);
    }

    /** Code -1 (unknown) counts in the last bin. */
    private static double[] shares(int[] codes, int[] rows, int bins) {
        double[] shares = new double[bins];
        for (int r : rows) {
            int c = codes[r];
            shares[c < 0 || c >= bins - 1 ? bins - 1 : c]++;
        }
        return normalised(shares, rows.length);
    }

    private static double[] normalised(double[] counts, int n) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] = n == 0 ? 0 : counts[i] / n;
        }
        return counts;
    }
}
