package nl.vroegsignaal.core;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file as records of Strings, read by the one {@link CsvParser} in a {@link CsvDialect}: for tables
 * that are small enough to hold a record's fields as Strings (a user's own table), not for the contract
 * files, which the linker reads as bytes. A syntax error or a field that is not UTF-8 ends the reading with
 * an {@link InputException} naming the file, the line and the column.
 */
public final class CsvRecords implements Closeable {
    private final String name;
    private final CsvParser parser;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private String[] header;

    public CsvRecords(Path file, CsvDialect dialect) throws IOException {
        this.name = file.toString();
        this.parser = new CsvParser(Files.newInputStream(file), null, dialect, 1 << 16, CsvParser.MAX_RECORD);
    }

    /**
     * The next record's fields, or null at the end of the file. The first record is taken as the header:
     * later errors name its columns.
     */
    public String[] next() throws IOException {
        if (!parser.next()) {
            return null;
        }
        if (parser.fatal() || parser.problem() != null) {
            throw new InputException(new InputError(name, parser.line(), column(parser.problemField()),
                    parser.problem()));
        }
        String[] fields = new String[parser.fieldCount()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = text(i);
        }
        if (header == null) {
            header = fields;
        }
        return fields;
    }

    /** The physical line on which the record last returned starts (1-based). */
    public long line() {
        return parser.line();
    }

    private String text(int i) {
        int start = parser.start(i);
        int len = parser.end(i) - start;
        if (!parser.nonAscii()) {
            return new String(parser.bytes(), start, len, StandardCharsets.ISO_8859_1);
        }
        try {
            return utf8.reset().decode(ByteBuffer.wrap(parser.bytes(), start, len)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(new InputError(name, parser.line(), column(i),
                    "not UTF-8 text: save the table as CSV UTF-8"));
        }
    }

    /** The header's name of a 0-based field, its 1-based number when there is no such name, or null. */
    private String column(int field) {
        if (field < 0) {
            return null;
        }
        return header != null && field < header.length && !header[field].isEmpty() ? header[field]
                : String.valueOf(field + 1);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
