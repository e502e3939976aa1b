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
            SignalLists lists = SignalExplainer.explain(input(model, score, calibrate(score)), settings(40));
            SignalList list = both(lists);
            assertThat(list.signals()).hasSize(40);
            assertThat(lists.byBand()).extracting(SignalList::population).containsExactly(
                    bandSize(AgeBand.LEERPLICHT), bandSize(AgeBand.RMC));
            assertThat(lists.byBand()).allSatisfy(l -> {
                assertThat(l.signals()).isNotEmpty();
                assertThat(l.signals()).extracting(Signal::rank).containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, l.signals().size()).boxed().toList());
                assertThat(l.signals()).extracting(Signal::risk).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            });
            assertThat(lists.of(AgeBand.LEERPLICHT).signals()).allSatisfy(s -> assertThat(s.context().age())
                    .isLessThan(18));
            assertThat(lists.of(AgeBand.RMC).signals()).allSatisfy(s -> assertThat(s.context().age())
                    .isGreaterThanOrEqualTo(18));
            double[] sorted = Arrays.stream(calibrate(score)).map(x -> -x).sorted().map(x -> -x).toArray();
            for (int k = 0; k < 40; k++) {
                Signal s = list.signals().get(k);
                assertThat(s.risk()).isEqualTo(sorted[k]);
                assertThat(s.reasons()).hasSizeLessThanOrEqualTo(3);
                assertThat(s.reasons().isEmpty()).isEqualTo(s.note() != Signal.Note.NONE);
                assertThat(s.reasons()).allSatisfy(r -> {
                    assertThat(r.contribution()).isPositive();
                    assertThat(r.topic()).isNotIn("wijk", "geslacht", "herkomst", "context");
                    assertThat(r.textNl()).doesNotMatch("\\d+ jaar|Zit (in|op) .*");
                });
                assertThat(s.reasons()).extracting(Reason::contribution).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            }
            assertThat(list.modelFamilies()).contains("wijk", "verzuim");
        }
    }

    @Test
    void theNeighbourhoodIsLeftOutEvenWhereItRaisesTheScoreMost() {
        double[] score = scores(linear);
        SignalList list = both(SignalExplainer.explain(input(linear, score, calibrate(score)), settings(40)));
        Contributions c = new LinearContributions().explain(linear, ENCODER.examples(matrix, rowsOf(list)));
        FamilyGrouping grouping = new FamilyGrouping(matrix.catalogue(), c.featureNames());
        int wijk = grouping.families().indexOf("wijk");
        int strongestIsWijk = 0;
        for (int k = 0; k < c.rows(); k++) {
            double[] fam = grouping.byFamily(c, k);
            if (Arrays.stream(fam).max().getAsDouble() == fam[wijk]) {
                strongestIsWijk++;
                assertThat(list.signals().get(k).reasons()).extracting(Reason::topic).doesNotContain("wijk");
            }
        }
        assertThat(strongestIsWijk).as("persons whose strongest family is wijk").isPositive();
    }

    @Test
    void reasonsStateThePersonsOwnValues() {
        double[] score = scores(linear);
        SignalList list = both(SignalExplainer.explain(input(linear, score, calibrate(score)), settings(40)));
        PersonValues.Reader values = PersonValues.of(matrix);
        int[] rows = rowsOf(list);
        for (int k = 0; k < rows.length; k++) {
            PersonValues person = values.row(rows[k]);
            for (Reason r : list.signals().get(k).reasons()) {
                if (r.topic().equals("verzuim") && r.textNl().startsWith("Ongeoorloofd verzuim: ")) {
                    long n = Math.round(person.number("verzuim_ongeoorloofd_12m").getAsDouble());
                    assertThat(r.textNl()).startsWith("Ongeoorloofd verzuim: " + n + " melding");
                }
            }
            PersonContext c = list.signals().get(k).context();
            assertThat(c.age()).isEqualTo((int) Math.floor(person.number("leeftijd").getAsDouble()));
            assertThat(c.onderwijssoort()).isEqualTo(person.level("onderwijssoort").filter(l -> !l.equals("geen"))
                    .orElse(""));
        }
    }

    @Test
    void tiesInRiskAreBrokenByScoreThenPseudonym() {
        double[] score = scores(trees);
        // a coarse step calibration: many persons share a risk
        double[] risk = Arrays.stream(score).map(p -> Math.floor(p * 5) / 5).toArray();
        SignalList list = both(SignalExplainer.explain(input(trees, score, risk), settings(200)));
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
        SignalLists one = SignalExplainer.explain(input(trees, score, calibrate(score)), settings(60));
        SignalLists two = SignalExplainer.explain(input(trees, scores(trees), calibrate(score)), settings(60));
        assertThat(two).isEqualTo(one);
    }

    @Test
    void statesTheEvaluatedPrecisionWhenKnownAndTheMeanRiskOtherwise() {
        double[] score = scores(linear);
        double[] risk = calibrate(score);
        SignalList mean = SignalExplainer.explain(input(linear, score, risk), settings(30)).of(AgeBand.RMC);
        assertThat(mean.precisionBasis()).isEqualTo(SignalList.PrecisionBasis.MEAN_CALIBRATED_RISK);
        assertThat(mean.expectedPrecision()).isCloseTo(
                mean.signals().stream().mapToDouble(Signal::risk).average().getAsDouble(), within(1e-12));
        SignalSettings evaluated = new SignalSettings(SyntheticPopulation.SCORE, "test", new Selection.Shared(30),
                Map.of(), "test", Map.of(AgeBand.RMC, OptionalDouble.of(0.23)), List.of(), KnownPersons.none(),
                Map.of());
        SignalLists lists = SignalExplainer.explain(input(linear, score, risk), evaluated);
        SignalList eval = lists.of(AgeBand.RMC);
        assertThat(eval.precisionBasis()).isEqualTo(SignalList.PrecisionBasis.EVALUATION);
        assertThat(eval.expectedPrecision()).isEqualTo(0.23);
        assertThat(lists.of(AgeBand.LEERPLICHT).precisionBasis())
                .isEqualTo(SignalList.PrecisionBasis.MEAN_CALIBRATED_RISK);
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
        SignalList list = both(SignalExplainer.explain(input(linear, score, calibrate(score)), settings(5000)));
        assertThat(list.signals()).hasSize(1500);
    }

    @Test
    void marksWhoIsOnTheListForTheFairnessAudit() {
        double[] score = scores(linear);
        SignalLists lists = SignalExplainer.explain(input(linear, score, calibrate(score)), settings(25));
        SignalList list = both(lists);
        boolean[] onList = lists.onList(matrix, population);
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

    private static double[] lastScores;

    private static double[] scores(Model<Label> model) {
        List<Prediction<Label>> p = model.predict(ENCODER.examples(matrix, population));
        lastScores = p.stream().mapToDouble(BinaryLabels::probability).toArray();
        return lastScores;
    }

    /** A monotone stand-in for the model stage's calibration. */
    private static double[] calibrate(double[] score) {
        return Arrays.stream(score).map(p -> p * 0.6).toArray();
    }

    private static SignalInput input(Model<Label> model, double[] score, double[] risk) {
        return new SignalInput(model, ENCODER, matrix, population, score, risk);
    }

    private static SignalSettings settings(int k) {
        return new SignalSettings(SyntheticPopulation.SCORE, "test-model", new Selection.Shared(k), Map.of(),
                "test", Map.of(), List.of(), KnownPersons.none(), Map.of("version", "test"));
    }

    /** Both band lists as one, in order of risk (then score, then pseudonym), as the shared selection chose. */
    static SignalList both(SignalLists lists) {
        List<Signal> all = new java.util.ArrayList<>();
        lists.byBand().forEach(l -> all.addAll(l.signals()));
        all.sort(java.util.Comparator.<Signal>comparingDouble(s -> -s.risk())
                .thenComparing(s -> -scoreOf(s.pseudonym())).thenComparing(Signal::pseudonym));
        SignalList l = lists.of(AgeBand.RMC);
        return new SignalList("beide", "beide", l.peildatum(), all.size(), population.length, l.modelName(),
                l.modelTypeNl(), 0, l.precisionBasis(), l.dataSources(), l.modelFamilies(), List.of(), "test",
                l.knownPlacement(), Map.of(), all);
    }

    private static double scoreOf(String pseudonym) {
        return lastScores[indexOf(pseudonym)];
    }

    private static int bandSize(AgeBand band) {
        return (int) Arrays.stream(PersonContext.bands(matrix, population)).filter(b -> b == band).count();
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
