package nl.vroegsignaal.report;

/**
 * One number of an aggregate report as it may be shown: the value, or why it is hidden. A count under
 * {@link #MIN_COUNT} is shown as "&lt;10"; a larger count that would let a hidden one be recovered from the
 * numbers beside it is shown as "suppressed"; "n/a" marks a number that does not apply to that row.
 */
public record Cell(long value, State state) {
    /** The smallest count an aggregate output may show. */
    public static final int MIN_COUNT = 10;

    public enum State { SHOWN, SMALL, SECONDARY, NOT_APPLICABLE }

    /** A count, hidden as "&lt;10" when under {@link #MIN_COUNT} (zero included: an empty cell also discloses). */
    public static Cell count(long n) {
        return new Cell(n, n < MIN_COUNT ? State.SMALL : State.SHOWN);
    }

    public static Cell notApplicable() {
        return new Cell(0, State.NOT_APPLICABLE);
    }

    public boolean shown() {
        return state == State.SHOWN;
    }

    public boolean hidden() {
        return state == State.SMALL || state == State.SECONDARY;
    }

    /** Hides a shown count because a hidden neighbour could otherwise be recovered from it. */
    public Cell suppressAlso() {
        return shown() ? new Cell(value, State.SECONDARY) : this;
    }

    public String text() {
        return switch (state) {
            case SHOWN -> Long.toString(value);
            case SMALL -> "<" + MIN_COUNT;
            case SECONDARY -> "suppressed";
            case NOT_APPLICABLE -> "n/a";
        };
    }
}
