package nl.vroegsignaal.link;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.CsvParser;

/**
 * Typed, validated access to the fields of the current record. Every check that fails adds an error naming
 * the line and column, and returns {@link #INVALID}. A value is quoted in a message only for code and date
 * columns (and never when it looks like a BSN); pseudonyms and person-level numbers are described, not shown.
 */
final class FieldReader {
    static final int INVALID = Integer.MIN_VALUE;
    /** {@link #person} result for a well-formed pseudonym that is not in personen.csv. */
    static final int UNKNOWN = -1;

    static final String BAD_PSEUDONYM = "is not a valid pseudonym: expected 8 to 64 characters from A-Z a-z 0-9 _ -";
    static final String NOT_UTF8 = "is not valid UTF-8: save the file as UTF-8";
    static final String RAW_BSN = "looks like a raw BSN (9 digits passing the elfproef); "
            + "refusing a file that seems to carry real BSNs";

    private final CsvParser parser;
    private final FileErrors errors;
    private final List<String> columns;
    private final PseudonymBytes pseudonyms = new PseudonymBytes();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean rowFailed;

    FieldReader(SourceFile source, CsvParser parser, FileErrors errors) {
        this.parser = parser;
        this.errors = errors;
        this.columns = source.columns();
    }

    void beginRow() {
        rowFailed = false;
    }

    /** True when a check of the current row failed. */
    boolean rowFailed() {
        return rowFailed;
    }

    FileErrors errors() {
        return errors;
    }

    long line() {
        return parser.line();
    }

    byte[] bytes() {
        return parser.bytes();
    }

    int start(int i) {
        return parser.start(i);
    }

    int end(int i) {
        return parser.end(i);
    }

    boolean isEmpty(int i) {
        return parser.start(i) == parser.end(i);
    }

    void error(int i, String message) {
        rowFailed = true;
        errors.add(parser.line(), i >= 0 && i < columns.size() ? columns.get(i) : null, message);
    }

    /** Strict UTF-8 check of every field of a record that has non-ASCII bytes; reports the first bad column. */
    boolean validUtf8() {
        int bad = invalidUtf8Field();
        if (bad >= 0) {
            error(bad, NOT_UTF8);
        }
        return bad < 0;
    }

