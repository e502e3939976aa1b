package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureKind;
import nl.vroegsignaal.features.FeatureMatrix;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.RealInfo;
import org.tribuo.VariableInfo;

/**
 * The model inputs of some rows as one compressed sparse row matrix, built straight from the
 * {@link FeatureMatrix} columns, once, and handed to the libraries as arrays: no Tribuo example per row.
 * <p>
 * It holds exactly what {@link ExampleEncoder} puts into an example, in the order Tribuo gives its features
 * (feature ids follow the sorted names): every numeric feature, standardised, and its missing indicator when
 * the encoding has one, and the one-hot input of the row's level when it has one. An input that is not stored
 * is absent, as in a Tribuo example, so XGBoost treats it as missing the same way on both paths.
 *
 * @param rowStarts {@code rows + 1} offsets into {@code ids} and {@code values}
 * @param ids       feature id of each stored value, ascending within a row
 * @param values    the stored values (XGBoost reads them as float, as through Tribuo)
 * @param width     number of model inputs (feature ids run from 0 to width - 1)
 */
record SparseInputs(long[] rowStarts, int[] ids, double[] values, int width) {

    int rows() {
        return rowStarts.length - 1;
    }

    /** The given rows of the matrix, encoded; {@code features} gives the id of every model input name. */
    static SparseInputs of(FeatureEncoding encoding, FeatureMatrix matrix, int[] rows, ImmutableFeatureMap features) {
        List<FeatureEncoding.EncodedColumn> cols = encoding.columns();
        int n = cols.size();
        double[][] numeric = new double[n][];
        CohortScaling[] scaling = new CohortScaling[n];
        int[][] codes = new int[n][];
        int[] valueId = new int[n];
        int[] missingId = new int[n];
        int[][] levelId = new int[n][];
        int perRow = 0;
        for (int c = 0; c < n; c++) {
            FeatureEncoding.EncodedColumn col = cols.get(c);
            FeatureColumn data = matrix.columns().get(c);
            if (col.kind() == FeatureKind.CATEGORICAL) {
                FeatureColumn.Categorical cat = (FeatureColumn.Categorical) data;
                codes[c] = cat.codes();
                levelId[c] = new int[cat.levels().size()];
                for (int l = 0; l < levelId[c].length; l++) {
                    levelId[c][l] = features.getID(encoding.oneHotName(c, cat.levels().get(l)));
                }
                perRow += 1;
            } else {
                numeric[c] = ((FeatureColumn.Numeric) data).values();
                scaling[c] = encoding.scaling(c, matrix);
                valueId[c] = requireId(features, col.name());
                missingId[c] = col.missingIndicator()
                        ? requireId(features, col.name() + FeatureEncoding.MISSING_SUFFIX) : -1;
                perRow += col.missingIndicator() ? 2 : 1;
            }
        }
        long[] starts = new long[rows.length + 1];
        int[] ids = new int[rows.length * perRow];
        double[] values = new double[rows.length * perRow];
        int next = 0;
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            int first = next;
            for (int c = 0; c < n; c++) {
                if (codes[c] != null) {
                    int code = codes[c][row];
                    int id = code >= 0 && code < levelId[c].length ? levelId[c][code] : -1;
                    if (id >= 0) {
                        next = insert(ids, values, first, next, id, 1.0);
                    }
                } else {
                    FeatureEncoding.EncodedColumn col = cols.get(c);
                    double v = numeric[c][row];
                    if (scaling[c] != null) {
                        v *= scaling[c].factor(row);
                    }
                    boolean missing = Double.isNaN(v);
                    double x = missing || col.sd() == 0 ? 0.0 : (v - col.mean()) / col.sd();
                    next = insert(ids, values, first, next, valueId[c], x);
                    if (missingId[c] >= 0) {
                        next = insert(ids, values, first, next, missingId[c], missing ? 1.0 : 0.0);
                    }
                }
            }
            starts[i + 1] = next;
        }
        return new SparseInputs(starts, java.util.Arrays.copyOf(ids, next), java.util.Arrays.copyOf(values, next),
                features.size());
    }

    /**
     * The feature map Tribuo would have built from these inputs (names sorted to ids, and per input how often it
     * is stored, its range, mean and sum of squared deviations), for a model wrapped around a library's fit.
     */
    static ImmutableFeatureMap featureMap(List<String> names, SparseInputs inputs) {
        int w = names.size();
        int[] count = new int[w];
        double[] mean = new double[w];
        double[] m2 = new double[w];
        double[] min = new double[w];
        double[] max = new double[w];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        // ids are not known yet: map each name to its position in sorted order, which is the id Tribuo gives it
        List<String> sorted = new ArrayList<>(names);
        java.util.Collections.sort(sorted);
        for (int k = 0; k < inputs.ids.length; k++) {
            int id = inputs.ids[k];
            double v = inputs.values[k];
            count[id]++;
            double delta = v - mean[id];
            mean[id] += delta / count[id];
            m2[id] += delta * (v - mean[id]);
            min[id] = Math.min(min[id], v);
            max[id] = Math.max(max[id], v);
        }
        List<VariableInfo> infos = new ArrayList<>(w);
        for (int id = 0; id < w; id++) {
            infos.add(count[id] == 0 ? new RealInfo(sorted.get(id))
                    : new RealInfo(sorted.get(id), count[id], max[id], min[id], mean[id], m2[id]));
        }
        return new ImmutableFeatureMap(infos);
    }

    /** The ids Tribuo gives the model input names: their positions in sorted order. */
    static ImmutableFeatureMap ids(List<String> names) {
        List<VariableInfo> infos = new ArrayList<>(names.size());
        for (String name : names) {
            infos.add(new RealInfo(name));
        }
        return new ImmutableFeatureMap(infos);
    }

    /**
     * These rows as liblinear reads them, as Tribuo feeds it: feature ids from 1, then a bias input of 1 with
     * id {@code width + 1}. Nodes with the same id and value are one object (liblinear only reads them): most
     * inputs are counts, 0/1 or one-hot, so this keeps millions of rows in little memory.
     */
    de.bwaldvogel.liblinear.FeatureNode[][] toLiblinear() {
        java.util.HashMap<Long, de.bwaldvogel.liblinear.FeatureNode>[] shared = new java.util.HashMap[width];
        for (int j = 0; j < width; j++) {
            shared[j] = new java.util.HashMap<>();
        }
        de.bwaldvogel.liblinear.FeatureNode bias = new de.bwaldvogel.liblinear.FeatureNode(width + 1, 1.0);
        de.bwaldvogel.liblinear.FeatureNode[][] x = new de.bwaldvogel.liblinear.FeatureNode[rows()][];
        for (int r = 0; r < x.length; r++) {
            int from = (int) rowStarts[r];
            int to = (int) rowStarts[r + 1];
            de.bwaldvogel.liblinear.FeatureNode[] row = new de.bwaldvogel.liblinear.FeatureNode[to - from + 1];
            for (int k = from; k < to; k++) {
                int id = ids[k];
                double v = values[k];
                row[k - from] = shared[id].computeIfAbsent(Double.doubleToLongBits(v),
                        b -> new de.bwaldvogel.liblinear.FeatureNode(id + 1, v));
            }
            row[to - from] = bias;
            x[r] = row;
        }
        return x;
    }

    /** An XGBoost matrix of these rows; {@code labels} (one per row) may be null for scoring. */
    DMatrix toDMatrix(float[] labels) throws XGBoostError {
        float[] asFloat = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            asFloat[k] = (float) values[k];
        }
        DMatrix m = new DMatrix(rowStarts, ids, asFloat, DMatrix.SparseType.CSR, width);
        if (labels != null) {
            m.setLabel(labels);
        }
        return m;
    }

    private static int requireId(ImmutableFeatureMap features, String name) {
        int id = features.getID(name);
        if (id < 0) {
            throw new IllegalStateException("model input '" + name + "' has no feature id");
        }
        return id;
    }

    /** Appends (id, value) keeping the row's ids ascending (rows are short: insertion is cheapest). */
    private static int insert(int[] ids, double[] values, int first, int next, int id, double value) {
        int k = next;
        while (k > first && ids[k - 1] > id) {
            ids[k] = ids[k - 1];
            values[k] = values[k - 1];
            k--;
        }
        ids[k] = id;
        values[k] = value;
        return next + 1;
    }
}
