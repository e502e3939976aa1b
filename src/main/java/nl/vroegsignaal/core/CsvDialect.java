package nl.vroegsignaal.core;

/**
 * How {@link CsvParser} reads a file. Both dialects are UTF-8 RFC 4180 (quotes with {@code ""} inside, line
 * breaks inside quotes, LF or CRLF line ends, a byte-order mark skipped).
 *
 * @param separator the field separator
 * @param trim      whether spaces and tabs around a field (and around its quotes) are dropped, as spreadsheet
 *                  exports write them; the contract dialect keeps every byte, so that a padded value is an error
 */
public record CsvDialect(char separator, boolean trim) {
    /** The data contract: comma-separated, nothing trimmed. */
    public static final CsvDialect CONTRACT = new CsvDialect(',', false);

    public CsvDialect {
        if (separator == '"' || separator == '\n' || separator == '\r' || separator > 0x7F) {
            throw new IllegalArgumentException("the separator must be one ASCII character, not a quote or a line end");
        }
    }

    /** A user's own table: any separator (',' ';' tab), values trimmed. */
    public static CsvDialect table(char separator) {
        return new CsvDialect(separator, true);
    }
}
