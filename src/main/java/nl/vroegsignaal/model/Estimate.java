package nl.vroegsignaal.model;

/**
 * A metric on the evaluated rows with its 95% percentile bootstrap interval (resampling persons). Lower and
 * upper are NaN when no resamples were drawn or the metric was undefined in too many of them
 * (see {@link nl.vroegsignaal.core.Bootstrap#interval}).
 */
public record Estimate(double value, double lower, double upper) {

    public static Estimate pointOnly(double value) {
        return new Estimate(value, Double.NaN, Double.NaN);
    }

    public boolean hasInterval() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }
}
