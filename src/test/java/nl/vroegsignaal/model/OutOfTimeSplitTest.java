package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.FeatureMatrix;
import org.junit.jupiter.api.Test;

class OutOfTimeSplitTest {

    @Test
    void trainsOnOlderCohortsValidatesOnTheNextAndTestsOnTheNewestLabelledOne() {
        FeatureMatrix m = SyntheticCohorts.generate(6, 100, 0, 1).matrix(); // 2016..2021, 2021 unlabelled
        OutOfTimeSplit split = OutOfTimeSplit.byPeildatum(m, 1, 1);
        assertThat(split.train()).extracting(OutOfTimeSplit.Cohort::label)
                .containsExactly("2016-10-01", "2017-10-01", "2018-10-01");
        assertThat(split.validation()).extracting(OutOfTimeSplit.Cohort::label).containsExactly("2019-10-01");
        assertThat(split.test()).extracting(OutOfTimeSplit.Cohort::label).containsExactly("2020-10-01");
        assertThat(split.toString()).isEqualTo("out-of-time split: train on 2016-10-01, 2017-10-01, 2018-10-01; "
                + "validation (hyperparameters, calibration) on 2019-10-01; test (this report) on 2020-10-01");

        SplitRows rows = split.assign(m);
        assertThat(rows.train()).hasSize(300);
        assertThat(rows.validation()).hasSize(100);
        assertThat(rows.test()).hasSize(100);
        assertThat(Arrays.stream(rows.train()).map(r -> year(m, r))).allMatch(y -> y <= 2018);
        assertThat(Arrays.stream(rows.validation()).map(r -> year(m, r))).allMatch(y -> y == 2019);
        assertThat(Arrays.stream(rows.test()).map(r -> year(m, r))).allMatch(y -> y == 2020);
        assertThat(rows.train()).isSorted();
    }

    @Test
    void moreValidationAndTestCohortsComeFromTheNewestEnd() {
        FeatureMatrix m = SyntheticCohorts.generate(6, 50, 0, 1).matrix();
        OutOfTimeSplit split = OutOfTimeSplit.byPeildatum(m, 2, 1);
        assertThat(split.train()).extracting(OutOfTimeSplit.Cohort::label).containsExactly("2016-10-01",
                "2017-10-01");
        assertThat(split.validation()).extracting(OutOfTimeSplit.Cohort::label).containsExactly("2018-10-01",
                "2019-10-01");
    }

    @Test
    void unlabelledRowsOfALabelledCohortAreInNoRole() {
        FeatureMatrix m = SyntheticCohorts.generate(4, 100, 0, 1).matrix();
        m.label()[0] = FeatureMatrix.NO_LABEL; // censored: moved out within the year
        SplitRows rows = OutOfTimeSplit.byPeildatum(m, 1, 1).assign(m);
        assertThat(rows.train()).hasSize(99).doesNotContain(0);
        assertThat(Arrays.stream(rows.test()).map(r -> m.label()[r])).allMatch(l -> l >= 0);
    }

    @Test
    void refusesFewerLabelledCohortsThanRolesNamingThem() {
        FeatureMatrix m = SyntheticCohorts.generate(3, 50, 0, 1).matrix(); // 2 labelled + 1 unlabelled
        assertThatThrownBy(() -> OutOfTimeSplit.byPeildatum(m, 1, 1)).isInstanceOf(InputException.class)
                .hasMessage("an out-of-time split needs at least 3 labelled cohorts (training, 1 for validation, 1 "
                        + "for test); found 2: 2016-10-01, 2017-10-01. Provide more years of data, or lower "
                        + "train.split.validationCohorts/testCohorts.");
    }

    @Test
    void theStratifiedSplitIsSeededAndSaysItIsNotOutOfTime() {
        FeatureMatrix m = SyntheticCohorts.generate(2, 2000, 0, 1).matrix();
        StratifiedSplit s = new StratifiedSplit(5, 0.2, 0.2);
        SplitRows a = s.assign(m);
        SplitRows b = new StratifiedSplit(5, 0.2, 0.2).assign(m);
        SplitRows c = new StratifiedSplit(6, 0.2, 0.2).assign(m);
        assertThat(a.test()).containsExactly(b.test());
        assertThat(a.test()).isNotEqualTo(c.test());
        assertThat(a.train().length + a.validation().length + a.test().length).isEqualTo(2000);
        assertThat(s.outOfTime()).isFalse();
        assertThat(s.describe()).startsWith("stratified split by label (seed 5): 60% train, 20% validation, 20% test.")
                .endsWith(StratifiedSplit.NOT_OUT_OF_TIME);
    }

    private static int year(FeatureMatrix m, int row) {
        return LocalDate.ofEpochDay(m.peildatum()[row]).getYear();
    }
}
