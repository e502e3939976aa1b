package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.FeatureMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

class RiskModelTrainerTest {
    private static SyntheticCohorts data;
    private static TrainingResult result;

    @BeforeAll
    static void train() {
        data = SyntheticCohorts.generate(4, 5000, 6, 11);
        result = RiskModelTrainer.train(data.matrix(), OutOfTimeSplit.byPeildatum(data.matrix(), 1, 1),
                TestSettings.small(), 42);
    }

    @Test
    void bothModelsRankTestRowsFarBetterThanChance() {
        int[] test = result.rows().test();
        for (ModelKind kind : List.of(ModelKind.LOGISTIC_REGRESSION, ModelKind.GRADIENT_BOOSTED_TREES)) {
            RiskModel model = model(kind);
            double auc = auc(model.score(data.matrix(), test), test);
            assertThat(auc).as(kind.label()).isGreaterThan(0.70);
        }
    }

    @Test
    void bothBaselinesAreComparedBesideTheModels() {
        assertThat(result.compared()).extracting(RiskModel::kind).containsExactly(ModelKind.LOGISTIC_REGRESSION,
                ModelKind.GRADIENT_BOOSTED_TREES, ModelKind.ABSENCE_RULE, ModelKind.ENVIRONMENT);
        assertThat(auc(model(ModelKind.ABSENCE_RULE).score(data.matrix(), result.rows().test()),
                result.rows().test())).isGreaterThan(0.55);
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void logisticRegressionRecoversTheSignsOfTheTrueCoefficients() {
        TribuoRiskModel lr = (TribuoRiskModel) model(ModelKind.LOGISTIC_REGRESSION);
        Map<String, Double> weights = lr.tribuoModel().getTopFeatures(-1).get("1").stream()
                .collect(Collectors.toMap(Pair::getA, Pair::getB));
        assertThat(weights.get("verzuim_ongeoorloofd_12m")).isPositive();
        assertThat(weights.get("uitkering_huishouden")).isPositive();
        assertThat(weights.get("diploma_vmbo")).isNegative();
    }

    @Test
    void theSavedModelIsTheCandidateWithTheBestValidationAucPr() {
        double best = result.candidates().stream().mapToDouble(CandidateResult::validationAucPr).max().orElseThrow();
        CandidateResult chosen = result.candidates().stream()
                .filter(c -> c.spec().description().equals(result.chosen().description())).findFirst().orElseThrow();
        assertThat(chosen.validationAucPr()).isEqualTo(best);
        assertThat(result.choiceReason()).startsWith("highest validation AUC-PR");
    }

    @Test
    void plattCalibrationGivesProbabilitiesAndKeepsTheModelsRanking() {
        int[] test = result.rows().test();
        double[] raw = result.chosen().rawScores(data.matrix(), test);
        double[] risk = result.chosen().score(data.matrix(), test);
        for (int i = 0; i < test.length; i++) {
            assertThat(risk[i]).isBetween(0.0, 1.0);
            for (int j = i + 1; j < Math.min(test.length, i + 50); j++) {
                assertThat(Double.compare(risk[i], risk[j])).isEqualTo(Double.compare(raw[i], raw[j]));
            }
        }
        double meanRisk = java.util.Arrays.stream(risk).average().orElseThrow();
        double rate = java.util.Arrays.stream(test).map(r -> data.matrix().label()[r]).average().orElseThrow();
        assertThat(meanRisk).isCloseTo(rate, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void isotonicCalibrationCanBeChosenAndKeepsTheMeanRiskOnValidation() {
        TrainingResult iso = RiskModelTrainer.train(data.matrix(), OutOfTimeSplit.byPeildatum(data.matrix(), 1, 1),
                TestSettings.small(CalibrationMethod.ISOTONIC), 42);
        assertThat(iso.chosen().calibration()).isInstanceOf(Calibration.Isotonic.class);
        int[] validation = iso.rows().validation();
        double meanRisk = java.util.Arrays.stream(iso.chosen().score(data.matrix(), validation)).average()
                .orElseThrow();
        double rate = java.util.Arrays.stream(validation).map(r -> data.matrix().label()[r]).average().orElseThrow();
        assertThat(meanRisk).isCloseTo(rate, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theEncodingIsFittedOnTrainingRowsOnly() {
        FeatureEncoding.EncodedColumn verzuim = result.encoding().columns().get(0);
        double mean = java.util.Arrays.stream(result.rows().train())
                .mapToDouble(r -> ((nl.vroegsignaal.features.FeatureColumn.Numeric) data.matrix().columns().get(0))
                        .values()[r]).average().orElseThrow();
        assertThat(verzuim.mean()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.encoding().columns().get(1).missingIndicator()).as("hours have missing values").isTrue();
    }

    @Test
    void refusesTrainingRowsWithoutAnyVsvCase() {
        SyntheticCohorts small = SyntheticCohorts.generate(4, 200, 0, 3);
        FeatureMatrix m = small.matrix();
        int firstCohort = m.peildatum()[0];
        for (int r = 0; r < m.rows(); r++) {
            if (m.peildatum()[r] == firstCohort) {
                m.label()[r] = 0;
            }
        }
        assertThatThrownBy(() -> RiskModelTrainer.train(m, OutOfTimeSplit.byPeildatum(m, 1, 1),
                TestSettings.small(), 1)).isInstanceOf(InputException.class)
                .hasMessage("the training rows (200) hold 0 VSV cases: a model needs both VSV and non-VSV cases there");
    }

    private static RiskModel model(ModelKind kind) {
        return result.compared().stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
    }

    private static double auc(double[] score, int[] rows) {
        boolean[] y = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = data.matrix().label()[rows[i]] == 1;
        }
        return LabelEvaluationUtil.binaryAUCROC(y, score);
    }
}
