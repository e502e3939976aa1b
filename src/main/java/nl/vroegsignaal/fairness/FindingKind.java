package nl.vroegsignaal.fairness;

/**
 * What a finding means for help offered, in the order a summary leads with: a misjudged risk and missed leavers
 * keep help from young people who need it; a skewed list spends help unevenly; a difference that follows the
 * dropout rates is context, not a finding about the model.
 */
public enum FindingKind {
    /** Calibration within the group differs from the reference's: observed / expected outside the band. */
    MISJUDGED_RISK("misjudged_risk"),
    /** The model reaches a smaller share of the group's leavers than of the reference's (recall). */
    MISSED_LEAVERS("missed_leavers"),
    /** The group is on the list less or more often than its share of all leavers explains. */
    LIST_SHARE("list_share"),
    /** A difference that a ranking without the model shows as well: it follows the dropout rates. */
    FOLLOWS_BASE_RATE("follows_base_rate");

    private final String key;

    FindingKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
