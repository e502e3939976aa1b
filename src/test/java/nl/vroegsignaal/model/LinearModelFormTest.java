package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

class LinearModelFormTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "1"})
    void theRewrittenModelGivesLibLinearsProbabilitiesWhicheverLabelItSawFirst(String first) {
        List<Example<Label>> train = examples(3000, 3, first);
        LibLinearClassificationModel lib = (LibLinearClassificationModel) new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), 1.0, 1000, 1e-4)
                .train(dataset(train));
        LinearSGDModel stored = LinearModelForm.of(lib);
        List<Example<Label>> test = examples(500, 4, "0");
        // a feature the model never saw is ignored by both
        test.forEach(e -> e.add(new Feature("nooit_gezien", 3.0)));
        double[] expected = TribuoRiskModel.positiveProbabilities(lib, test);
        double[] actual = TribuoRiskModel.positiveProbabilities(stored, test);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("row %d", i).isCloseTo(expected[i], within(1e-12));
        }
        // the row of "1" holds the log-odds weights: a positive effect reads positive whichever label came first
        assertThat(stored.getTopFeatures(-1).get("1").stream().filter(p -> p.getA().equals("a")).findFirst()
                .orElseThrow().getB()).isPositive();
        assertThat(stored.getProvenance().getTrainerProvenance().getClassName())
                .isEqualTo(LibLinearClassificationTrainer.class.getName());
    }

    @Test
    void theStoredFileHoldsNoJavaObjectStreamAndLoadsBackToTheSameScores() throws IOException {
        LibLinearClassificationModel lib = (LibLinearClassificationModel) new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), 1.0, 1000, 1e-4)
                .train(dataset(examples(2000, 5, "1")));
        ByteArrayOutputStream libBytes = new ByteArrayOutputStream();
        lib.serializeToStream(libBytes);
        // the defect this class exists for: liblinear's Tribuo file carries a Java object stream
        assertThat(indexOfObjectStream(libBytes.toByteArray())).isNotNegative();

        Model<Label> stored = LinearModelForm.storable(lib);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stored.serializeToStream(bytes);
        assertThat(indexOfObjectStream(bytes.toByteArray())).isNegative();
        Model<?> back = Model.deserializeFromStream(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        List<Example<Label>> test = examples(200, 6, "0");
        assertThat(TribuoRiskModel.positiveProbabilities(back.castModel(Label.class), test))
                .containsExactly(TribuoRiskModel.positiveProbabilities(stored, test));
    }

    @Test
    void refusesALibLinearModelThatIsNotALogisticRegression() {
        LibLinearClassificationModel svm = (LibLinearClassificationModel) new LibLinearClassificationTrainer()
                .train(dataset(examples(500, 7, "0")));
        assertThatThrownBy(() -> LinearModelForm.of(svm)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a two-class logistic regression");
    }

    /** Position of the Java serialisation stream header (AC ED 00 05), or -1. */
    static int indexOfObjectStream(byte[] bytes) {
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == (byte) 0xAC && bytes[i + 1] == (byte) 0xED && bytes[i + 2] == 0 && bytes[i + 3] == 5) {
                return i;
            }
        }
        return -1;
    }

    /** Two numeric features and a one-hot category with known effects; the first example has label {@code first}. */
    private static List<Example<Label>> examples(int n, long seed, String first) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Example<Label>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = rng.nextDouble() * 10;
            double b = rng.nextGaussian();
            int cat = rng.nextInt(3);
            double logit = -3 + 0.4 * a - 0.8 * b + (cat == 2 ? 1.0 : 0.0);
            String y = rng.nextDouble() < 1 / (1 + Math.exp(-logit)) ? "1" : "0";
            ArrayExample<Label> e = new ArrayExample<>(new Label(y), new String[]{"a", "b", "cat=" + cat},
                    new double[]{a, b, 1.0});
            if (y.equals(first)) {
                out.add(0, e);
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static MutableDataset<Label> dataset(List<Example<Label>> examples) {
        LabelFactory factory = new LabelFactory();
        return new MutableDataset<>(new ListDataSource<>(examples, factory,
                new SimpleDataSourceProvenance("test", factory)));
    }
}
