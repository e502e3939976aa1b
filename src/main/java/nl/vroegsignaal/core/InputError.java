package nl.vroegsignaal.core;

/**
 * One located problem in an input file. {@code line} and {@code column} are 1-based; 0 means "not
 * applicable" (a missing file has no line). The message must never contain a person-level value other
 * than a code or a date: callers decide what to quote. Control characters are escaped when printed.
 */
public record InputError(String file, long line, String column, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(Printable.escape(file));
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (column != null && !column.isEmpty()) {
            sb.append("column ").append(Printable.escape(column)).append(": ");
        }
        return sb.append(Printable.escape(message)).toString();
    }
}
