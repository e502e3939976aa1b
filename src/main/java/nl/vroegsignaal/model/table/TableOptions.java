package nl.vroegsignaal.model.table;

import java.nio.file.Path;
import java.util.List;

/**
 * How to read a flat table: which column is the label (and which of its values is predicted), which is time,
 * which identifies rows, which hold protected attributes (kept away from the model, for the audit only).
 *
 * @param label     the label column (required)
 * @param positive  the label value predicted; required unless the label is 0/1, true/false, ja/nee or yes/no
 * @param time      the time column (dates yyyy-MM-dd or whole numbers), or null: then no out-of-time split
 * @param id        a column identifying the person (a pseudonym), or null: rows are then named by line
 * @param protectedColumns columns removed before anything reaches the model
 * @param separator the field separator (',' by default; ';' for Dutch Excel exports)
 */
public record TableOptions(Path file, String label, String positive, String time, String id,
                           List<String> protectedColumns, char separator) {
    public TableOptions {
        protectedColumns = List.copyOf(protectedColumns);
        if (separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("the separator cannot be a quote or a line end");
        }
    }
}
