package nl.vroegsignaal.fairness;

/**
 * One comparison's figures under one ranking: the group's value, the reference's value, their ratio and their
 * difference (group minus reference, as a proportion; times 100 gives percentage points), each with a 95%
 * percentile bootstrap interval. For the list share the "reference" is the group's own share of all leavers.
 * Suppressed when a count behind it is.
 */
public record Figures(Estimate group, Estimate reference, Estimate ratio, Estimate difference) {
    private static final Figures SUPPRESSED = new Figures(Estimate.suppressedEstimate(), Estimate.suppressedEstimate(),
            Estimate.suppressedEstimate(), Estimate.suppressedEstimate());

    public static Figures suppressedFigures() {
        return SUPPRESSED;
    }

    public boolean suppressed() {
        return ratio.suppressed();
    }
}
