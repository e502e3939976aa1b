package nl.vroegsignaal.fairness;

/**
 * The fairness stage's entry point: group metrics and disparities on the labelled test cohort at the operating
 * point, and the composition of a signal list by group. Proxy checks on the features are in {@link ProxyCheck}.
 */
public final class FairnessAuditor {
    private FairnessAuditor() {
    }

    /** Audits the test cohort at capacity; see {@link FairnessAudit}. */
    public static FairnessAudit audit(AuditInput in, AuditOptions opt) {
        return TestCohortAudit.run(in, opt);
    }

    /**
     * Who is on a produced signal list, by group, against who would be on it if selection followed each group's
     * base rate or its share of the population.
     */
    public static ListComposition listComposition(ListInput in, GroupBaseRates baseRates, AuditOptions opt) {
        return ListAudit.run(in, baseRates, opt);
    }
}
