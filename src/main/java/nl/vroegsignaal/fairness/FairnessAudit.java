package nl.vroegsignaal.fairness;

import java.util.List;

/**
 * The fairness audit of the test cohort at the operating point: the whole cohort, each grouping (each protected
 * attribute alone, then the intersections, see {@link ProtectedAttribute}), the count of comparisons, which
 * rankings the model was compared with at the same capacity, and the findings ({@link Findings#ordered}).
 * Everything in it is suppressed already: no count below {@code options.minCell()} and nothing that gives such a
 * count away. {@code merged} names the small groups reported together with a larger one (global recoding).
 */
public record FairnessAudit(AuditOptions options, GroupMetrics overall, List<AttributeAudit> attributes,
                            Comparisons comparisons, List<Ranking> rankings, List<Finding> findings,
                            MergedGroups merged) {

    public FairnessAudit {
        attributes = List.copyOf(attributes);
        rankings = List.copyOf(rankings);
        findings = List.copyOf(findings);
    }

    /** The findings the model causes or widens, in the order the first screen names them. */
    public List<Finding> modelFindings() {
        return findings.stream().filter(Finding::causedByModel).toList();
    }

    /** The differences that follow the dropout rates (context), and those that cannot be attributed. */
    public List<Finding> contextFindings() {
        return findings.stream().filter(f -> !f.causedByModel()).toList();
    }

    /** The audited attributes each alone (not their intersections), in order. */
    public List<ProtectedAttribute> singles() {
        return attributes.stream().map(AttributeAudit::attribute).filter(a -> !a.isIntersection()).toList();
    }

    public AttributeAudit attribute(ProtectedAttribute attribute) {
        return attributes.stream().filter(a -> a.attribute().equals(attribute)).findFirst().orElseThrow();
    }
}
