package nl.vroegsignaal.fairness;

/** Whether the model causes or widens a difference, or the world gives it, as far as the audit can tell. */
public enum Cause {
    /** The model causes the difference or makes it wider than a ranking without the model would, beyond doubt. */
    MODEL("model"),
    /**
     * Today's practice (the absence rule) gives the difference and the oracle does not, beyond doubt, while the
     * model does not widen it: for example when one group's absence is registered more often than it happens.
     */
    PRACTICE("today"),
    /** A ranking without the model (the oracle, else today's practice) gives the same difference, within the band. */
    WORLD("world"),
    /** There is no ranking without the model to compare with (a bring-your-own table without an absence rule). */
    UNKNOWN("unknown");

    private final String key;

    Cause(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