    /** The first field that is not strictly valid UTF-8, or -1. */
    int invalidUtf8Field() {
        for (int i = 0; i < parser.fieldCount(); i++) {
            if (!isUtf8(i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isUtf8(int i) {
        int len = end(i) - start(i);
        utf8.reset();
        return !utf8.decode(ByteBuffer.wrap(bytes(), start(i), len), CharBuffer.allocate(len), true).isError();
    }

    /** The field as text (only after {@link #validUtf8()} or for ASCII records). */
    String text(int i) {
        return new String(bytes(), start(i), end(i) - start(i), StandardCharsets.UTF_8);
    }

    /** Checks the pseudonym's shape; true when it is well formed. */
    boolean pseudonym(int i) {
        if (pseudonyms.looksLikeBsn(bytes(), start(i), end(i))) {
            error(i, RAW_BSN);
            return false;
        }
        if (!PseudonymBytes.isWellFormed(bytes(), start(i), end(i))) {
            error(i, BAD_PSEUDONYM);
            return false;
        }
        return true;
    }

    /** The person index of the pseudonym, {@link #UNKNOWN}, or INVALID. */
    int person(int i, PersonIndex persons) {
        if (!pseudonym(i)) {
            return INVALID;
        }
        int p = persons.find(bytes(), start(i), end(i));
        return p < 0 ? UNKNOWN : p;
    }

    int date(int i) {
        if (isEmpty(i)) {
            error(i, "is empty: expected a date yyyy-MM-dd");
            return INVALID;
        }
        int d = IsoDates.epochDay(bytes(), start(i), end(i));
        if (d == IsoDates.INVALID) {
            error(i, shown(i) + "is not a valid date: expected yyyy-MM-dd");
            return INVALID;
        }
        return d;
    }

    /** An optional end date: empty means still running ({@link Dates#OPEN}). */
    int endDate(int i) {
        return isEmpty(i) ? Dates.OPEN : date(i);
    }

    /** Refuses an end before the begin (both valid); the error is on the end column. */
    void endNotBefore(int endField, int end, int beginField, int begin) {
        if (end != Dates.OPEN && end < begin) {
            error(endField, shown(endField) + "is before " + columns.get(beginField) + " '" + text(beginField) + "'");
        }
    }

    int month(int i) {
        int m = IsoDates.monthIndex(bytes(), start(i), end(i));
        if (m == IsoDates.INVALID) {
            error(i, isEmpty(i) ? "is empty: expected a month yyyy-MM" : shown(i) + "is not a valid month: expected yyyy-MM");
        }
        return m;
    }

    /** The ordinal of the code in the list, or INVALID. */
    int code(int i, CodeBytes codes) {
        int k = codes.find(bytes(), start(i), end(i));
        if (k < 0) {
            error(i, isEmpty(i) ? "is empty: expected one of " + codes.allowed()
                    : shown(i) + "is not one of " + codes.allowed());
            return INVALID;
        }
        return k;
    }

    /**
     * The most hours one absence report can cover: a school year of secondary education has at least 1000
     * hours of lessons (WVO), and a melding is about one spell of absence within a school year.
     */
    static final int MAX_HOURS = 1000;

    /** Optional non-negative whole number of hours: empty gives {@link Absences#NO_HOURS}. */
    int hours(int i) {
        if (isEmpty(i)) {
            return Absences.NO_HOURS;
        }
        if (pseudonyms.looksLikeBsn(bytes(), start(i), end(i))) {
            error(i, RAW_BSN);
            return INVALID;
        }
        byte[] b = bytes();
        int s = start(i);
        int e = end(i);
        boolean negative = b[s] == '-' && e - s > 1;
        long v = 0;
        for (int k = negative ? s + 1 : s; k < e; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                error(i, "is not a whole number: expected a non-negative whole number of hours");
                return INVALID;
            }
            v = Math.min(v * 10 + d, Integer.MAX_VALUE + 1L);
        }
        if (negative) {
            error(i, "is negative: expected a non-negative whole number of hours");
            return INVALID;
        }
        if (v > MAX_HOURS) {
            error(i, "is more than " + MAX_HOURS + ": expected at most " + MAX_HOURS
                    + " hours in one melding (a school year of lessons)");
            return INVALID;
        }
        return (int) v;
    }

    int leerjaar(int i) {
        byte[] b = bytes();
        if (end(i) - start(i) != 1 || b[start(i)] < '1' || b[start(i)] > '6') {
            error(i, "is not a whole number from 1 to 6");
            return INVALID;
        }
        return b[start(i)] - '0';
    }

    /** A BRIN code, exactly 4 characters from 0-9 A-Z, as a base-36 number (see {@link #brinCode(int)}). */
    int brin(int i) {
        byte[] b = bytes();
        int s = start(i);
        int v = 0;
        for (int k = s; k < s + 4 && end(i) - s == 4; k++) {
            int d = Character.digit(b[k], 36);
            if (d < 0 || b[k] > 'Z') { // digit() also takes lower case, which BRIN codes do not use
                v = INVALID;
                break;
            }
            v = v * 36 + d;
        }
        if (end(i) - s != 4 || v == INVALID) {
            error(i, "is not a BRIN code: expected 4 characters from 0-9 A-Z");
            return INVALID;
        }
        return v;
    }

    /** The BRIN code spelled by a {@link #brin(int)} number. */
    static String brinCode(int v) {
        char[] c = new char[4];
        for (int k = 3; k >= 0; k--) {
            c[k] = Character.toUpperCase(Character.forDigit(v % 36, 36));
            v /= 36;
        }
        return new String(c);
    }

    /** A CBS wijk code {@code WK} + 6 digits; returns the 6-digit number. */
    int wijk(int i) {
        byte[] b = bytes();
        int s = start(i);
        int v = 0;
        boolean ok = end(i) - s == 8 && b[s] == 'W' && b[s + 1] == 'K';
        for (int k = s + 2; ok && k < s + 8; k++) {
            int d = b[k] - '0';
            ok = d >= 0 && d <= 9;
            v = v * 10 + d;
        }
        if (!ok) {
            error(i, "is not a CBS wijk code: expected WK followed by 6 digits");
            return INVALID;
        }
        return v;
    }

    /** The value quoted for a message ("'x' "), or "" when it must not be shown. */
    private String shown(int i) {
        return ShownValues.quote(text(i));
    }
}
