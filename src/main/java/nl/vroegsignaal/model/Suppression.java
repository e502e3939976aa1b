package nl.vroegsignaal.model;

/**
 * The privacy rule for aggregated outputs, in one place: no figure may show, or give away, a number of fewer
 * than 10 persons. A count under 10 is shown as "&lt;10". A share a / n is shown only when a, n and n - a are
 * all at least 10: the share times n gives a, and n minus that gives the rest, so each would otherwise be
 * recoverable from the figures beside it (the rule of the fairness audit, where a rate is shown only with both
 * its counts). Fractional counts (expected counts from splitting a tie at the cut-off) are hidden when under
 * 10 as well.
 */
public final class Suppression {
    public static final int MIN_PERSONS = nl.vroegsignaal.disclosure.Disclosure.MIN_PERSONS;
    public static final String SHOWN_AS = nl.vroegsignaal.disclosure.Disclosure.PAGE_MARK;
    /** Shares times counts come back with rounding noise; 10 must not turn into 9.999999999. */
    private static final double SLACK = 1e-9;

    private Suppression() {
    }

    /** A count of persons: hidden when under 10 (zero included). */
    public static boolean hidesCount(double persons) {
        return persons < MIN_PERSONS - SLACK;
    }

    /** A share numerator / denominator: hidden when the numerator, the denominator or their difference is under 10. */
    public static boolean hidesRate(double numeratorPersons, double denominatorPersons) {
        return hidesCount(numeratorPersons) || hidesCount(denominatorPersons)
                || hidesCount(denominatorPersons - numeratorPersons);
    }

    /**
     * The figures of a selection within a group of rows (precision, recall and lift): together with the
     * group's rows, positives and selected count they give away the whole 2x2 table, so they are hidden when
     * any of true positives, false positives, false negatives or true negatives is under 10.
     */
    public static boolean hidesSelection(double truePositives, double selected, double positives, double rows) {
        double falsePositives = selected - truePositives;
        double falseNegatives = positives - truePositives;
        double trueNegatives = rows - selected - falseNegatives;
        return hidesCount(truePositives) || hidesCount(falsePositives) || hidesCount(falseNegatives)
                || hidesCount(trueNegatives);
    }
}
