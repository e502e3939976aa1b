package nl.vroegsignaal.features;

import java.util.List;

/** The features stage's result: what models may see, what only the audit may see, and per-cohort counts. */
public record FeatureSet(FeatureMatrix matrix, AuditAttributes audit, List<CohortSummary> cohorts) {
}
