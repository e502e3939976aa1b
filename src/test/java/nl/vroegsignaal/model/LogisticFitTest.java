package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.features.FeatureMatrix;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;

/** The liblinear fast path (nodes straight from the matrix) finds the weights Tribuo's own trainer finds. */
class LogisticFitTest {

    @Test
    void theFastPathGivesTribuosWeightsFeaturesAndProbabilities() {
        SyntheticCohorts data = SyntheticCohorts.generate(4, 2000, 3, 13);
        FeatureMatrix matrix = data.matrix();
        SplitRows rows = OutOfTimeSplit.byPeildatum(matrix, 1, 1).assign(matrix);
        FeatureEncoding encoding = FeatureEncoding.fit(matrix, rows.train());
        CandidateSpec.Logistic spec = new CandidateSpec.Logistic(0.5, 1000, 0.001);
        Map<String, Provenance> run = Map.of();

        ExampleEncoder encoder = new ExampleEncoder(encoding, matrix);
        MutableDataset<Label> dataset = StableProvenance.dataset(encoder.labelled(matrix, rows.train()), "rows");
        List<Example<Label>> validation = encoder.labelled(matrix, rows.validation());
        Model<Label> tribuo = spec.trainer(7).train(dataset, run);

        List<String> names = encoding.modelFeatureNames();
        var ids = SparseInputs.ids(names);
        BoosterFit.TrainingRows train = BoosterFit.TrainingRows.of(
                SparseInputs.of(encoding, matrix, rows.train(), ids), names, matrix.label(), rows.train(), "rows");
        BoosterFit.Fitted fast = LogisticFit.fit(spec, 7, train, train.inputs().toLiblinear(),
                SparseInputs.of(encoding, matrix, rows.validation(), ids).toLiblinear(), run);

        de.bwaldvogel.liblinear.Model a = ((LibLinearClassificationModel) tribuo).getInnerModels().get(0);
        de.bwaldvogel.liblinear.Model b = ((LibLinearClassificationModel) fast.model()).getInnerModels().get(0);
        assertThat(b.getFeatureWeights()).containsExactly(a.getFeatureWeights());
        assertThat(b.getLabels()).containsExactly(a.getLabels());
        assertThat(fast.model().getFeatureIDMap().keySet()).containsExactlyElementsOf(tribuo.getFeatureIDMap().keySet());
        assertThat(fast.validationProbabilities())
                .containsExactly(TribuoRiskModel.positiveProbabilities(tribuo, validation));
        assertThat(TribuoRiskModel.positiveProbabilities(fast.model(), validation))
                .containsExactly(fast.validationProbabilities());
        assertThat(fast.model().getProvenance().getTrainerProvenance())
                .isEqualTo(tribuo.getProvenance().getTrainerProvenance());
    }
}
