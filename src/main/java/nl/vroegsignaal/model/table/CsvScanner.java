package nl.vroegsignaal.model.table;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a UTF-8 file, tolerant of what spreadsheet exports do: a byte-order mark, CRLF or LF
 * line ends, values padded with spaces (trimmed), quoted fields with doubled quotes and line breaks inside.
 */
final class CsvScanner implements Closeable {
    private final PushbackReader in;
    private final char separator;
    private long line = 1;
    private long recordLine;
    private boolean started;

    /** A record that breaks the quoting rules, at a line. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final long line;

        SyntaxError(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    CsvScanner(Path file, char separator) throws IOException {
        BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        this.in = new PushbackReader(reader, 2);
        this.separator = separator;
    }

    /** The line on which the record last returned by {@link #next()} started (1-based). */
    long recordLine() {
        return recordLine;
    }

    /** The next record's trimmed fields, or null at the end of the file. */
    String[] next() throws IOException, SyntaxError {
        int c = in.read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean afterQuote = false;
        while (true) {
            if (inQuotes) {
                if (c == -1) {
                    throw new SyntaxError(recordLine, "a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    int d = in.read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        inQuotes = false;
                        afterQuote = true;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == separator) {
                fields.add(field.toString().trim());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r') {
                    int d = in.read();
                    if (d != '\n' && d != -1) {
                        in.unread(d);
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString().trim());
                return fields.toArray(new String[0]);
            } else if (afterQuote) {
                if (c != ' ' && c != '\t') {
                    throw new SyntaxError(line, "text after the closing quote of a field; a quote inside a "
                            + "quoted field is written as two quotes (\"\")");
                }
            } else if (c == '"' && field.toString().isBlank()) {
                inQuotes = true;
                field.setLength(0);
            } else {
                field.append((char) c);
            }
            c = in.read();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
