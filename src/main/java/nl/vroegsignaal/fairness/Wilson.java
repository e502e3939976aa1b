package nl.vroegsignaal.fairness;

import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;

/** 95% Wilson score intervals for proportions, and the rate records built from them. */
public final class Wilson {
    static final double ERROR_RATE = 0.05;

    private Wilson() {
    }

    static Interval interval(int trials, int successes) {
        return BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate(trials, successes, ERROR_RATE);
    }

    /** A shown rate when both counts are shown, else a suppressed one that still carries the counts' states. */
    public static Rate rate(int numerator, boolean numeratorHidden, int denominator, boolean denominatorHidden) {
        Count num = numeratorHidden ? Count.suppressedCount() : Count.shown(numerator);
        Count den = denominatorHidden ? Count.suppressedCount() : Count.shown(denominator);
        if (numeratorHidden || denominatorHidden || denominator == 0) {
            return Rate.suppressed(num, den);
        }
        Interval ci = interval(denominator, numerator);
        return new Rate((double) numerator / denominator, ci.getLowerBound(), ci.getUpperBound(), num, den, false);
    }
}
