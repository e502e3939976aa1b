package nl.vroegsignaal.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureKind;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * How catalogue features become model inputs, fitted on the training rows and saved beside the model
 * ({@code features.json}) so that scoring encodes exactly as training did.
 * <ul>
 * <li>Numeric and binary: standardised with the training mean and standard deviation, so that the logistic
 * regression's L2 penalty treats features alike (trees are unaffected by this monotone transform). A missing
 * value (NaN) becomes the training mean (0 after standardising) and, when the column had missing values in
 * training, a {@code name#missing} indicator is 1. Every numeric feature is always present in an example,
 * so models see one dense, consistent layout.</li>
 * <li>Categorical: one-hot {@code name=level} (1.0) for the levels seen in training; an unseen or missing level
 * sets none of them. A column with many levels (the wijk at nation scale: thousands) keeps at most
 * {@link #MAX_LEVELS} levels of its own, the most frequent ones with at least {@link #MIN_LEVEL_ROWS} training
 * rows; every other level, and a level unseen in training, sets the one input {@code name=(overig)}. So the
 * number of model inputs stays small at any scale, and an explanation still adds the pooled input to the
 * column's own family.</li>
 * <li>Cohort-relative (numeric features named in {@code train.cohortRelative}, by default the registered absence
 * counts and hours): before standardising, a value is multiplied by the training mean of the feature divided by
 * the mean of the feature over all rows of the same peildatum in the matrix being encoded
 * ({@link CohortScaling}). A change in how strictly schools register absence moves a whole cohort's counts;
 * measured against its own cohort, a count keeps the meaning it had in training. The same rule applies when
 * training and when scoring, so a model's input never depends on which rows of a cohort are scored.</li>
 * </ul>
 *
 * @param catalogueVersion version of the feature catalogue the model was trained with
 * @param columns          one entry per catalogue feature, in catalogue order
 */
public record FeatureEncoding(String catalogueVersion, List<EncodedColumn> columns) {

    /** Suffix of the missing-value indicator feature. */
    public static final String MISSING_SUFFIX = "#missing";
    /** The level standing for every level that has no input of its own in a pooled column. */
    public static final String OTHER_LEVEL = "(overig)";
    /** Most levels a categorical column keeps as inputs of their own. */
    static final int MAX_LEVELS = 50;
    /**
     * Fewest training rows for a level of its own in a column that has to pool: with a rare outcome, a one-hot
     * input on fewer rows holds a handful of cases, which trees chase and a penalty cannot tell from signal.
     */
    static final int MIN_LEVEL_ROWS = 100;

    public FeatureEncoding {
        columns = List.copyOf(columns);
    }

    /**
     * One catalogue feature as the model sees it.
     *
     * @param mean             training mean (numeric/binary), else 0
     * @param sd               training standard deviation (numeric/binary; 0 for a constant column), else 0
     * @param missingIndicator whether a {@code name#missing} indicator feature exists
     * @param levels           categorical levels with an input of their own (empty for numeric)
     * @param pooled           whether every other level sets the input {@code name=(overig)}
     * @param cohortReference  for a cohort-relative column, the training mean its cohort means are scaled to;
     *                         null for every other column (and in model folders saved before it existed)
     */
    public record EncodedColumn(String name, FeatureKind kind, double mean, double sd, boolean missingIndicator,
                                List<String> levels, boolean pooled,
                                @JsonInclude(JsonInclude.Include.NON_NULL) Double cohortReference) {
        public EncodedColumn {
            levels = List.copyOf(levels);
            if (cohortReference != null && !(cohortReference > 0 && Double.isFinite(cohortReference))) {
                throw new IllegalArgumentException("feature " + name + ": a cohort reference must be a positive "
                        + "number, got " + cohortReference);
            }
        }

        /** A column that is not cohort-relative. */
        public EncodedColumn(String name, FeatureKind kind, double mean, double sd, boolean missingIndicator,
                             List<String> levels, boolean pooled) {
            this(name, kind, mean, sd, missingIndicator, levels, pooled, null);
        }

        /** Whether the column's values are scaled to their cohort's mean before standardising. */
        public boolean cohortRelative() {
            return cohortReference != null;
        }

        /** The one-hot input a level sets, or null for none (a missing level; an unseen one unless pooled). */
        public String oneHotName(String level) {
            if (level == null) {
                return null;
            }
            if (levels.contains(level)) {
                return name + "=" + level;
            }
            return pooled ? name + "=" + OTHER_LEVEL : null;
        }
    }

    /** Fits the encoding on the given rows (the training rows: nothing of validation or test leaks in). */
    public static FeatureEncoding fit(FeatureMatrix matrix, int[] rows) {
        return fit(matrix, rows, List.of());
    }

    /**
     * The same, with the named numeric features cohort-relative (names the data does not hold are skipped). A
     * cohort's mean is taken over all its rows in the matrix, labelled or not, as it will be when scoring; the
     * reference is the mean over the training rows; the standardisation is then fitted on the scaled values.
     *
     * @throws InputException when a named feature is categorical
     */
    public static FeatureEncoding fit(FeatureMatrix matrix, int[] rows, Collection<String> cohortRelative) {
        List<FeatureDefinition> defs = matrix.catalogue().features();
        Set<String> relative = new HashSet<>(cohortRelative);
        List<EncodedColumn> out = new ArrayList<>(defs.size());
        for (int c = 0; c < defs.size(); c++) {
            FeatureDefinition def = defs.get(c);
            FeatureColumn column = matrix.columns().get(c);
            if (column instanceof FeatureColumn.Numeric num) {
                double[] values = num.values();
                Double reference = null;
                if (relative.contains(def.name())) {
                    reference = mean(values, rows);
                    if (reference > 0) {
                        values = CohortScaling.scaled(values, matrix.peildatum(), reference);
                    } else {
                        reference = null; // never seen in training: nothing to scale to
                    }
                }
                out.add(numeric(def, values, rows, reference));
            } else {
                if (relative.contains(def.name())) {
                    throw new InputException("train.cohortRelative: feature '" + def.name() + "' is categorical; "
                            + "only numeric features can be taken relative to their cohort");
                }
                out.add(categorical(def.name(), (FeatureColumn.Categorical) column, rows));
            }
        }
        return new FeatureEncoding(matrix.catalogue().version(), out);
    }

    /**
     * How numeric column {@code c} of the matrix is scaled before standardising: null when the column is read as
     * it is, else the cohort scaling of a cohort-relative column (a row's value times {@code factor(row)}).
     */
    CohortScaling scaling(int c, FeatureMatrix matrix) {
        EncodedColumn col = columns.get(c);
        if (!col.cohortRelative()) {
            return null;
        }
        return CohortScaling.of(((FeatureColumn.Numeric) matrix.columns().get(c)).values(), matrix.peildatum(),
                col.cohortReference());
    }

    private static double mean(double[] values, int[] rows) {
        double sum = 0;
        long n = 0;
        for (int r : rows) {
            if (!Double.isNaN(values[r])) {
                sum += values[r];
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static EncodedColumn categorical(String name, FeatureColumn.Categorical cat, int[] rows) {
        int[] count = new int[cat.levels().size()];
        for (int r : rows) {
            int code = cat.codes()[r];
            if (code >= 0) {
                count[code]++;
            }
        }
        List<Integer> seen = new ArrayList<>();
        for (int l = 0; l < count.length; l++) {
            if (count[l] > 0) {
                seen.add(l);
            }
        }
        if (seen.size() <= MAX_LEVELS) {
            List<String> levels = new ArrayList<>();
            seen.forEach(l -> levels.add(cat.levels().get(l)));
            return new EncodedColumn(name, FeatureKind.CATEGORICAL, 0, 0, false, levels, false);
        }
        // most frequent first, ties in level order, so the choice does not depend on anything but the counts
        seen.sort((a, b) -> count[a] != count[b] ? Integer.compare(count[b], count[a]) : Integer.compare(a, b));
        List<Integer> kept = new ArrayList<>();
        for (int l : seen) {
            if (kept.size() < MAX_LEVELS && count[l] >= MIN_LEVEL_ROWS) {
                kept.add(l);
            }
        }
        kept.sort(Integer::compare);
        List<String> levels = new ArrayList<>();
        kept.forEach(l -> levels.add(cat.levels().get(l)));
        return new EncodedColumn(name, FeatureKind.CATEGORICAL, 0, 0, false, levels, true);
    }

    private static EncodedColumn numeric(FeatureDefinition def, double[] values, int[] rows, Double reference) {
        double sum = 0;
        long n = 0;
        boolean missing = false;
        for (int r : rows) {
            double v = values[r];
            if (Double.isNaN(v)) {
                missing = true;
            } else {
                sum += v;
                n++;
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        double ss = 0;
        for (int r : rows) {
            double v = values[r];
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = n < 2 ? 0 : Math.sqrt(ss / n);
        FeatureKind kind = def.kind() == FeatureKind.BINARY ? FeatureKind.BINARY : FeatureKind.NUMERIC;
        return new EncodedColumn(def.name(), kind, mean, sd, missing, List.of(), false, reference);
    }

    /** The one-hot input of a level of column {@code c}, or null when the level sets none. */
    String oneHotName(int c, String level) {
        return columns.get(c).oneHotName(level);
    }

    /** The model's input feature names, in column order (numeric, its indicator, then one-hot levels). */
    public List<String> modelFeatureNames() {
        List<String> names = new ArrayList<>();
        for (EncodedColumn c : columns) {
            if (c.kind() == FeatureKind.CATEGORICAL) {
                for (String level : c.levels()) {
                    names.add(c.name() + "=" + level);
                }
                if (c.pooled()) {
                    names.add(c.name() + "=" + OTHER_LEVEL);
                }
            } else {
                names.add(c.name());
                if (c.missingIndicator()) {
                    names.add(c.name() + MISSING_SUFFIX);
                }
            }
        }
        return names;
    }

    /**
     * Refuses a matrix whose features differ from the ones the model was trained on (names, order, kinds), so
     * that a model is never silently fed shifted columns.
     */
    public void checkMatches(FeatureMatrix matrix, String source) {
        List<FeatureDefinition> defs = matrix.catalogue().features();
        List<String> problems = new ArrayList<>();
        if (defs.size() != columns.size()) {
            problems.add("the model expects " + columns.size() + " features, the data has " + defs.size());
        }
        for (int c = 0; c < Math.min(defs.size(), columns.size()); c++) {
            EncodedColumn want = columns.get(c);
            FeatureDefinition got = defs.get(c);
            boolean wantCategorical = want.kind() == FeatureKind.CATEGORICAL;
            boolean gotCategorical = matrix.columns().get(c) instanceof FeatureColumn.Categorical;
            if (!want.name().equals(got.name())) {
                problems.add("feature " + (c + 1) + " is '" + got.name() + "', the model expects '" + want.name()
                        + "'");
            } else if (wantCategorical != gotCategorical) {
                problems.add("feature '" + want.name() + "' is " + (gotCategorical ? "categorical" : "numeric")
                        + " in the data, the model expects " + (wantCategorical ? "categorical" : "numeric"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(source + ": the data does not fit the model (trained with feature catalogue "
                    + catalogueVersion + ", data has " + matrix.catalogue().version() + "): "
                    + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? "; and " + (problems.size() - 5) + " more" : ""));
        }
    }
}
