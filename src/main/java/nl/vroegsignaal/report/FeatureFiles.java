package nl.vroegsignaal.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * The person-level outputs of {@code link}: {@code features.csv} (what a model may see) and
 * {@code protected.csv} (what only the fairness audit may see), in the same row order.
 */
public final class FeatureFiles {
    public static final String FEATURES = "features.csv";
    public static final String PROTECTED = "protected.csv";

    private FeatureFiles() {
    }

    /** pseudoniem, peildatum, label (empty where unknown or censored), then the features in catalogue order. */
    public static void writeFeatures(Writer out, FeatureMatrix m) throws IOException {
        StringBuilder sb = new StringBuilder("pseudoniem,peildatum,label");
        for (FeatureDefinition f : m.catalogue().features()) {
            sb.append(',').append(Csv.field(f.name()));
        }
        out.write(sb.append('\n').toString());
        int columns = m.columns().size();
        double[][] numeric = new double[columns][];
        int[][] codes = new int[columns][];
        String[][] levels = new String[columns][];
        for (int c = 0; c < columns; c++) {
            FeatureColumn col = m.columns().get(c);
            if (col instanceof FeatureColumn.Numeric n) {
                numeric[c] = n.values();
            } else {
                FeatureColumn.Categorical cat = (FeatureColumn.Categorical) col;
                codes[c] = cat.codes();
                levels[c] = cat.levels().stream().map(Csv::field).toArray(String[]::new);
            }
        }
        Dates dates = new Dates();
        for (int r = 0; r < m.rows(); r++) {
            sb.setLength(0);
            sb.append(Csv.field(m.pseudonym()[r])).append(',').append(dates.iso(m.peildatum()[r])).append(',');
            if (m.label()[r] != FeatureMatrix.NO_LABEL) {
                sb.append(m.label()[r]);
            }
            for (int c = 0; c < columns; c++) {
                sb.append(',');
                if (numeric[c] != null) {
                    double v = numeric[c][r];
                    if (v == (long) v) {
                        sb.append((long) v);
                    } else {
                        sb.append(Csv.number(v));
                    }
                } else {
                    sb.append(levels[c][codes[c][r]]);
                }
            }
            out.write(sb.append('\n').toString());
        }
    }

    /** pseudoniem, peildatum, geslacht, herkomst: the protected attributes per row of the matrix. */
    public static void writeProtected(Writer out, FeatureMatrix m, AuditAttributes audit) throws IOException {
        out.write("pseudoniem,peildatum,geslacht,herkomst\n");
        Dates dates = new Dates();
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < m.rows(); r++) {
            sb.setLength(0);
            sb.append(Csv.field(m.pseudonym()[r])).append(',').append(dates.iso(m.peildatum()[r])).append(',')
                    .append(Csv.field(audit.column(AuditAttributes.GESLACHT).value(r))).append(',')
                    .append(Csv.field(audit.column(AuditAttributes.HERKOMST).value(r))).append('\n');
            out.write(sb.toString());
        }
    }

    /** Rows come grouped by peildatum, so remembering the last date avoids formatting it per row. */
    private static final class Dates {
        private int day = Integer.MIN_VALUE;
        private String text;

        String iso(int epochDay) {
            if (epochDay != day) {
                day = epochDay;
                text = LocalDate.ofEpochDay(epochDay).toString();
            }
            return text;
        }
    }
}
