package nl.vroegsignaal.explain;

import java.util.List;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.math.la.DenseMatrix;

/**
 * Exact contributions for Tribuo's logistic regressions: the log-odds is linear in the features, so feature j
 * contributes {@code w_j * x_j} and the bias is the base.
 * {@link LinearSGDModel} (LogisticRegressionTrainer, and the liblinear solutions the model stage stores in that
 * form) keeps one weight row per label, bias in the last column, and applies a softmax; the log-odds of "1"
 * versus "0" is then {@code (w1 - w0)·x + (b1 - b0)}.
 * Feature values are taken as Tribuo uses them: features unknown to the model are ignored, repeated
 * features are summed, absent features are zero and contribute nothing.
 */
public final class LinearContributions implements ContributionEngine {

    @Override
    public Contributions explain(Model<Label> model, List<Example<Label>> examples) {
        BinaryLabels labels = BinaryLabels.of(model);
        if (!(model instanceof LinearSGDModel sgd)) {
            throw new IllegalArgumentException("LinearContributions explains a LinearSGDModel, not "
                    + model.getClass().getSimpleName());
        }
        Weights w = sgdWeights(sgd, labels);
        ImmutableFeatureMap features = model.getFeatureIDMap();
        int n = examples.size();
        double[] base = new double[n];
        double[][] values = new double[n][features.size()];
        for (int r = 0; r < n; r++) {
            base[r] = w.bias;
            double[] row = values[r];
            for (Feature f : examples.get(r)) {
                int id = features.getID(f.getName());
                if (id >= 0) {
                    row[id] += w.coefficients[id] * f.getValue();
                }
            }
        }
        return new Contributions(ModelFeatures.names(features), base, values);
    }

    /** Coefficients of the log-odds of "1" versus "0", indexed by Tribuo feature id, and its intercept. */
    private record Weights(double[] coefficients, double bias) {
    }

    private static Weights sgdWeights(LinearSGDModel model, BinaryLabels labels) {
        if (!model.generatesProbabilities()) {
            // Without the softmax (e.g. hinge loss) the scores are not probabilities and have no log-odds.
            throw new IllegalArgumentException("LinearSGDModel '" + model.getName()
                    + "' was not trained with a logistic loss; its scores have no log-odds to explain");
        }
        DenseMatrix weights = model.getWeightsCopy();
        int numFeatures = weights.getDimension2Size() - 1;
        double[] coef = new double[numFeatures];
        for (int j = 0; j < numFeatures; j++) {
            coef[j] = weights.get(labels.positiveId, j) - weights.get(labels.negativeId, j);
        }
        double bias = weights.get(labels.positiveId, numFeatures) - weights.get(labels.negativeId, numFeatures);
        return new Weights(coef, bias);
    }
}
