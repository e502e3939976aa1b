package nl.vroegsignaal.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Report data built from synthetic cohorts, for the writer tests. */
public final class ReportFixtures {
    static final EvaluationOptions OPTIONS = new EvaluationOptions(Capacity.ofShare(0.05), 100, 3, 10);

    private ReportFixtures() {
    }

    /** Two candidates and the oracle on 2,000 persons, with trends over three cohorts. */
    public static EvaluationReportData typical() {
        SyntheticCohort test = SyntheticCohort.draw(21, 2000);
        SyntheticCohort noisier = SyntheticCohort.draw(22, 2000);
        EvaluationInput baseline = new EvaluationInput("baseline: sector", noisier.model(), test.label(),
                test.sector());
        Comparison comparison = Evaluator.evaluatePaired(List.of(test.modelInput(), baseline),
                test.oracleInput(), OPTIONS);
        Map<LocalDate, EvaluationInput> cohorts = new LinkedHashMap<>();
        for (int year = 2023; year >= 2021; year--) {
            cohorts.put(LocalDate.of(year, 10, 1), SyntheticCohort.draw(year, 1500).modelInput());
        }
        CohortTrend trend = CohortTrend.of("model", cohorts, OPTIONS);
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("version", "0.1.0-test");
        provenance.put("seed", "3");
        provenance.put("config.sha256", "ab12");
        return new EvaluationReportData("Evaluation <test> & \"quotes\"", provenance,
                "Train on 2019-2021, validate on 2022, test on 2023.", comparison, "model", List.of(trend),
                List.of("Out-of-time validation was <not> possible for 2024."));
    }

    /** A tiny cohort of 40 persons: small counts and small bins must be suppressed. */
    public static EvaluationReportData tiny() {
        SyntheticCohort small = SyntheticCohort.draw(5, 40);
        byte[] label = small.label().clone();
        label[0] = 1;
        label[1] = 0;
        EvaluationInput in = new EvaluationInput("model", small.model(), label, small.sector());
        Comparison comparison = Evaluator.evaluatePaired(List.of(in), null,
                new EvaluationOptions(Capacity.ofCount(5), 0, 1, 10));
        return new EvaluationReportData("Tiny", Map.of(), "", comparison, null, List.of(), List.of());
    }
}
