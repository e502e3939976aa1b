package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cohort-relative features: a cohort whose absence is registered more strictly (every count of it multiplied by
 * the same factor) gets the model inputs, and so the risks, it would have had without the change.
 */
class CohortRelativeEncodingTest {
    private static final List<String> RELATIVE = List.of("verzuim_ongeoorloofd_12m", "verzuim_uren_12m");
    private static SyntheticCohorts data;
    private static TrainingResult relative;
    private static TrainingResult plain;

    @BeforeAll
    static void train() {
        data = SyntheticCohorts.generate(4, 3000, 2, 5);
        TrainSettings s = TestSettings.small();
        TrainSettings withRelative = new TrainSettings(s.split(), s.calibration(), s.logistic(), s.xgboost(),
                s.baselines(), s.threads(), s.selectionRows(), false, RELATIVE);
        relative = RiskModelTrainer.train(data.matrix(), OutOfTimeSplit.byPeildatum(data.matrix(), 1, 1),
                withRelative, 42);
        plain = RiskModelTrainer.train(data.matrix(), OutOfTimeSplit.byPeildatum(data.matrix(), 1, 1), s, 42);
    }

    @Test
    void aCohortWithAllCountsRaisedByOneFactorGetsTheSameRisks() {
        FeatureMatrix drifted = raised(data.matrix(), lastPeildatum(), 1.45);
        int[] scored = rowsAt(lastPeildatum());
        for (RiskModel model : relative.compared().subList(0, 2)) {
            double[] before = model.score(data.matrix(), scored);
            double[] after = model.score(drifted, scored);
            for (int i = 0; i < scored.length; i++) {
                assertThat(after[i]).as("%s row %d", model.kind(), scored[i]).isCloseTo(before[i], within(1e-9));
            }
        }
        double[] before = plain.chosen().score(data.matrix(), scored);
        double[] after = plain.chosen().score(drifted, scored);
        assertThat(mean(after)).as("without cohort-relative features the raised counts raise the risk")
                .isGreaterThan(mean(before) * 1.02);
    }

    @Test
    void aRowsInputDependsOnItsCohortNotOnWhichRowsAreScored() {
        int[] all = IntStream.range(0, data.matrix().rows()).toArray();
        double[] everyone = relative.chosen().score(data.matrix(), all);
        int[] some = IntStream.range(0, data.matrix().rows()).filter(r -> r % 97 == 0).toArray();
        double[] few = relative.chosen().score(data.matrix(), some);
        for (int i = 0; i < some.length; i++) {
            assertThat(few[i]).isEqualTo(everyone[some[i]]);
        }
    }

    @Test
    void theEncodingRecordsTheTrainingMeanAsTheReferenceOfTheNamedFeaturesOnly() {
        FeatureEncoding e = relative.encoding();
        double[] verzuim = ((FeatureColumn.Numeric) data.matrix().columns().get(0)).values();
        double trainMean = Arrays.stream(relative.rows().train()).mapToDouble(r -> verzuim[r]).average()
                .orElseThrow();
        assertThat(e.columns().get(0).cohortReference()).isCloseTo(trainMean, within(1e-12));
        assertThat(e.columns().get(1).cohortRelative()).isTrue();
        assertThat(e.columns().stream().filter(FeatureEncoding.EncodedColumn::cohortRelative).count()).isEqualTo(2);
        assertThat(plain.encoding().columns().stream().noneMatch(FeatureEncoding.EncodedColumn::cohortRelative))
                .isTrue();
    }

    @Test
    void aSmallCohortOrOneWithoutAnyCountIsReadAsItIs() {
        int n = CohortScaling.MIN_COHORT_VALUES;
        double[] values = new double[3 * n];
        int[] peildatum = new int[3 * n];
        for (int r = 0; r < values.length; r++) {
            peildatum[r] = r < n ? 1 : r < 2 * n ? 2 : 3;
            values[r] = r < n ? 2 : r < 2 * n ? 0 : (r % 2 == 0 ? 4 : Double.NaN);
        }
        double[] scaled = CohortScaling.scaled(values, peildatum, 1.0);
        assertThat(scaled[0]).as("cohort mean 2, reference 1").isEqualTo(1.0);
        assertThat(scaled[n]).as("a cohort without any count").isEqualTo(0.0);
        assertThat(scaled[2 * n]).as("only n / 2 values: too few for a mean").isEqualTo(4.0);
        assertThat(scaled[2 * n + 1]).isNaN();
    }

    @Test
    void aCategoricalFeatureCannotBeCohortRelative() {
        int[] rows = IntStream.range(0, data.matrix().rows()).toArray();
        assertThatThrownBy(() -> FeatureEncoding.fit(data.matrix(), rows, List.of("wijk")))
                .isInstanceOf(InputException.class).hasMessageContaining("train.cohortRelative")
                .hasMessageContaining("'wijk' is categorical");
    }

    private static FeatureMatrix raised(FeatureMatrix m, int peildatum, double factor) {
        List<FeatureColumn> cols = new ArrayList<>(m.columns());
        for (int c : new int[] {0, 1}) {
            double[] v = ((FeatureColumn.Numeric) cols.get(c)).values().clone();
            for (int r = 0; r < v.length; r++) {
                if (m.peildatum()[r] == peildatum) {
                    v[r] *= factor;
                }
            }
            cols.set(c, new FeatureColumn.Numeric(v));
        }
        return new FeatureMatrix(m.catalogue(), m.pseudonym(), m.peildatum(), m.label(), cols, m.school(),
                m.schoolCodes(), m.onderwijssoort());
    }

    private static int lastPeildatum() {
        return Arrays.stream(data.matrix().peildatum()).max().orElseThrow();
    }

    private static int[] rowsAt(int peildatum) {
        return IntStream.range(0, data.matrix().rows()).filter(r -> data.matrix().peildatum()[r] == peildatum)
                .toArray();
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }
}
