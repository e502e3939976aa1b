package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import nl.vroegsignaal.features.FeatureMatrix;
import org.junit.jupiter.api.Test;
import org.tribuo.provenance.DatasetProvenance;

class SelectionSampleTest {
    private static final SyntheticCohorts DATA = SyntheticCohorts.generate(4, 3000, 2, 17);

    @Test
    void aSeededSortedSampleOfTrainingRowsKeepingTheShareOfCases() {
        FeatureMatrix m = DATA.matrix();
        int[] train = OutOfTimeSplit.byPeildatum(m, 1, 1).assign(m).train();
        int[] sample = SelectionSample.of(m, train, 2000, 5);
        assertThat(sample).hasSize(2000).isSorted().doesNotHaveDuplicates();
        assertThat(Arrays.stream(sample).allMatch(r -> Arrays.binarySearch(train, r) >= 0)).isTrue();
        assertThat(SelectionSample.of(m, train, 2000, 5)).containsExactly(sample);
        assertThat(SelectionSample.of(m, train, 2000, 6)).isNotEqualTo(sample);
        double share = Arrays.stream(train).filter(r -> m.label()[r] == 1).count() / (double) train.length;
        long cases = Arrays.stream(sample).filter(r -> m.label()[r] == 1).count();
        assertThat(cases).isEqualTo(Math.round(2000 * share));
        assertThat(SelectionSample.of(m, train, train.length, 5)).isSameAs(train);
    }

    @Test
    void theGridIsComparedOnTheSampleAndTheSavedModelFittedOnAllTrainingRows() {
        FeatureMatrix m = DATA.matrix();
        TrainingResult result = RiskModelTrainer.train(m, OutOfTimeSplit.byPeildatum(m, 1, 1),
                TestSettings.small().withSelectionRows(2000), 42);
        assertThat(result.choiceReason()).contains("seeded sample of 2000 of " + result.rows().train().length);
        for (RiskModel model : result.compared()) {
            if (model instanceof TribuoRiskModel t) {
                DatasetProvenance d = t.tribuoModel().getProvenance().getDatasetProvenance();
                assertThat(d.getNumExamples()).as(t.description()).isEqualTo(result.rows().train().length);
            }
        }
    }
}
