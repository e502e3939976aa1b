package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CohortTrendTest {
    private static final EvaluationOptions OPTIONS = new EvaluationOptions(Capacity.ofShare(0.1), 50, 4, 10);

    @Test
    void listsCohortsOldestFirstWhateverTheOrderGiven() {
        Map<LocalDate, EvaluationInput> cohorts = new LinkedHashMap<>();
        cohorts.put(LocalDate.of(2023, 10, 1), SyntheticCohort.draw(3, 500).modelInput());
        cohorts.put(LocalDate.of(2021, 10, 1), SyntheticCohort.draw(1, 300).modelInput());
        cohorts.put(LocalDate.of(2022, 10, 1), SyntheticCohort.draw(2, 400).modelInput());
        CohortTrend trend = CohortTrend.of("model", cohorts, OPTIONS);
        assertThat(trend.points()).extracting(CohortTrend.Point::peildatum).containsExactly(
                LocalDate.of(2021, 10, 1), LocalDate.of(2022, 10, 1), LocalDate.of(2023, 10, 1));
    }

    @Test
    void resolvesTheCapacityPerCohortAndMatchesAnEvaluationOfThatCohort() {
        EvaluationInput small = SyntheticCohort.draw(1, 300).modelInput();
        EvaluationInput large = SyntheticCohort.draw(3, 500).modelInput();
        CohortTrend trend = CohortTrend.of("model",
                Map.of(LocalDate.of(2021, 10, 1), small, LocalDate.of(2022, 10, 1), large), OPTIONS);
        assertThat(trend.points()).extracting(CohortTrend.Point::k).containsExactly(30, 50);
        Evaluation e = Evaluator.evaluate(large, OPTIONS);
        CohortTrend.Point p = trend.points().get(1);
        assertThat(p.precision()).isEqualTo(e.atCapacity().precision());
        assertThat(p.recall()).isEqualTo(e.atCapacity().recall());
        assertThat(p.rows()).isEqualTo(500);
        assertThat(p.positives()).isEqualTo(e.positives());
    }

    @Test
    void refusesAnEmptyListOfCohorts() {
        assertThatThrownBy(() -> CohortTrend.of("model", Map.of(), OPTIONS))
                .hasMessage("cohort trend of 'model': no cohorts given");
    }
}
