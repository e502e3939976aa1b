package nl.vroegsignaal.fairness;

import java.util.List;

/**
 * The fairness audit of the test cohort at the operating point: the whole cohort, each grouping (geslacht,
 * herkomst, geslacht x herkomst) and the count of comparisons. Everything in it is suppressed already: no count
 * below {@code options.minCell()} and nothing that gives such a count away.
 */
public record FairnessAudit(AuditOptions options, GroupMetrics overall, List<AttributeAudit> attributes,
                            Comparisons comparisons) {

    public FairnessAudit {
        attributes = List.copyOf(attributes);
    }

    public AttributeAudit attribute(ProtectedAttribute attribute) {
        return attributes.stream().filter(a -> a.attribute() == attribute).findFirst().orElseThrow();
    }
}
