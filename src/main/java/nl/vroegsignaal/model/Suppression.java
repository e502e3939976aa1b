package nl.vroegsignaal.model;

/**
 * The privacy rule for aggregated outputs: no figure may describe fewer than 10 persons. A count under 10 is
 * shown as "&lt;10", and a rate (precision, observed rate, ...) over a group of fewer than 10 persons is
 * withheld. A rate over a group of 10 or more is shown even when few of them are positive: it does not point
 * at a person, and hiding it would hide exactly the small-sector figures an evaluation must show.
 */
final class Suppression {
    static final int MIN_PERSONS = 10;
    static final String SHOWN_AS = "<10";

    private Suppression() {
    }

    static boolean hides(double persons) {
        return persons < MIN_PERSONS;
    }
}
