package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final SyntheticCohort COHORT = SyntheticCohort.draw(8, 1500);
    private static final EvaluationOptions OPTIONS = new EvaluationOptions(Capacity.ofCount(75), 50, 2, 10);

    @Test
    void rowsListTheCandidatesInOrderThenTheOracle() {
        EvaluationInput second = new EvaluationInput("second", COHORT.truth(), COHORT.label(), COHORT.sector());
        Comparison c = Evaluator.evaluatePaired(List.of(COHORT.modelInput(), second), COHORT.oracleInput(), OPTIONS);
        assertThat(c.rows()).extracting(r -> r.evaluation().name()).containsExactly("model", "second", "oracle");
        assertThat(c.rows()).extracting(Comparison.Row::oracle).containsExactly(false, false, true);
        assertThat(c.rows().get(0).ratioToOracle().candidate()).isEqualTo("model");
        assertThat(c.rows().get(2).ratioToOracle()).isNull();
    }

    @Test
    void separatelyEvaluatedCandidatesGetARatioWithoutInterval() {
        Evaluation model = Evaluator.evaluate(COHORT.modelInput(), OPTIONS);
        Evaluation oracle = Evaluator.evaluate(COHORT.oracleInput(), OPTIONS);
        Comparison c = Comparison.unpaired(List.of(model), oracle);
        Comparison.OracleRatio r = c.ratioFor("model").orElseThrow();
        assertThat(r.paired()).isFalse();
        assertThat(r.precisionRatio().hasInterval()).isFalse();
        assertThat(r.precisionRatio().value()).isCloseTo(model.atCapacity().precision().value()
                / oracle.atCapacity().precision().value(), within(1e-15));
    }

    @Test
    void withoutAnOracleThereAreNoRatios() {
        Comparison c = Evaluator.evaluatePaired(List.of(COHORT.modelInput()), null, OPTIONS);
        assertThat(c.oracle()).isNull();
        assertThat(c.oracleRatios()).isEmpty();
        assertThat(c.rows()).hasSize(1);
        assertThat(Comparison.unpaired(c.candidates(), null).oracleRatios()).isEmpty();
    }

    @Test
    void theReportRefusesAChosenModelThatWasNotEvaluated() {
        Comparison c = Evaluator.evaluatePaired(List.of(COHORT.modelInput()), null, OPTIONS);
        assertThatThrownBy(() -> new EvaluationReportData("t", Map.of(), "", c, "xgboost", List.of(), List.of()))
                .hasMessage("evaluation report: the chosen model 'xgboost' is not among the candidates [model]");
    }

    @Test
    void theReportKeepsProvenanceSortedByKey() {
        Comparison c = Evaluator.evaluatePaired(List.of(COHORT.modelInput()), null, OPTIONS);
        EvaluationReportData d = new EvaluationReportData("t", Map.of("b", "2", "a", "1", "c", "3"), "", c, null,
                null, null);
        assertThat(d.provenance().keySet()).containsExactly("a", "b", "c");
        assertThat(d.headline().name()).isEqualTo("model");
        assertThat(d.notes()).isEmpty();
    }
}
