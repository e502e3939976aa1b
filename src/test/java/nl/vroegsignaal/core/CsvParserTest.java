package nl.vroegsignaal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {
    /** A record as parsed: its line and fields, or its problem. */
    record Rec(long line, List<String> fields, String problem, boolean unterminated) {
    }

    static List<Rec> parse(byte[] bytes, int bufferSize, int maxRecord) {
        return parse(bytes, CsvDialect.CONTRACT, bufferSize, maxRecord);
    }

    private static List<Rec> parse(byte[] bytes, CsvDialect dialect, int bufferSize, int maxRecord) {
        try (CsvParser p = new CsvParser(new ByteArrayInputStream(bytes), sha256(), dialect, bufferSize, maxRecord)) {
            List<Rec> out = new ArrayList<>();
            while (p.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < p.fieldCount(); i++) {
                    fields.add(new String(p.bytes(), p.start(i), p.end(i) - p.start(i), StandardCharsets.UTF_8));
                }
                out.add(new Rec(p.line(), fields, p.problem(), p.unterminated()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Rec> parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8), 1 << 16, 1 << 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void splitsUnquotedFieldsAndKeepsEmptyOnes() {
        assertThat(parse("a,b,c\n,x,\n")).containsExactly(
                new Rec(1, List.of("a", "b", "c"), null, false),
                new Rec(2, List.of("", "x", ""), null, false));
    }

    @Test
    void unquotesFieldsWithEscapedQuotesCommasAndLineBreaks() {
        assertThat(parse("\"a,b\",\"say \"\"hi\"\"\",\"\"\n\"two\nlines\",x\nlast,y\n")).containsExactly(
                new Rec(1, List.of("a,b", "say \"hi\"", ""), null, false),
                new Rec(2, List.of("two\nlines", "x"), null, false),
                new Rec(4, List.of("last", "y"), null, false));
    }

    @Test
    void dropsTheCarriageReturnBeforeALineEnd() {
        assertThat(parse("a,b\r\n\"c\",\"d\"\r\ne,f\r")).containsExactly(
                new Rec(1, List.of("a", "b"), null, false),
                new Rec(2, List.of("c", "d"), null, false),
                new Rec(3, List.of("e", "f"), null, true));
    }

    @Test
    void skipsAByteOrderMarkOnlyAtTheStart() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "a,b\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(text, 0, both, 3, text.length);
        assertThat(parse(both, 64, 64)).containsExactly(new Rec(1, List.of("a", "b"), null, false));
        assertThat(parse(bom, 64, 64)).isEmpty();
    }

    @Test
    void returnsNoRecordForAnEmptyInput() {
        assertThat(parse("")).isEmpty();
    }

    @Test
    void marksALastRecordWithoutLineEnd() {
        assertThat(parse("a,b\nc")).containsExactly(
                new Rec(1, List.of("a", "b"), null, false),
                new Rec(2, List.of("c"), null, true));
    }

    @Test
    void reportsAnUnterminatedQuoteAtTheEnd() {
        List<Rec> recs = parse("a,\"b\nc\n");
        assertThat(recs).hasSize(1);
        assertThat(recs.get(0).problem()).startsWith("unterminated quoted field");
        assertThat(recs.get(0).unterminated()).isTrue();
    }

    @Test
    void reportsCharactersAfterAClosingQuote() {
        assertThat(parse("\"a\"b,c\nd,e\n")).containsExactly(
                new Rec(1, List.of("a"), "has characters after the closing quote: expected ',' or a line end", false),
                new Rec(2, List.of("d", "e"), null, false));
    }

    @Test
    void theContractDialectKeepsPaddingWhichTheTableDialectTrimsAroundValuesAndQuotes() {
        byte[] text = " a ; \"b;c\" ;d\n".getBytes(StandardCharsets.UTF_8);
        assertThat(parse(text, CsvDialect.table(';'), 1 << 16, 1 << 16)).containsExactly(
                new Rec(1, List.of("a", "b;c", "d"), null, false));
        assertThat(parse(" a , b\n")).containsExactly(
                new Rec(1, List.of(" a ", " b"), null, false));
        assertThat(parse("a;b\n")).containsExactly(
                new Rec(1, List.of("a;b"), null, false));
    }

    @Test
    void theTableDialectNamesItsSeparatorAfterAClosingQuote() {
        assertThat(parse("\"a\" x;b\n".getBytes(StandardCharsets.UTF_8), CsvDialect.table(';'), 64, 64))
                .containsExactly(new Rec(1, List.of("a"), "has characters after the closing quote: expected ';' "
                        + "or a line end", false));
    }

    @Test
    void reportsAQuoteInsideAnUnquotedField() {
        List<Rec> recs = parse("ab\"c\"d,e\n");
        assertThat(recs.get(0).problem()).startsWith("has a quote inside an unquoted field");
    }

    @Test
    void stopsAtARecordLongerThanTheMaximum() throws IOException {
        byte[] bytes = ("x".repeat(100) + "\na,b\n").getBytes(StandardCharsets.UTF_8);
        try (CsvParser p = new CsvParser(new ByteArrayInputStream(bytes), sha256(), 16, 64)) {
            assertThat(p.next()).isTrue();
            assertThat(p.fatal()).isTrue();
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.problem()).isEqualTo("line is longer than 64 bytes: expected a CSV file with line ends");
            assertThat(p.next()).isFalse();
        }
    }

    @Test
    void growsTheBufferForARecordUpToTheMaximum() {
        String longField = "y".repeat(300);
        assertThat(parse(("a\n" + longField + ",z\n").getBytes(StandardCharsets.UTF_8), 8, 1024)).containsExactly(
                new Rec(1, List.of("a"), null, false),
                new Rec(2, List.of(longField, "z"), null, false));
    }

    @Test
    void hashesEveryByteRead() throws IOException {
        byte[] bytes = "\uFEFFa,b\n\"c\"\"\",d\r\ne".getBytes(StandardCharsets.UTF_8);
        MessageDigest md = sha256();
        try (CsvParser p = new CsvParser(new ByteArrayInputStream(bytes), md, 4, 1024)) {
            while (p.next()) {
                p.fieldCount();
            }
        }
        assertThat(HexFormat.of().formatHex(md.digest())).isEqualTo(Hashing.sha256(bytes));
    }

    @Test
    void flagsRecordsWithNonAsciiBytes() throws IOException {
        byte[] bytes = "a,b\nc,\u00e9\n\"\u00e9\",d\n".getBytes(StandardCharsets.UTF_8);
        List<Boolean> flags = new ArrayList<>();
        try (CsvParser p = new CsvParser(new ByteArrayInputStream(bytes), sha256(), 64, 64)) {
            while (p.next()) {
                flags.add(p.nonAscii());
            }
        }
        assertThat(flags).containsExactly(false, true, true);
    }
}
