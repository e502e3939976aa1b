package nl.vroegsignaal.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.classification.sgd.objectives.Hinge;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

class LinearContributionsTest {
    private static final List<Example<Label>> TRAIN = SyntheticExamples.examples(2000, 11);
    private static final List<Example<Label>> TEST = withUnknownFeature(SyntheticExamples.examples(500, 12));

    @Test
    void sgdLogisticRegressionContributionsAddUpToItsLogOddsForEveryRow() {
        Model<Label> model = new LogisticRegressionTrainer().train(SyntheticExamples.dataset(TRAIN));
        assertExact(model, 1e-9);
    }

    @Test
    void standardisedLogisticRegressionIsExplainedInTheOriginalFeatureNames() {
        for (boolean densify : List.of(false, true)) {
            TransformTrainer<Label> trainer = new TransformTrainer<>(new LogisticRegressionTrainer(),
                    new TransformationMap(List.of(), Map.of(
                            "leeftijd", List.of(new MeanStdDevTransformation()),
                            "verzuim_ongeoorloofd_12m", List.of(new MeanStdDevTransformation()))), densify);
            Model<Label> model = trainer.train(SyntheticExamples.dataset(TRAIN));
            Contributions c = assertExact(model, 1e-9);
            assertThat(c.featureNames()).contains("verzuim_ongeoorloofd_12m", "onderwijssoort=MBO-1");
        }
    }

    @Test
    void aFeatureAbsentFromTheExampleContributesNothingAndAPresentOneItsWeightTimesValue() {
        Model<Label> model = new LogisticRegressionTrainer().train(SyntheticExamples.dataset(TRAIN));
        Example<Label> one = new ArrayExample<>(new Label("0"), new String[]{"leeftijd", "verzuim_ongeoorloofd_12m"},
                new double[]{18, 3});
        Example<Label> two = new ArrayExample<>(new Label("0"), new String[]{"leeftijd", "verzuim_ongeoorloofd_12m"},
                new double[]{18, 6});
        Contributions c = new LinearContributions().explain(model, List.of(one, two));
        assertThat(c.contribution(0, "onderwijssoort=MBO-1")).isZero();
        assertThat(c.contribution(0, "bijstand_huishouden")).isZero();
        // linear in the value: doubling the count doubles its contribution, and the model learned it raises risk
        assertThat(c.contribution(1, "verzuim_ongeoorloofd_12m"))
                .isCloseTo(2 * c.contribution(0, "verzuim_ongeoorloofd_12m"), within(1e-12));
        assertThat(c.contribution(0, "verzuim_ongeoorloofd_12m")).isPositive();
        assertThat(c.base()[0]).isEqualTo(c.base()[1]);
    }

    @Test
    void refusesAnSgdModelWithoutLogisticLoss() {
        Model<Label> model = new LinearSGDTrainer(new Hinge(), new AdaGrad(0.1), 2, 7)
                .train(SyntheticExamples.dataset(TRAIN));
        assertThatThrownBy(() -> new LinearContributions().explain(model, TEST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was not trained with a logistic loss");
    }

    @Test
    void refusesALibLinearModelWhichTheModelStageNeverKeeps() {
        Model<Label> model = new LibLinearClassificationTrainer().train(SyntheticExamples.dataset(TRAIN));
        assertThatThrownBy(() -> new LinearContributions().explain(model, TEST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("explains a LinearSGDModel");
    }

    static Contributions assertExact(Model<Label> model, double tolerance) {
        Contributions c = ContributionEngines.forModel(model).explain(model, TEST);
        List<Prediction<Label>> predictions = model.predict(TEST);
        assertThat(c.rows()).isEqualTo(TEST.size());
        for (int r = 0; r < TEST.size(); r++) {
            double expected = BinaryLabels.logOdds(predictions.get(r));
            assertThat(c.logOdds(r)).as("row %d", r).isCloseTo(expected, within(tolerance));
        }
        return c;
    }

    /** Every fifth test example carries a feature no model was trained on; models ignore it, so must we. */
    private static List<Example<Label>> withUnknownFeature(List<Example<Label>> examples) {
        for (int i = 0; i < examples.size(); i += 5) {
            examples.get(i).add(new org.tribuo.Feature("nooit_gezien", 4.0));
        }
        return examples;
    }
}
