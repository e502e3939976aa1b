package nl.vroegsignaal.model.table;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * A user's table read for training: the features as a {@link FeatureMatrix} (label 1 for the positive value,
 * 0 for any other, no label where the cell is empty) and, apart from it, the protected columns, which no model
 * ever receives.
 *
 * @param matrix           what models may see; the time column's values are in {@code peildatum}
 * @param protectedColumns per --protected column, its raw value per row (same row order), for the audit only
 * @param timeKind         how the time column was read, or null when there is none
 * @param sha256           of the table file
 * @param labelDescription e.g. {@code column 'uitval' = 'ja' (positive) vs 'nee'}
 * @param options          how the table was read
 */
public record FlatTable(FeatureMatrix matrix, Map<String, String[]> protectedColumns, TimeKind timeKind,
                        String sha256, String labelDescription, TableOptions options) {

    /** How the time column was read. */
    public enum TimeKind {
        /** ISO dates, stored as epoch days. */
        DATE,
        /** Whole numbers such as a school year, stored as they are. */
        NUMBER
    }

    public FlatTable {
        protectedColumns = Map.copyOf(protectedColumns);
    }

    public boolean hasTime() {
        return timeKind != null;
    }

    /** How a time value prints (for the split's description). */
    public IntFunction<String> timeLabel() {
        return timeKind == TimeKind.DATE ? key -> LocalDate.ofEpochDay(key).toString() : Integer::toString;
    }

    /** The protected columns' names. */
    public List<String> protectedNames() {
        return protectedColumns.keySet().stream().sorted().toList();
    }
}
