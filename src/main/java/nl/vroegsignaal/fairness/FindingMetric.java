package nl.vroegsignaal.fairness;

/** The metrics findings are made on. */
public enum FindingMetric {
    /** Observed / expected within the group against the reference's; the difference is observed minus expected. */
    CALIBRATION("calibration"),
    /** Of the group's leavers, the share on the list. */
    RECALL("recall"),
    /** The group's share of the list against its share of all leavers. */
    LIST_SHARE("listShare"),
    /** Of the group, the share on the list. */
    SELECTION_RATE("selectionRate");

    private final String key;

    FindingMetric(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
