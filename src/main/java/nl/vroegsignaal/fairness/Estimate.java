package nl.vroegsignaal.fairness;

/**
 * A point estimate with a 95% interval (a ratio or a mean). Suppressed estimates carry NaN everywhere.
 * Bounds may be NaN on a shown estimate when the bootstrap could not produce them (e.g. a resample with a zero
 * denominator); such an estimate never gets a verdict other than {@link Verdict#NIET_TE_BEPALEN}.
 */
public record Estimate(double value, double lower, double upper, boolean suppressed) {
    private static final Estimate SUPPRESSED = new Estimate(Double.NaN, Double.NaN, Double.NaN, true);

    public Estimate {
        if (suppressed && !(Double.isNaN(value) && Double.isNaN(lower) && Double.isNaN(upper))) {
            throw new IllegalArgumentException("a suppressed estimate carries no numbers");
        }
    }

    public static Estimate of(double value, double lower, double upper) {
        return new Estimate(value, lower, upper, false);
    }

    public static Estimate suppressedEstimate() {
        return SUPPRESSED;
    }
}
