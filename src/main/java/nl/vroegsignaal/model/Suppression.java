package nl.vroegsignaal.model;

import nl.vroegsignaal.disclosure.Disclosure;

/**
 * The evaluation's name for the one disclosure rule ({@link Disclosure}): no figure may show, or give away, a
 * number of fewer than 10 persons. These methods pass the question on, so that the rule exists once.
 */
public final class Suppression {
    public static final int MIN_PERSONS = Disclosure.MIN_PERSONS;
    public static final String SHOWN_AS = Disclosure.PAGE_MARK;

    private Suppression() {
    }

    /** A count of persons: hidden when under 10 (zero included). */
    public static boolean hidesCount(double persons) {
        return Disclosure.hidesCount(persons);
    }

    /** A share numerator / denominator: hidden when the numerator, the denominator or their difference is under 10. */
    public static boolean hidesRate(double numeratorPersons, double denominatorPersons) {
        return Disclosure.hidesRate(numeratorPersons, denominatorPersons);
    }

    /** Precision, recall and lift of a selection: hidden when any cell of its 2x2 table is under 10. */
    public static boolean hidesSelection(double truePositives, double selected, double positives, double rows) {
        return Disclosure.hidesSelection(truePositives, selected, positives, rows);
    }
}
