package nl.vroegsignaal.fairness;

/**
 * Who picks the list at the same capacity: the audited model, today's practice (leerplicht's absence rule) or,
 * on synthetic data only, the oracle (a ranking by the true probability). The last two show what the world gives
 * without the model, so a reader sees whether the model adds a gap or inherits one.
 */
public enum Ranking {
    MODEL("model"), TODAY("today"), ORACLE("oracle");

    private final String key;

    Ranking(String key) {
        this.key = key;
    }

    /** The name used in report files. */
    public String key() {
        return key;
    }
}
