package nl.vroegsignaal.explain;

import java.util.List;

/**
 * Additive explanations of a binary model's log-odds of label "1" versus "0", one row per example:
 * {@code base[r] + sum_j values[r][j]} equals the model's own log-odds for row r. Columns are the model's
 * features in its feature-id order, named as Tribuo names them ({@code name} or {@code name=level}).
 *
 * @param featureNames the model's feature names, index = Tribuo feature id
 * @param base         per row, the part of the log-odds no feature accounts for (bias, or the tree ensemble's
 *                     expected value)
 * @param values       per row and feature, that feature's contribution to the log-odds
 */
public record Contributions(List<String> featureNames, double[] base, double[][] values) {

    public Contributions {
        featureNames = List.copyOf(featureNames);
        if (base.length != values.length) {
            throw new IllegalArgumentException("base has " + base.length + " rows, values " + values.length);
        }
        for (double[] row : values) {
            if (row.length != featureNames.size()) {
                throw new IllegalArgumentException("a row has " + row.length + " contributions for "
                        + featureNames.size() + " features");
            }
        }
    }

    public int rows() {
        return base.length;
    }

    /** The log-odds the contributions add up to: base plus all contributions of the row. */
    public double logOdds(int row) {
        double sum = base[row];
        for (double v : values[row]) {
            sum += v;
        }
        return sum;
    }

    /** The contribution of one named Tribuo feature in a row (0 for a name the model does not know). */
    public double contribution(int row, String featureName) {
        int j = featureNames.indexOf(featureName);
        return j < 0 ? 0.0 : values[row][j];
    }
}
