package nl.vroegsignaal.model;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * The scaling of one cohort-relative feature in one matrix (see {@link FeatureEncoding}): per peildatum, the
 * training reference divided by the feature's mean over all rows of that peildatum that have a value. A cohort
 * with fewer than {@link #MIN_COHORT_VALUES} values, or whose mean is 0, is not scaled (factor 1): its mean says
 * too little about how its absence was registered.
 */
final class CohortScaling {
    /** Fewest rows with a value for a cohort's own mean to be used. */
    static final int MIN_COHORT_VALUES = 1000;

    private final int[] peildatum;
    private final int[] keys;
    private final double[] factors;

    private CohortScaling(int[] peildatum, int[] keys, double[] factors) {
        this.peildatum = peildatum;
        this.keys = keys;
        this.factors = factors;
    }

    /** The scaling of {@code values} (one per row, NaN for missing) to {@code reference}. */
    static CohortScaling of(double[] values, int[] peildatum, double reference) {
        TreeMap<Integer, double[]> sums = new TreeMap<>();
        for (int r = 0; r < values.length; r++) {
            double[] s = sums.computeIfAbsent(peildatum[r], k -> new double[2]);
            if (!Double.isNaN(values[r])) {
                s[0] += values[r];
                s[1]++;
            }
        }
        int[] keys = new int[sums.size()];
        double[] factors = new double[sums.size()];
        int i = 0;
        for (var e : sums.entrySet()) {
            double sum = e.getValue()[0];
            double n = e.getValue()[1];
            keys[i] = e.getKey();
            factors[i++] = n < MIN_COHORT_VALUES || sum <= 0 ? 1.0 : reference / (sum / n);
        }
        return new CohortScaling(peildatum, keys, factors);
    }

    /** The factor of the cohort of row {@code row}. */
    double factor(int row) {
        return factors[Arrays.binarySearch(keys, peildatum[row])];
    }

    /** The factors, oldest cohort first, for the log: {@code 1.003, 0.998, 0.912, 0.690}. */
    String describe() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < factors.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.3f", factors[i]));
        }
        return b.toString();
    }

    /** A scaled copy of every row of {@code values}. */
    static double[] scaled(double[] values, int[] peildatum, double reference) {
        CohortScaling s = of(values, peildatum, reference);
        double[] out = new double[values.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = values[r] * s.factor(r);
        }
        return out;
    }
}
