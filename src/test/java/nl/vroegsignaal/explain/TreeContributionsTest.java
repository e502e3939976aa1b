package nl.vroegsignaal.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.baseline.DummyClassifierTrainer;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.impl.ArrayExample;

class TreeContributionsTest {
    private static final List<Example<Label>> TRAIN = SyntheticExamples.examples(2000, 21);
    private static final List<Example<Label>> TEST = SyntheticExamples.examples(500, 22);
    private static XGBoostModel<Label> model;

    @BeforeAll
    static void train() {
        for (int i = 0; i < TEST.size(); i += 7) {
            TEST.get(i).add(new Feature("nooit_gezien", 1.0)); // unknown to the model: ignored, as Tribuo does
        }
        XGBoostClassificationTrainer trainer = new XGBoostClassificationTrainer(40, Map.of("max_depth", 4,
                "eta", 0.3, "objective", "multi:softprob", "tree_method", "hist", "nthread", 1, "seed", 5));
        model = trainer.train(SyntheticExamples.dataset(TRAIN));
    }

    @Test
    void shapValuesPlusBaseGiveTheBoostersLogOddsForEveryRow() {
        Contributions c = new TreeContributions().explain(model, TEST);
        List<Prediction<Label>> predictions = model.predict(TEST);
        for (int r = 0; r < TEST.size(); r++) {
            assertThat(c.logOdds(r)).as("row %d", r)
                    .isCloseTo(BinaryLabels.logOdds(predictions.get(r)), within(1e-5));
        }
    }

    @Test
    void theMatrixIsBuiltAsTribuoBuildsItSoMarginsMatchItsProbabilities() throws Exception {
        Booster booster = model.getInnerModels().get(0);
        DMatrix matrix = TreeContributions.toDMatrix(TEST, model.getFeatureIDMap());
        float[][] margins = booster.predict(matrix, true);
        List<Prediction<Label>> predictions = model.predict(TEST);
        BinaryLabels labels = BinaryLabels.of(model);
        for (int r = 0; r < TEST.size(); r++) {
            double margin = margins[r][labels.positiveId] - margins[r][labels.negativeId];
            assertThat(margin).as("row %d", r).isCloseTo(BinaryLabels.logOdds(predictions.get(r)), within(1e-5));
        }
        matrix.dispose();
        booster.dispose();
    }

    @Test
    void anAbsentFeatureIsMissingNotZeroAsInTribuosOwnPrediction() {
        // verzuim absent versus explicitly 0: Tribuo passes the first as missing; both must still add up
        Example<Label> absent = new ArrayExample<>(new Label("0"), new String[]{"leeftijd", "onderwijssoort=MBO-1"},
                new double[]{19, 1});
        Example<Label> zero = new ArrayExample<>(new Label("0"),
                new String[]{"leeftijd", "onderwijssoort=MBO-1", "verzuim_ongeoorloofd_12m"}, new double[]{19, 1, 0});
        List<Example<Label>> pair = List.of(absent, zero);
        Contributions c = new TreeContributions().explain(model, pair);
        List<Prediction<Label>> predictions = model.predict(pair);
        for (int r = 0; r < 2; r++) {
            assertThat(c.logOdds(r)).isCloseTo(BinaryLabels.logOdds(predictions.get(r)), within(1e-5));
        }
        // one-hot levels the person does not have are missing too, yet TreeSHAP may still credit them
        assertThat(c.featureNames()).contains("onderwijssoort=HAVO", "wijk=WK01");
    }

    @Test
    void refusesAnExampleWithoutAnyFeatureTheModelKnows() {
        Example<Label> empty = new ArrayExample<>(new Label("0"), new String[]{"nooit_gezien"}, new double[]{1});
        assertThatThrownBy(() -> new TreeContributions().explain(model, List.of(empty)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("example 0 has no feature the model knows");
    }

    @Test
    void theEngineForAnXgboostModelIsTheTreeEngineAndOthersAreRefusedByName() {
        assertThat(ContributionEngines.forModel(model)).isInstanceOf(TreeContributions.class);
        Model<Label> linear = new org.tribuo.classification.sgd.linear.LogisticRegressionTrainer()
                .train(SyntheticExamples.dataset(TRAIN));
        assertThatThrownBy(() -> new TreeContributions().explain(linear, TEST))
                .hasMessage("TreeContributions explains XGBoostModel, not LinearSGDModel");
        Model<Label> majority = DummyClassifierTrainer.createMostFrequentTrainer()
                .train(SyntheticExamples.dataset(TRAIN));
        assertThatThrownBy(() -> ContributionEngines.forModel(majority))
                .hasMessageStartingWith("no exact explanation for a DummyClassifierModel");
    }
}
