package nl.vroegsignaal.model;

/** What produced a ranking: a learned model or one of the non-learned baselines it must beat. */
public enum ModelKind {
    LOGISTIC_REGRESSION("logistic regression", true),
    GRADIENT_BOOSTED_TREES("gradient-boosted trees", true),
    ABSENCE_RULE("absence rule", false),
    ENVIRONMENT("environment baseline", false);

    private final String label;
    private final boolean learned;

    ModelKind(String label, boolean learned) {
        this.label = label;
        this.learned = learned;
    }

    /** Short English name for logs and reports. */
    public String label() {
        return label;
    }

    /** True for trained models, false for the baselines. */
    public boolean learned() {
        return learned;
    }
}
