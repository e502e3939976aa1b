package nl.vroegsignaal.fairness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureMatrix;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits an L2-regularised logistic regression (Tribuo liblinear) that predicts a binary attribute target from all
 * features, and measures its AUC on held-out persons. Numeric features are standardised on the training part
 * (missing values at the mean), categorical ones one-hot encoded. The split is by person, not by row, so that a
 * person seen at several peildata is never on both sides.
 */
final class AttributeModel {
    private static final LabelFactory FACTORY = new LabelFactory();
    private static final Label YES = new Label("1");
    private static final Label NO = new Label("0");

    private AttributeModel() {
    }

    /** [trainRows, testRows, auc]; the auc is NaN when the held-out part lacks one of the two classes. */
    static double[] fitAndScore(FeatureMatrix m, boolean[] target, ProxyOptions opt) {
        boolean[] test = PersonSplit.firstShare(m.pseudonym(), opt.seed(), opt.holdOutShare());
        List<FeatureColumn> columns = m.columns();
        String[] names = names(m);
        double[][] scale = scale(columns, test);
        List<Example<Label>> train = new ArrayList<>();
        List<Example<Label>> held = new ArrayList<>();
        for (int r = 0; r < m.rows(); r++) {
            Example<Label> e = example(columns, names, scale, r, target[r] ? YES : NO);
            (test[r] ? held : train).add(e);
        }
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("proxy-check", FACTORY),
                FACTORY);
        data.addAll(train);
        LibLinearClassificationTrainer trainer = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), 1.0, 1000, 0.01, opt.seed());
        Model<Label> model = trainer.train(data);
        List<Prediction<Label>> predictions = model.predict(held);
        double[] scores = new double[held.size()];
        boolean[] truth = new boolean[held.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = predictions.get(i).getOutputScores().get(YES.getLabel()).getScore();
            truth[i] = held.get(i).getOutput().equals(YES);
        }
        return new double[] {train.size(), held.size(), Association.auc(scores, truth)};
    }

    private static String[] names(FeatureMatrix m) {
        String[] names = new String[m.columns().size()];
        for (int c = 0; c < names.length; c++) {
            names[c] = m.catalogue().features().get(c).name();
        }
        return names;
    }

    /** Per numeric column {mean, sd} over training rows; null for categorical columns. */
    private static double[][] scale(List<FeatureColumn> columns, boolean[] test) {
        double[][] scale = new double[columns.size()][];
        for (int c = 0; c < scale.length; c++) {
            if (columns.get(c) instanceof FeatureColumn.Numeric num) {
                double sum = 0;
                double sumSq = 0;
                long n = 0;
                for (int r = 0; r < test.length; r++) {
                    double v = num.values()[r];
                    if (!test[r] && !Double.isNaN(v)) {
                        sum += v;
                        sumSq += v * v;
                        n++;
                    }
                }
                double mean = n == 0 ? 0 : sum / n;
                double var = n == 0 ? 0 : Math.max(0, sumSq / n - mean * mean);
                scale[c] = new double[] {mean, var > 0 ? Math.sqrt(var) : 1.0};
            }
        }
        return scale;
    }

    private static Example<Label> example(List<FeatureColumn> columns, String[] names, double[][] scale, int r,
                                          Label label) {
        String[] fn = new String[columns.size()];
        double[] fv = new double[columns.size()];
        int k = 0;
        for (int c = 0; c < columns.size(); c++) {
            FeatureColumn col = columns.get(c);
            if (col instanceof FeatureColumn.Numeric num) {
                double v = num.values()[r];
                fn[k] = names[c];
                fv[k++] = Double.isNaN(v) ? 0.0 : (v - scale[c][0]) / scale[c][1];
            } else if (col instanceof FeatureColumn.Categorical cat && cat.codes()[r] >= 0) {
                fn[k] = names[c] + "=" + cat.levels().get(cat.codes()[r]);
                fv[k++] = 1.0;
            }
        }
        return new ArrayExample<>(label, Arrays.copyOf(fn, k), Arrays.copyOf(fv, k));
    }
}
