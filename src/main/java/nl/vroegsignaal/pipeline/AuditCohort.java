package nl.vroegsignaal.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.explain.SignalExplainer;
import nl.vroegsignaal.explain.SignalRanking;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.model.Capacity;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.model.TrainingProvenance;
import nl.vroegsignaal.model.TribuoRiskModel;

/**
 * The audit's test cohort: the model's out-of-time test peildata (provenance {@code split.test}), their labelled
 * rows, the calibrated risk, and who is selected at the configured capacity. Selection is made per peildatum, as
 * a list would be, with the signal list's own ranking (calibrated risk, then raw score, then pseudonym), and the
 * capacity is resolved on the labelled rows, as the evaluation does, so the audit sees the evaluated operating
 * point.
 *
 * @param rows     matrix rows audited (labelled, in the test peildata), ascending
 * @param risk     calibrated risk per audited row
 * @param label    0/1 per audited row
 * @param selected on the list at capacity, per audited row
 * @param selectedCount persons selected over all test peildata
 */
record AuditCohort(List<LocalDate> peildata, int[] rows, double[] risk, byte[] label, boolean[] selected,
                   int selectedCount) {

    static List<LocalDate> testPeildata(SavedModel saved) {
        TrainingProvenance.Split split = saved.provenance().split();
        String where = saved.dir() + "/" + SavedModel.PROVENANCE;
        if (split == null || !split.outOfTime() || split.test() == null || split.test().isEmpty()) {
            throw new InputException(where + ": the model has no out-of-time test cohort (it was trained on a table "
                    + "without --time, or with a stratified split). The audit measures the model on a later school "
                    + "year than it learned from; retrain on an input folder (or a table with --time) first");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String d : split.test()) {
            try {
                dates.add(LocalDate.parse(d));
            } catch (DateTimeParseException e) {
                throw new InputException(where + ": split.test holds '" + d + "', expected a peildatum "
                        + "yyyy-MM-dd (a model trained on a table with a numeric --time cannot be audited on an input "
                        + "folder)");
            }
        }
        return List.copyOf(dates);
    }

    static AuditCohort of(SavedModel saved, FeatureMatrix m, List<LocalDate> peildata, Capacity capacity) {
        List<int[]> perDate = new ArrayList<>();
        for (LocalDate p : peildata) {
            int[] labelled = IntStream.of(SignalExplainer.rowsAt(m, p))
                    .filter(r -> m.label()[r] != FeatureMatrix.NO_LABEL).toArray();
            if (labelled.length == 0) {
                throw new InputException("the input holds no labelled rows at the model's test peildatum " + p
                        + "; audit with the input folder the model was trained on (or a later extract of it)");
            }
            perDate.add(labelled);
        }
        return of(saved, m, peildata, perDate, capacity);
    }

    /**
     * The audit cohort of given labelled rows, one array per cohort (a peildatum, a table's time value, or all
     * held-out test rows of a table without time); selection at capacity within each cohort.
     */
    static AuditCohort of(SavedModel saved, FeatureMatrix m, List<LocalDate> peildata, List<int[]> perDate,
                          Capacity capacity) {
        TribuoRiskModel model = saved.model();
        int n = perDate.stream().mapToInt(a -> a.length).sum();
        int[] rows = new int[n];
        double[] risk = new double[n];
        byte[] label = new byte[n];
        boolean[] selected = new boolean[n];
        int at = 0;
        int selectedCount = 0;
        for (int[] dateRows : perDate) {
            double[] raw = model.rawScores(m, dateRows);
            double[] cal = model.calibration().applyAll(raw);
            String[] pseudonyms = new String[dateRows.length];
            for (int i = 0; i < dateRows.length; i++) {
                pseudonyms[i] = m.pseudonym()[dateRows[i]];
            }
            int k = capacity.resolve(dateRows.length);
            for (int i : SignalRanking.top(cal, raw, pseudonyms, k)) {
                selected[at + i] = true;
            }
            selectedCount += Math.min(k, dateRows.length);
            for (int i = 0; i < dateRows.length; i++) {
                rows[at + i] = dateRows[i];
                risk[at + i] = cal[i];
                label[at + i] = m.label()[dateRows[i]];
            }
            at += dateRows.length;
        }
        return new AuditCohort(peildata, rows, risk, label, selected, selectedCount);
    }

    /**
     * Who another ranking would put on the list at the same capacity, per audited row: at each peildatum the top k
     * by {@code score} (indexed by matrix row), ties broken by pseudonym, with k resolved as for the model.
     */
    boolean[] selectBy(FeatureMatrix m, double[] score, Capacity capacity) {
        boolean[] out = new boolean[rows.length];
        int from = 0;
        while (from < rows.length) {
            int to = from;
            while (to < rows.length && m.peildatum()[rows[to]] == m.peildatum()[rows[from]]) {
                to++;
            }
            int n = to - from;
            double[] s = new double[n];
            String[] pseudonyms = new String[n];
            for (int i = 0; i < n; i++) {
                s[i] = score[rows[from + i]];
                pseudonyms[i] = m.pseudonym()[rows[from + i]];
            }
            for (int i : SignalRanking.top(s, s, pseudonyms, capacity.resolve(n))) {
                out[from + i] = true;
            }
            from = to;
        }
        return out;
    }

    /** All population rows at the given peildata (labelled or not), ascending: what the proxy check reads. */
    static int[] populationRows(FeatureMatrix m, List<LocalDate> peildata) {
        return peildata.stream().flatMapToInt(p -> IntStream.of(SignalExplainer.rowsAt(m, p))).sorted().toArray();
    }

    static AuditAttributes attributes(AuditAttributes all, int[] rows) {
        return all.rows(rows);
    }

    /** The matrix restricted to the given rows (copies; the catalogue and school codes are shared). */
    static FeatureMatrix subset(FeatureMatrix m, int[] rows) {
        String[] pseudonym = new String[rows.length];
        int[] peildatum = new int[rows.length];
        byte[] label = new byte[rows.length];
        int[] school = new int[rows.length];
        byte[] soort = new byte[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            pseudonym[i] = m.pseudonym()[r];
            peildatum[i] = m.peildatum()[r];
            label[i] = m.label()[r];
            school[i] = m.school()[r];
            soort[i] = m.onderwijssoort()[r];
        }
        List<FeatureColumn> columns = new ArrayList<>(m.columns().size());
        for (FeatureColumn c : m.columns()) {
            if (c instanceof FeatureColumn.Numeric num) {
                double[] v = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    v[i] = num.values()[rows[i]];
                }
                columns.add(new FeatureColumn.Numeric(v));
            } else {
                FeatureColumn.Categorical cat = (FeatureColumn.Categorical) c;
                int[] v = new int[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    v[i] = cat.codes()[rows[i]];
                }
                columns.add(new FeatureColumn.Categorical(v, cat.levels()));
            }
        }
        return new FeatureMatrix(m.catalogue(), pseudonym, peildatum, label, columns, school, m.schoolCodes(), soort);
    }
}
