package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import nl.vroegsignaal.features.FeatureMatrix;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/** The XGBoost fast path (arrays straight from the matrix) grows the trees Tribuo's own trainer grows. */
class BoosterFitTest {

    /** Four synthetic cohorts split one for training, one for validation, with the encoding fitted on training. */
    private record Cohorts(FeatureMatrix matrix, SplitRows rows, FeatureEncoding encoding) {
        static Cohorts of(long seed) {
            FeatureMatrix matrix = SyntheticCohorts.generate(4, 2000, 3, seed).matrix();
            SplitRows rows = OutOfTimeSplit.byPeildatum(matrix, 1, 1).assign(matrix);
            return new Cohorts(matrix, rows, FeatureEncoding.fit(matrix, rows.train()));
        }
    }

    @Test
    void theFastPathGivesTribuosTreesFeaturesAndProbabilities() throws Exception {
        Cohorts c = Cohorts.of(11);
        FeatureMatrix matrix = c.matrix();
        SplitRows rows = c.rows();
        FeatureEncoding encoding = c.encoding();
        CandidateSpec.BoostedTrees spec = new CandidateSpec.BoostedTrees(30, 3, 0.1, 5.0, 0.8, 0.8, 1.0, 0.0);
        Map<String, Provenance> run = Map.of();

        ExampleEncoder encoder = new ExampleEncoder(encoding, matrix);
        MutableDataset<Label> dataset = StableProvenance.dataset(encoder.labelled(matrix, rows.train()), "rows");
        List<Example<Label>> validation = encoder.labelled(matrix, rows.validation());
        Model<Label> tribuo = spec.trainer(7).train(dataset, run);

        List<String> names = encoding.modelFeatureNames();
        var ids = SparseInputs.ids(names);
        BoosterFit.TrainingRows train = BoosterFit.TrainingRows.of(
                SparseInputs.of(encoding, matrix, rows.train(), ids), names, matrix.label(), rows.train(), "rows");
        DMatrix dTrain = train.toDMatrix();
        DMatrix dValidation = SparseInputs.of(encoding, matrix, rows.validation(), ids).toDMatrix(null);
        BoosterFit.Fitted fast = BoosterFit.fit(spec, 7, train, dTrain, dValidation, run,
                CandidateSpec.BoostedTrees.THREADS);
        BoosterFit.Fitted twoThreads = BoosterFit.fit(spec, 7, train, dTrain, dValidation, run, 2);
        dTrain.dispose();
        dValidation.dispose();

        XGBoostModel<Label> two = (XGBoostModel<Label>) twoThreads.model();
        assertThat(two.getModelDump().get(0)).as("the same trees on two threads")
                .containsExactly(((XGBoostModel<Label>) fast.model()).getModelDump().get(0));
        assertThat(twoThreads.validationProbabilities()).containsExactly(fast.validationProbabilities());

        XGBoostModel<Label> a = (XGBoostModel<Label>) tribuo;
        XGBoostModel<Label> b = (XGBoostModel<Label>) fast.model();
        assertThat(b.getModelDump().get(0)).containsExactly(a.getModelDump().get(0));
        assertThat(b.getFeatureIDMap().keySet()).containsExactlyElementsOf(a.getFeatureIDMap().keySet());
        for (String f : a.getFeatureIDMap().keySet()) {
            assertThat(b.getFeatureIDMap().getID(f)).as(f).isEqualTo(a.getFeatureIDMap().getID(f));
        }
        assertThat(b.getOutputIDInfo().getID(ExampleEncoder.POSITIVE))
                .isEqualTo(a.getOutputIDInfo().getID(ExampleEncoder.POSITIVE));
        assertThat(fast.validationProbabilities())
                .containsExactly(TribuoRiskModel.positiveProbabilities(tribuo, validation));
        assertThat(TribuoRiskModel.positiveProbabilities(b, validation))
                .containsExactly(fast.validationProbabilities());
        assertThat(b.getProvenance().getTrainerProvenance()).isEqualTo(a.getProvenance().getTrainerProvenance());
    }

    @Test
    void batchesOnChangingThreadCountsGrowTheTreesOfOneUninterruptedFit() throws Exception {
        Cohorts c = Cohorts.of(12);
        int trees = 3 * BoosterFit.ROUNDS_PER_CHECK + 7;
        CandidateSpec.BoostedTrees spec = new CandidateSpec.BoostedTrees(trees, 3, 0.1, 5.0, 0.8, 0.8, 1.0, 0.0);
        List<String> names = c.encoding().modelFeatureNames();
        BoosterFit.TrainingRows train = BoosterFit.TrainingRows.of(
                SparseInputs.of(c.encoding(), c.matrix(), c.rows().train(), SparseInputs.ids(names)), names,
                c.matrix().label(), c.rows().train(), "rows");
        DMatrix dTrain = train.toDMatrix();
        try {
            int classes = train.labels().size();
            Booster whole = ml.dmlc.xgboost4j.java.XGBoost.train(dTrain, BoosterFit.parameters(spec, 7, classes, 1),
                    trees, Map.of(), null, null);
            int[] counts = {2, 1, 3};
            int[] call = {0};
            Booster batched = BoosterFit.trainInBatches(spec, 7, classes, dTrain, 1, () -> counts[call[0]++]);

            assertThat(call[0]).as("looked at the cores between every two batches").isEqualTo(3);
            assertThat(batched.getModelDump("", true)).containsExactly(whole.getModelDump("", true));
            assertThat(batched.toByteArray()).isEqualTo(whole.toByteArray());
        } finally {
            dTrain.dispose();
        }
    }
}
