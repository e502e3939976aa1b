package nl.vroegsignaal.features;

import java.util.List;
import tech.tablesaw.api.Table;

/** The features stage's result: what models may see, what only the audit may see, and per-cohort counts. */
public record FeatureSet(FeatureMatrix matrix, AuditAttributes audit, List<CohortSummary> cohorts) {

    /**
     * The matrix as a Tablesaw table for notebooks: pseudoniem, peildatum, label (missing where unknown or
     * censored), then the features in catalogue order, categorical ones as their level. Protected attributes
     * are not in it.
     */
    public Table toTable() {
        return FeatureTables.features(matrix);
    }

    /** One row per peildatum with the cohort counts. */
    public Table cohortTable() {
        return FeatureTables.cohorts(cohorts);
    }
}
