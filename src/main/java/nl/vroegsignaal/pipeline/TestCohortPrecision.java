package nl.vroegsignaal.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.explain.AgeBand;
import nl.vroegsignaal.explain.PersonContext;
import nl.vroegsignaal.explain.SignalExplainer;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.model.TribuoRiskModel;

/**
 * "How often is a signal right", per list: the lists' selection rule applied to the model's test cohort (the
 * newest labelled cohort, never used to train or calibrate), and per age band the share of the persons chosen
 * who left school without a qualification. Not measured (empty) when the input holds no labelled test cohort,
 * or when a band's list there holds fewer than 10 persons who left or fewer than 10 who did not: a share of so
 * few would let a reader work out a statistic about fewer than 10 persons.
 */
final class TestCohortPrecision {
    private TestCohortPrecision() {
    }

    static Map<AgeBand, OptionalDouble> measure(SavedModel saved, FeatureMatrix m, ListCapacity capacity) {
        Map<AgeBand, OptionalDouble> out = new EnumMap<>(AgeBand.class);
        for (AgeBand b : AgeBand.values()) {
            out.put(b, OptionalDouble.empty());
        }
        java.util.List<String> test = saved.provenance().split().test();
        if (test.size() != 1) {
            return out;
        }
        LocalDate p;
        try {
            p = LocalDate.parse(test.get(0));
        } catch (DateTimeParseException e) {
            return out; // a --table model: no test peildatum to find in this input
        }
        int[] rows = Arrays.stream(SignalExplainer.rowsAt(m, p)).filter(r -> m.label()[r] != FeatureMatrix.NO_LABEL)
                .toArray();
        if (rows.length == 0) {
            return out;
        }
        TribuoRiskModel model = saved.model();
        double[] raw = model.rawScores(m, rows);
        double[] risk = model.calibration().applyAll(raw);
        String[] pseudonyms = Arrays.stream(rows).mapToObj(r -> m.pseudonym()[r]).toArray(String[]::new);
        Map<AgeBand, int[]> chosen = capacity.selection(m, rows).select(risk, raw, pseudonyms,
                PersonContext.bands(m, rows));
        for (AgeBand b : AgeBand.values()) {
            int[] c = chosen.get(b);
            long left = Arrays.stream(c).filter(i -> m.label()[rows[i]] == 1).count();
            if (!Disclosure.hidesRate(left, c.length)) {
                out.put(b, OptionalDouble.of((double) left / c.length));
            }
        }
        return out;
    }
}
