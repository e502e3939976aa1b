package nl.vroegsignaal.model;

/**
 * The privacy rule for aggregated outputs: no figure may describe fewer than 10 persons. A count under 10 is
 * shown as "&lt;10", and so is a rate when any group it is computed from has fewer than 10 persons: precision
 * over fewer than 10 selected, an observed rate over a bin of fewer than 10, a recall whose positives or whose
 * selection is under 10. A rate over groups of 10 or more is shown even when few of them are positive: it does
 * not point at a person, and hiding it would hide exactly the small-sector figures an evaluation must show.
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
