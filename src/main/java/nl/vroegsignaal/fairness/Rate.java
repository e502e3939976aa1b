package nl.vroegsignaal.fairness;

/**
 * A proportion with its 95% Wilson score interval and the counts it was computed from. A rate is shown only when
 * both its numerator and its denominator count are shown, so a rate never reveals more than the counts beside
 * it; a suppressed rate carries NaN, while each count keeps its own suppression state.
 */
public record Rate(double value, double lower, double upper, Count numerator, Count denominator,
                   boolean suppressed) {

    public Rate {
        if (suppressed && !(Double.isNaN(value) && Double.isNaN(lower) && Double.isNaN(upper))) {
            throw new IllegalArgumentException("a suppressed rate carries no numbers");
        }
        if (!suppressed && (numerator.suppressed() || denominator.suppressed())) {
            throw new IllegalArgumentException("a rate is shown only with both of its counts shown");
        }
    }

    static Rate suppressed(Count numerator, Count denominator) {
        return new Rate(Double.NaN, Double.NaN, Double.NaN, numerator, denominator, true);
    }
}
