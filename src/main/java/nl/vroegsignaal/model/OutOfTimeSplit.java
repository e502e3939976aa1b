package nl.vroegsignaal.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * Train on the older labelled cohorts, validate on the next, test on the newest: never a random split of
 * persons, because the model will always score a cohort later than the ones it learned from.
 */
public record OutOfTimeSplit(List<Cohort> train, List<Cohort> validation, List<Cohort> test) implements DataSplit {

    /** One peildatum (or period of a table's time column): its key in the matrix and how it prints. */
    public record Cohort(int key, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public OutOfTimeSplit {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
        test = List.copyOf(test);
    }

    /** Split on the matrix's peildata (epoch days), printed as ISO dates. */
    public static OutOfTimeSplit byPeildatum(FeatureMatrix matrix, int validationCohorts, int testCohorts) {
        return of(matrix, validationCohorts, testCohorts, key -> LocalDate.ofEpochDay(key).toString());
    }

    /**
     * Split the labelled cohorts (peildata with at least one labelled row): the newest {@code testCohorts} test,
     * the {@code validationCohorts} before them validate, all older ones train.
     *
     * @throws InputException when there are not enough labelled cohorts for all three roles
     */
    public static OutOfTimeSplit of(FeatureMatrix matrix, int validationCohorts, int testCohorts,
                                    IntFunction<String> label) {
        TreeMap<Integer, Integer> labelledPerCohort = new TreeMap<>();
        for (int r = 0; r < matrix.rows(); r++) {
            if (matrix.label()[r] != FeatureMatrix.NO_LABEL) {
                labelledPerCohort.merge(matrix.peildatum()[r], 1, Integer::sum);
            }
        }
        List<Cohort> cohorts = new ArrayList<>();
        for (int key : labelledPerCohort.keySet()) {
            cohorts.add(new Cohort(key, label.apply(key)));
        }
        int needed = validationCohorts + testCohorts + 1;
        if (cohorts.size() < needed) {
            throw new InputException("an out-of-time split needs at least " + needed + " labelled cohorts ("
                    + "training, " + validationCohorts + " for validation, " + testCohorts + " for test); found "
                    + cohorts.size() + (cohorts.isEmpty() ? "" : ": " + join(cohorts))
                    + ". Provide more years of data, or lower train.split.validationCohorts/testCohorts.");
        }
        int n = cohorts.size();
        return new OutOfTimeSplit(cohorts.subList(0, n - needed + 1),
                cohorts.subList(n - testCohorts - validationCohorts, n - testCohorts),
                cohorts.subList(n - testCohorts, n));
    }

    @Override
    public SplitRows assign(FeatureMatrix matrix) {
        Map<Integer, Integer> role = new HashMap<>();
        train.forEach(c -> role.put(c.key(), 0));
        validation.forEach(c -> role.put(c.key(), 1));
        test.forEach(c -> role.put(c.key(), 2));
        int[] counts = new int[3];
        int[] roleOf = new int[matrix.rows()];
        for (int r = 0; r < matrix.rows(); r++) {
            Integer x = matrix.label()[r] == FeatureMatrix.NO_LABEL ? null : role.get(matrix.peildatum()[r]);
            roleOf[r] = x == null ? -1 : x;
            if (x != null) {
                counts[x]++;
            }
        }
        int[][] rows = {new int[counts[0]], new int[counts[1]], new int[counts[2]]};
        int[] fill = new int[3];
        for (int r = 0; r < roleOf.length; r++) {
            if (roleOf[r] >= 0) {
                rows[roleOf[r]][fill[roleOf[r]]++] = r;
            }
        }
        return new SplitRows(rows[0], rows[1], rows[2]);
    }

    @Override
    public boolean outOfTime() {
        return true;
    }

    @Override
    public String describe() {
        return "out-of-time split: train on " + join(train) + "; validation (hyperparameters, calibration) on "
                + join(validation) + "; test (this report) on " + join(test);
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String join(List<Cohort> cohorts) {
        return cohorts.stream().map(Cohort::label).collect(Collectors.joining(", "));
    }
}
