package nl.vroegsignaal.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Tablesaw views of a feature set, for notebooks and summaries; never passed between stages. */
final class FeatureTables {
    private FeatureTables() {
    }

    /** pseudoniem, peildatum, label (missing where unknown), then the features; no protected attribute. */
    static Table features(FeatureMatrix m) {
        List<Column<?>> columns = new ArrayList<>();
        columns.add(StringColumn.create("pseudoniem", m.pseudonym()));
        LocalDate[] dates = new LocalDate[m.rows()];
        Integer[] labels = new Integer[m.rows()];
        for (int r = 0; r < m.rows(); r++) {
            dates[r] = LocalDate.ofEpochDay(m.peildatum()[r]);
            labels[r] = m.label()[r] == FeatureMatrix.NO_LABEL ? null : (int) m.label()[r];
        }
        columns.add(DateColumn.create("peildatum", dates));
        columns.add(IntColumn.create("label", labels));
        for (int c = 0; c < m.columns().size(); c++) {
            String name = m.catalogue().features().get(c).name();
            FeatureColumn col = m.columns().get(c);
            if (col instanceof FeatureColumn.Numeric n) {
                columns.add(DoubleColumn.create(name, n.values()));
            } else {
                FeatureColumn.Categorical cat = (FeatureColumn.Categorical) col;
                String[] values = new String[m.rows()];
                for (int r = 0; r < m.rows(); r++) {
                    values[r] = cat.levels().get(cat.codes()[r]);
                }
                columns.add(StringColumn.create(name, values));
            }
        }
        return Table.create("features", columns);
    }

    static Table cohorts(List<CohortSummary> cohorts) {
        return Table.create("cohorts",
                DateColumn.create("peildatum", cohorts.stream().map(CohortSummary::peildatum)),
                IntColumn.create("population", cohorts.stream().mapToInt(CohortSummary::population)),
                IntColumn.create("labelled", cohorts.stream().mapToInt(CohortSummary::labelled)),
                IntColumn.create("censored", cohorts.stream().mapToInt(CohortSummary::censored)),
                IntColumn.create("unlabelledHorizon", cohorts.stream().mapToInt(CohortSummary::unlabelledHorizon)),
                IntColumn.create("positives", cohorts.stream().mapToInt(CohortSummary::positives)));
    }
}
