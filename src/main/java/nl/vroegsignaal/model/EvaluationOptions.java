package nl.vroegsignaal.model;

/**
 * How to evaluate.
 *
 * @param capacity           signals per year, resolved against the rows of the evaluated cohort
 * @param bootstrapResamples resamples of persons for the 95% intervals (0: estimates without intervals)
 * @param seed               seed of the resampling; the same seed gives the same intervals
 * @param calibrationBins    bins of the reliability table and the expected calibration error
 */
public record EvaluationOptions(Capacity capacity, int bootstrapResamples, long seed, int calibrationBins) {
    public static final int DEFAULT_RESAMPLES = 1000;

    public EvaluationOptions {
        if (capacity == null) {
            throw new IllegalArgumentException("evaluation: a capacity is required");
        }
        if (bootstrapResamples < 0) {
            throw new IllegalArgumentException("evaluation: bootstrapResamples must be 0 or more, got "
                    + bootstrapResamples);
        }
        if (calibrationBins < 1 || calibrationBins > 1000) {
            throw new IllegalArgumentException("evaluation: calibrationBins must be between 1 and 1000, got "
                    + calibrationBins);
        }
    }

    /** 1000 resamples and 10 bins. */
    public static EvaluationOptions of(Capacity capacity, long seed) {
        return new EvaluationOptions(capacity, DEFAULT_RESAMPLES, seed, Metrics.DEFAULT_BINS);
    }
}
