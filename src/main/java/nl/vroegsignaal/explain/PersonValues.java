package nl.vroegsignaal.explain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * One person's own feature values, read by catalogue name from a {@link FeatureMatrix} row: what a reason
 * states ("3 meldingen"). Missing values (NaN, or a categorical code outside the levels) read as empty.
 */
public final class PersonValues {
    private final FeatureMatrix matrix;
    private final Map<String, Integer> columns;
    private final int row;

    private PersonValues(FeatureMatrix matrix, Map<String, Integer> columns, int row) {
        this.matrix = matrix;
        this.columns = columns;
        this.row = row;
    }

    /** A reader for every row of the matrix; index the catalogue once and take {@link #row(int)} per person. */
    public static Reader of(FeatureMatrix matrix) {
        List<FeatureDefinition> defs = matrix.catalogue().features();
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < defs.size(); c++) {
            columns.put(defs.get(c).name(), c);
        }
        return row -> new PersonValues(matrix, columns, row);
    }

    /** Gives the values of one row. */
    @FunctionalInterface
    public interface Reader {
        PersonValues row(int row);
    }

    /** A numeric or binary feature's value. */
    public OptionalDouble number(String feature) {
        Integer c = columns.get(feature);
        if (c == null || !(matrix.columns().get(c) instanceof FeatureColumn.Numeric n)) {
            return OptionalDouble.empty();
        }
        double v = n.values()[row];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** A categorical feature's level. */
    public Optional<String> level(String feature) {
        Integer c = columns.get(feature);
        if (c == null || !(matrix.columns().get(c) instanceof FeatureColumn.Categorical cat)) {
            return Optional.empty();
        }
        int code = cat.codes()[row];
        return code >= 0 && code < cat.levels().size() ? Optional.of(cat.levels().get(code)) : Optional.empty();
    }

    /** True when a binary feature is 1. */
    public boolean isSet(String feature) {
        OptionalDouble v = number(feature);
        return v.isPresent() && v.getAsDouble() == 1.0;
    }

    /** A count that is at least 1, else empty (a zero count states nothing that raises a risk). */
    public OptionalDouble positive(String feature) {
        OptionalDouble v = number(feature);
        return v.isPresent() && v.getAsDouble() > 0 ? v : OptionalDouble.empty();
    }
}
