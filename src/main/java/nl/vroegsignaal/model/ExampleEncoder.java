package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureKind;
import nl.vroegsignaal.features.FeatureMatrix;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/** Turns rows of one {@link FeatureMatrix} into Tribuo examples following a fitted {@link FeatureEncoding}. */
final class ExampleEncoder {
    static final Label POSITIVE = new Label("1");
    static final Label NEGATIVE = new Label("0");

    private final FeatureEncoding encoding;
    private final double[][] numeric;
    /** Per numeric column: its cohort scaling, or null when read as it is. */
    private final CohortScaling[] scaling;
    private final int[][] codes;
    /** Per categorical column: matrix level code -> one-hot feature name, or null when unseen in training. */
    private final String[][] oneHot;
    private final int maxFeatures;

    ExampleEncoder(FeatureEncoding encoding, FeatureMatrix matrix) {
        this.encoding = encoding;
        int n = encoding.columns().size();
        numeric = new double[n][];
        scaling = new CohortScaling[n];
        codes = new int[n][];
        oneHot = new String[n][];
        int max = 0;
        for (int c = 0; c < n; c++) {
            FeatureEncoding.EncodedColumn col = encoding.columns().get(c);
            FeatureColumn data = matrix.columns().get(c);
            if (col.kind() == FeatureKind.CATEGORICAL) {
                FeatureColumn.Categorical cat = (FeatureColumn.Categorical) data;
                codes[c] = cat.codes();
                oneHot[c] = new String[cat.levels().size()];
                for (int l = 0; l < cat.levels().size(); l++) {
                    oneHot[c][l] = col.oneHotName(cat.levels().get(l));
                }
                max += 1;
            } else {
                numeric[c] = ((FeatureColumn.Numeric) data).values();
                scaling[c] = encoding.scaling(c, matrix);
                max += col.missingIndicator() ? 2 : 1;
            }
        }
        maxFeatures = max;
    }

    /** The example of one row; {@code label} is the row's label, or {@code LabelFactory.UNKNOWN_LABEL} to score. */
    Example<Label> example(int row, Label label) {
        String[] names = new String[maxFeatures];
        double[] values = new double[maxFeatures];
        int k = 0;
        List<FeatureEncoding.EncodedColumn> cols = encoding.columns();
        for (int c = 0; c < cols.size(); c++) {
            FeatureEncoding.EncodedColumn col = cols.get(c);
            if (codes[c] != null) {
                int code = codes[c][row];
                String name = code >= 0 && code < oneHot[c].length ? oneHot[c][code] : null;
                if (name != null) {
                    names[k] = name;
                    values[k++] = 1.0;
                }
            } else {
                double v = numeric[c][row];
                if (scaling[c] != null) {
                    v *= scaling[c].factor(row);
                }
                boolean missing = Double.isNaN(v);
                names[k] = col.name();
                values[k++] = missing || col.sd() == 0 ? 0.0 : (v - col.mean()) / col.sd();
                if (col.missingIndicator()) {
                    names[k] = col.name() + FeatureEncoding.MISSING_SUFFIX;
                    values[k++] = missing ? 1.0 : 0.0;
                }
            }
        }
        if (k < maxFeatures) {
            names = java.util.Arrays.copyOf(names, k);
            values = java.util.Arrays.copyOf(values, k);
        }
        return new ArrayExample<>(label, names, values);
    }

    /** Labelled examples of the given rows (rows must have a label). */
    List<Example<Label>> labelled(FeatureMatrix matrix, int[] rows) {
        List<Example<Label>> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(example(r, matrix.label()[r] == 1 ? POSITIVE : NEGATIVE));
        }
        return out;
    }
}
