package nl.vroegsignaal.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.vroegsignaal.features.FeatureMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;

class SignalExplainerTest {
    private static final MatrixEncoder ENCODER = new MatrixEncoder();
    private static FeatureMatrix matrix;
    private static int[] population;
    private static Model<Label> linear;
    private static Model<Label> trees;

    @BeforeAll
    static void trainModels() {
        matrix = SyntheticPopulation.matrix(1500, 31);
        int[] train = SignalExplainer.rowsAt(matrix, SyntheticPopulation.TRAIN);
        population = SignalExplainer.rowsAt(matrix, SyntheticPopulation.SCORE);
        List<Example<Label>> examples = ENCODER.examples(matrix, train);
        linear = new LogisticRegressionTrainer().train(SyntheticExamples.dataset(examples));
        trees = new XGBoostClassificationTrainer(30, Map.of("max_depth", 4, "eta", 0.3,
                "objective", "multi:softprob", "tree_method", "hist", "nthread", 1, "seed", 3))
                .train(SyntheticExamples.dataset(examples));
    }

    @Test
    void theListHoldsTheTopKByRiskWithAtMostThreePositiveReasonsAndNeverTheNeighbourhood() {
        for (Model<Label> model : List.of(linear, trees)) {
            double[] score = scores(model);
            SignalList list = SignalExplainer.explain(input(model, score, calibrate(score)), settings(40));
            assertThat(list.signals()).hasSize(40);
            assertThat(list.population()).isEqualTo(1500);
            assertThat(list.signals()).extracting(Signal::rank).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
            double[] sorted = Arrays.stream(calibrate(score)).map(x -> -x).sorted().map(x -> -x).toArray();
            for (Signal s : list.signals()) {
                assertThat(s.risk()).isEqualTo(sorted[s.rank() - 1]);
                assertThat(s.reasons()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
                assertThat(s.reasons()).allSatisfy(r -> {
                    assertThat(r.contribution()).isPositive();
                    assertThat(r.family()).isNotIn("wijk", "geslacht", "herkomst");
                });
                assertThat(s.reasons()).extracting(Reason::contribution).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            }
            assertThat(list.modelFamilies()).contains("wijk", "verzuim");
        }
    }

    @Test
    void theNeighbourhoodIsLeftOutEvenWhereItRaisesTheScoreMost() {
        double[] score = scores(linear);
        SignalList list = SignalExplainer.explain(input(linear, score, calibrate(score)), settings(40));
        Contributions c = new LinearContributions().explain(linear, ENCODER.examples(matrix, rowsOf(list)));
        FamilyGrouping grouping = new FamilyGrouping(matrix.catalogue(), c.featureNames());
        int wijk = grouping.families().indexOf("wijk");
        int strongestIsWijk = 0;
        for (int k = 0; k < c.rows(); k++) {
            double[] fam = grouping.byFamily(c, k);
            if (Arrays.stream(fam).max().getAsDouble() == fam[wijk]) {
                strongestIsWijk++;
                assertThat(list.signals().get(k).reasons()).extracting(Reason::family).doesNotContain("wijk");
            }
        }
        assertThat(strongestIsWijk).as("persons whose strongest family is wijk").isPositive();
    }

    @Test
    void reasonsStateThePersonsOwnValues() {
        double[] score = scores(linear);
        SignalList list = SignalExplainer.explain(input(linear, score, calibrate(score)), settings(40));
        PersonValues.Reader values = PersonValues.of(matrix);
        int[] rows = rowsOf(list);
        for (int k = 0; k < rows.length; k++) {
            PersonValues person = values.row(rows[k]);
            for (Reason r : list.signals().get(k).reasons()) {
                if (r.family().equals("verzuim") && r.textNl().startsWith("Ongeoorloofd verzuim: ")) {
                    long n = Math.round(person.number("verzuim_ongeoorloofd_12m").getAsDouble());
                    assertThat(r.textNl()).startsWith("Ongeoorloofd verzuim: " + n + " melding");
                }
                if (r.family().equals("leeftijd")) {
                    assertThat(r.textNl()).isEqualTo(Math.round(person.number("leeftijd").getAsDouble()) + " jaar");
                }
            }
        }
    }

    @Test
    void tiesInRiskAreBrokenByScoreThenPseudonym() {
        double[] score = scores(trees);
        // a coarse step calibration: many persons share a risk
        double[] risk = Arrays.stream(score).map(p -> Math.floor(p * 5) / 5).toArray();
        SignalList list = SignalExplainer.explain(input(trees, score, risk), settings(200));
        List<Signal> s = list.signals();
        for (int k = 1; k < s.size(); k++) {
            Signal a = s.get(k - 1);
            Signal b = s.get(k);
            assertThat(a.risk()).isGreaterThanOrEqualTo(b.risk());
            if (a.risk() == b.risk()) {
                double sa = score[indexOf(a.pseudonym())];
                double sb = score[indexOf(b.pseudonym())];
                assertThat(sa).isGreaterThanOrEqualTo(sb);
                if (sa == sb) {
                    assertThat(a.pseudonym()).isLessThan(b.pseudonym());
                }
            }
        }
    }

    @Test
    void theSameInputsGiveTheSameList() {
        double[] score = scores(trees);
        SignalList one = SignalExplainer.explain(input(trees, score, calibrate(score)), settings(60));
        SignalList two = SignalExplainer.explain(input(trees, scores(trees), calibrate(score)), settings(60));
        assertThat(two).isEqualTo(one);
    }

    @Test
    void statesTheEvaluatedPrecisionWhenKnownAndTheMeanRiskOtherwise() {
        double[] score = scores(linear);
        double[] risk = calibrate(score);
        SignalList mean = SignalExplainer.explain(input(linear, score, risk), settings(30));
        assertThat(mean.precisionBasis()).isEqualTo(SignalList.PrecisionBasis.MEAN_CALIBRATED_RISK);
        assertThat(mean.expectedPrecision()).isCloseTo(
                mean.signals().stream().mapToDouble(Signal::risk).average().getAsDouble(), within(1e-12));
        SignalSettings evaluated = new SignalSettings(SyntheticPopulation.SCORE, 30, "test", OptionalDouble.of(0.23),
                Map.of());
        SignalList eval = SignalExplainer.explain(input(linear, score, risk), evaluated);
        assertThat(eval.precisionBasis()).isEqualTo(SignalList.PrecisionBasis.EVALUATION);
        assertThat(eval.expectedPrecision()).isEqualTo(0.23);
        assertThat(eval.dataSources()).containsExactly("diplomas.csv", "inschrijvingen.csv", "jeugdhulp.csv",
                "personen.csv", "schuldhulp.csv", "uitkeringen.csv", "verhuizingen.csv", "verzuim.csv")
                .isSorted();
    }

    @Test
    void refusesScoresThatTheModelDoesNotGiveForTheseExamples() {
        double[] score = Arrays.stream(scores(linear)).map(p -> p * 0.9).toArray();
        assertThatThrownBy(() -> SignalExplainer.explain(input(linear, score, calibrate(score)), settings(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scoring and explaining must use the same model and the same encoding");
    }

    @Test
    void aCapacityAboveThePopulationListsEveryone() {
        double[] score = scores(linear);
        SignalList list = SignalExplainer.explain(input(linear, score, calibrate(score)), settings(5000));
        assertThat(list.capacity()).isEqualTo(1500);
        assertThat(list.signals()).hasSize(1500);
    }

    @Test
    void marksWhoIsOnTheListForTheFairnessAudit() {
        double[] score = scores(linear);
        SignalList list = SignalExplainer.explain(input(linear, score, calibrate(score)), settings(25));
        boolean[] onList = SignalExplainer.onList(list, matrix, population);
        assertThat(onList).hasSize(population.length);
        int count = 0;
        for (int i = 0; i < onList.length; i++) {
            if (onList[i]) {
                count++;
                String p = matrix.pseudonym()[population[i]];
                assertThat(list.signals()).anyMatch(s -> s.pseudonym().equals(p));
            }
        }
        assertThat(count).isEqualTo(25);
        assertThat(SignalExplainer.latestPeildatum(matrix)).isEqualTo(SyntheticPopulation.SCORE);
    }

    private static double[] scores(Model<Label> model) {
        List<Prediction<Label>> p = model.predict(ENCODER.examples(matrix, population));
        return p.stream().mapToDouble(BinaryLabels::probability).toArray();
    }

    /** A monotone stand-in for the model stage's calibration. */
    private static double[] calibrate(double[] score) {
        return Arrays.stream(score).map(p -> p * 0.6).toArray();
    }

    private static SignalInput input(Model<Label> model, double[] score, double[] risk) {
        return new SignalInput(model, ENCODER, matrix, population, score, risk);
    }

    private static SignalSettings settings(int k) {
        return new SignalSettings(SyntheticPopulation.SCORE, k, "test-model", OptionalDouble.empty(),
                Map.of("version", "test"));
    }

    private static int indexOf(String pseudonym) {
        for (int i = 0; i < population.length; i++) {
            if (matrix.pseudonym()[population[i]].equals(pseudonym)) {
                return i;
            }
        }
        throw new AssertionError("not in the population");
    }

    private static int[] rowsOf(SignalList list) {
        return list.signals().stream().mapToInt(s -> population[indexOf(s.pseudonym())]).toArray();
    }
}
