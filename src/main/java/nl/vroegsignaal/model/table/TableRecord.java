package nl.vroegsignaal.model.table;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a model's table was read, as its provenance records it, so that {@code audit --table} reads the same table
 * the same way (its held-out test rows depend on it) without the user repeating every option.
 *
 * @param file             the table's file name (not its path: the folder may move)
 * @param sha256           of the table file
 * @param protectedColumns the --protected columns at training
 * @param separator        the field separator, as one character
 * @param declared         declared feature column types, by column
 */
public record TableRecord(String file, String sha256, String label, String positive, String time, String id,
                          List<String> protectedColumns, String separator,
                          Map<String, TableOptions.ColumnType> declared) {
    public TableRecord {
        protectedColumns = protectedColumns == null ? List.of() : List.copyOf(protectedColumns);
        declared = declared == null ? Map.of() : new TreeMap<>(declared);
    }

    public static TableRecord of(TableOptions o, String sha256) {
        return new TableRecord(o.file().getFileName().toString(), sha256, o.label(), o.positive(), o.time(), o.id(),
                o.protectedColumns(), String.valueOf(o.separator()), o.declared());
    }

    /** The options to read {@code table} as the model's table was read, with these protected columns. */
    public TableOptions options(Path table, List<String> protectedColumns) {
        return new TableOptions(table, label, positive, time, id, protectedColumns, separator.charAt(0), declared);
    }
}
