package nl.vroegsignaal.model.table;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.vroegsignaal.core.CsvDialect;

/**
 * How to read a flat table: which column is the label (and which of its values is predicted), which is time,
 * which identifies rows, which hold protected attributes (kept away from the model, for the audit only), and
 * the types of feature columns the user declares instead of leaving them to be inferred.
 *
 * @param label     the label column (required)
 * @param positive  the label value predicted; required unless the label is 0/1, true/false, ja/nee or yes/no
 * @param time      the time column (dates yyyy-MM-dd or whole numbers), or null: then no out-of-time split
 * @param id        a column identifying the person (a pseudonym), or null: rows are then named by line
 * @param protectedColumns columns removed before anything reaches the model
 * @param separator the field separator (',' by default; ';' for Dutch Excel exports)
 * @param declared  feature columns whose type the user declares (e.g. an integer-coded course code as
 *                  categorical, or a whole-number measurement that would otherwise look like an identifier)
 */
public record TableOptions(Path file, String label, String positive, String time, String id,
                           List<String> protectedColumns, char separator, Map<String, ColumnType> declared) {
    /** A declared type of a feature column. */
    public enum ColumnType {
        NUMERIC, CATEGORICAL
    }

    public TableOptions {
        protectedColumns = List.copyOf(protectedColumns);
        declared = Collections.unmodifiableMap(new TreeMap<>(declared));
        dialect(separator); // refuses a quote or a line end
    }

    /** Without declared types: every feature column's type is inferred. */
    public TableOptions(Path file, String label, String positive, String time, String id,
                        List<String> protectedColumns, char separator) {
        this(file, label, positive, time, id, protectedColumns, separator, Map.of());
    }

    /** The tolerant CSV dialect of a user's table, with this separator. */
    public CsvDialect dialect() {
        return dialect(separator);
    }

    private static CsvDialect dialect(char separator) {
        return CsvDialect.table(separator);
    }
}
