package nl.vroegsignaal.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.disclosure.DisclosureJson;

/**
 * One number of an aggregate report as it may be shown: the value, hidden (by {@link Disclosure}'s rule), or
 * not applicable. A count of persons under the minimum is hidden; so is a larger one that would let a hidden
 * count be worked out, and the two look the same. Rows of a file are not counts of persons and are always shown.
 */
public record Cell(long value, State state) {

    public enum State { SHOWN, HIDDEN, NOT_APPLICABLE }

    /** A count of persons, hidden when under {@link Disclosure#MIN_PERSONS} (zero included). */
    public static Cell count(long persons) {
        return new Cell(persons, Disclosure.hidesCount(persons) ? State.HIDDEN : State.SHOWN);
    }

    /** Rows of a file (read, linked, rejected): not a statistic about persons, so always shown, also 0. */
    public static Cell rows(long rows) {
        return new Cell(rows, State.SHOWN);
    }

    public static Cell notApplicable() {
        return new Cell(0, State.NOT_APPLICABLE);
    }

    public boolean shown() {
        return state == State.SHOWN;
    }

    public boolean hidden() {
        return state == State.HIDDEN;
    }

    /** Hides a shown count because a hidden neighbour could otherwise be worked out from it. */
    public Cell suppressAlso() {
        return shown() ? new Cell(value, State.HIDDEN) : this;
    }

    public String text() {
        return switch (state) {
            case SHOWN -> Long.toString(value);
            case HIDDEN -> Disclosure.PAGE_MARK;
            case NOT_APPLICABLE -> "n/a";
        };
    }

    /** Writes the cell as a JSON field: the number, null with the reason beside it, or null when not applicable. */
    public void writeTo(ObjectNode o, String field) {
        switch (state) {
            case SHOWN -> o.put(field, value);
            case HIDDEN -> DisclosureJson.hide(o, field);
            case NOT_APPLICABLE -> o.putNull(field);
        }
    }
}
