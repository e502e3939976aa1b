package nl.vroegsignaal.core;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.NaNPolicy;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * The one percentile bootstrap over persons, used by the evaluation and the fairness audit. Each resample
 * draws n rows with replacement (plain, not stratified, so group sizes vary between resamples as they would
 * between cohorts), seeded with XO_RO_SHI_RO_128_PP, so the same seed gives the same intervals.
 *
 * <p>The policy for undefined resamples (a figure that cannot be computed on a resample, such as a precision
 * when nobody of a group was drawn): they are left out of the percentiles as long as they are at most
 * {@link #MAX_UNDEFINED_SHARE} of the resamples; beyond that there is no interval, because the resamples
 * left would describe only the lucky draws. Documented in src/site/evaluation.md.
 */
public final class Bootstrap {
    /** The share of undefined resamples above which no interval is given. */
    public static final double MAX_UNDEFINED_SHARE = 0.01;

    /** With a copy: by default Quantile sorts its input in place, which would break the pairing of resamples. */
    private static final Quantile QUANTILE = Quantile.withDefaults().withCopy(true).with(NaNPolicy.EXCLUDE);
    private static final double[] NO_INTERVAL = {Double.NaN, Double.NaN};

    private final UniformRandomProvider rng;
    private final int[] rows;

    /** Resamples of {@code n} rows. */
    public Bootstrap(long seed, int n) {
        this.rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        this.rows = new int[n];
    }

    /** The rows drawn for the next resample, in draw order; the array is reused by the next call. */
    public int[] draw() {
        int n = rows.length;
        for (int i = 0; i < n; i++) {
            rows[i] = rng.nextInt(n);
        }
        return rows;
    }

    /** The 2.5% and 97.5% percentiles of the resampled values, or NaN bounds under the policy above. */
    public static double[] interval(double[] samples) {
        int undefined = 0;
        for (double s : samples) {
            if (Double.isNaN(s)) {
                undefined++;
            }
        }
        if (samples.length == 0 || undefined > MAX_UNDEFINED_SHARE * samples.length) {
            return NO_INTERVAL.clone();
        }
        return QUANTILE.evaluate(samples, 0.025, 0.975);
    }
}
