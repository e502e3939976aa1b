package nl.vroegsignaal.sample;

import nl.vroegsignaal.core.InputException;

/**
 * Follow-up knobs: the world shifts between years, from school year 2024/25 on (the peildata 2024 and later), so that
 * drift detection and the recalibration advice can be checked against known truth.
 *
 * @param baseRate     log-odds added to every person's outcome at peildata from 2024 on: the leaving rate moves,
 *                     the relations between records and leaving stay (the truth file includes it)
 * @param registration extra {@code ongeoorloofd} reports, on average, that schools register for each real one dated
 *                     from 1 August 2024 (a source whose registration changed); added after the career, so the true
 *                     probabilities never see them
 */
public record DriftKnobs(double baseRate, double registration) {
    public static final DriftKnobs NONE = new DriftKnobs(0, 0);
    /** The first peildatum year the base-rate knob shifts (the school year the registration knob starts). */
    public static final int FROM_YEAR = 2024;

    public DriftKnobs {
        if (!Double.isFinite(baseRate) || Math.abs(baseRate) > 5) {
            throw new InputException("--drift-base-rate must be a log-odds between -5 and 5, got " + baseRate);
        }
        if (!Double.isFinite(registration) || registration < 0 || registration > 20) {
            throw new InputException("--drift-registration must be a number of extra reports per real report "
                    + "between 0 and 20, got " + registration);
        }
    }

    public boolean any() {
        return baseRate != 0 || registration != 0;
    }
}
