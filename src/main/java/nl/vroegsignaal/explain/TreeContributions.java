package nl.vroegsignaal.explain;

import java.util.Arrays;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * Exact contributions for Tribuo's XGBoost classifiers: the booster's own TreeSHAP values
 * ({@code predictContrib}), which add up to its margin.
 * <p>
 * Tribuo trains classification boosters with {@code multi:softprob}: one margin per label, softmax on top.
 * The log-odds of "1" versus "0" is {@code margin_1 - margin_0}, so a feature's contribution is its SHAP
 * value for label 1 minus that for label 0, and the base is the difference of the two bias terms.
 * <p>
 * The input matrix is built the way Tribuo builds it for prediction (XGBoostTrainer.convertExamples): CSR
 * rows with the model's feature ids as column indices, values cast to float, features unknown to the model
 * dropped, repeated features summed, and as many columns as the model has features. A feature absent from
 * an example is therefore <em>missing</em> to XGBoost (it follows the trees' default branch), not zero.
 */
public final class TreeContributions implements ContributionEngine {

    @Override
    public Contributions explain(Model<Label> model, List<Example<Label>> examples) {
        if (!(model instanceof XGBoostModel<Label> xgb)) {
            throw new IllegalArgumentException("TreeContributions explains XGBoostModel, not "
                    + model.getClass().getSimpleName());
        }
        BinaryLabels labels = BinaryLabels.of(model);
        ImmutableFeatureMap features = model.getFeatureIDMap();
        int numFeatures = features.size();
        List<Booster> boosters = xgb.getInnerModels();
        if (boosters.size() != 1) {
            throw new IllegalArgumentException("expected one booster in XGBoost classifier '" + model.getName()
                    + "', found " + boosters.size());
        }
        Booster booster = boosters.get(0);
        DMatrix matrix = null;
        try {
            matrix = toDMatrix(examples, features);
            float[][] shap = booster.predictContrib(matrix, 0);
            return fromShap(shap, examples.size(), numFeatures, labels, ModelFeatures.names(features));
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not compute contributions: " + e.getMessage(), e);
        } finally {
            if (matrix != null) {
                matrix.dispose();
            }
            booster.dispose();
        }
    }

    private static Contributions fromShap(float[][] shap, int rows, int numFeatures, BinaryLabels labels,
                                          List<String> names) {
        int width = numFeatures + 1; // one value per feature, then the bias
        double[] base = new double[rows];
        double[][] values = new double[rows][numFeatures];
        for (int r = 0; r < rows; r++) {
            float[] row = shap[r];
            if (row.length != 2 * width) {
                throw new IllegalStateException("expected " + 2 * width + " contribution values per row (two "
                        + "labels, multi:softprob), found " + row.length);
            }
            int pos = labels.positiveId * width;
            int neg = labels.negativeId * width;
            for (int j = 0; j < numFeatures; j++) {
                values[r][j] = (double) row[pos + j] - (double) row[neg + j];
            }
            base[r] = (double) row[pos + numFeatures] - (double) row[neg + numFeatures];
        }
        return new Contributions(names, base, values);
    }

    /** Examples as a CSR matrix, following Tribuo's own conversion rules (see the class comment). */
    static DMatrix toDMatrix(List<Example<Label>> examples, ImmutableFeatureMap features) throws XGBoostError {
        long[] headers = new long[examples.size() + 1];
        int capacity = 0;
        for (Example<Label> e : examples) {
            capacity += e.size();
        }
        int[] indices = new int[capacity];
        float[] data = new float[capacity];
        int[] rowIds = new int[0];
        float[] rowValues = new float[0];
        int next = 0;
        for (int r = 0; r < examples.size(); r++) {
            Example<Label> example = examples.get(r);
            if (rowIds.length < example.size()) {
                rowIds = new int[example.size()];
                rowValues = new float[example.size()];
            }
            int count = 0;
            for (Feature f : example) {
                int id = features.getID(f.getName());
                if (id >= 0) {
                    rowIds[count] = id;
                    rowValues[count] = (float) f.getValue();
                    count++;
                }
            }
            if (count == 0) {
                throw new IllegalArgumentException("example " + r + " has no feature the model knows");
            }
            next = appendSorted(rowIds, rowValues, count, indices, data, next);
            headers[r + 1] = next;
        }
        return new DMatrix(headers, Arrays.copyOf(indices, next), Arrays.copyOf(data, next),
                DMatrix.SparseType.CSR, features.size());
    }

    /** Appends one row's (id, value) pairs in ascending id order, summing repeated ids as Tribuo does. */
    private static int appendSorted(int[] ids, float[] values, int count, int[] indices, float[] data, int next) {
        boolean ascending = true;
        for (int i = 1; i < count && ascending; i++) {
            ascending = ids[i] > ids[i - 1];
        }
        if (ascending) { // the usual case: Tribuo examples are sorted by name and ids follow name order
            System.arraycopy(ids, 0, indices, next, count);
            System.arraycopy(values, 0, data, next, count);
            return next + count;
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
        int start = next;
        for (Integer i : order) {
            if (next > start && indices[next - 1] == ids[i]) {
                data[next - 1] += values[i];
            } else {
                indices[next] = ids[i];
                data[next] = values[i];
                next++;
            }
        }
        return next;
    }
}
