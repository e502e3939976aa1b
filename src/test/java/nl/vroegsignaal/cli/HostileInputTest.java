package nl.vroegsignaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.vroegsignaal.contract.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line on mutated copies of {@code data-sample/}, as an attacker or a careless user would feed
 * it: every case must exit 1 with a message that names the file (and line where there is one), without a
 * stack trace, without echoing a person-level value of the input, and without writing to {@code --out}.
 */
class HostileInputTest {
    private static final Path SAMPLE = Path.of("data-sample");
    private static final String BSN = "123456782"; // passes the elfproef
    private static List<String> pseudonyms;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readPseudonyms() throws IOException {
        pseudonyms = Files.readAllLines(SAMPLE.resolve("personen.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    interface Mutation {
        void apply(Path input) throws IOException;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("CR-only line ends (Excel CSV Macintosh)", (Mutation) in -> crOnly(in, SourceFile.PERSONEN),
                        List.of(), "personen.csv:1: header: the line ends are CR only"),
                Arguments.of("CR-only line ends in verzuim", (Mutation) in -> crOnly(in, SourceFile.VERZUIM),
                        List.of(), "verzuim.csv:1: header: the line ends are CR only"),
                Arguments.of("lost line end after the header", (Mutation) in -> edit(in, SourceFile.PERSONEN,
                        t -> t.replaceFirst("\n", "")), List.of(), "personen.csv:1: header: has 9 fields where 5"),
                Arguments.of("data glued to the header", (Mutation) in -> edit(in, SourceFile.VERZUIM,
                        t -> t.replaceFirst("\n", ",").replaceFirst("\n", ",")), List.of(), "verzuim.csv:1: header:"),
                Arguments.of("BSN in uren", (Mutation) in -> cell(in, SourceFile.VERZUIM, 5, 3, BSN),
                        List.of(), "verzuim.csv:6: column uren: looks like a raw BSN"),
                Arguments.of("implausible uren", (Mutation) in -> cell(in, SourceFile.VERZUIM, 5, 3, "5000"),
                        List.of(), "verzuim.csv:6: column uren: is more than 1000"),
                Arguments.of("BSN as pseudonym", (Mutation) in -> cell(in, SourceFile.DIPLOMAS, 3, 0, BSN),
                        List.of(), "diplomas.csv:4: column pseudoniem: looks like a raw BSN"),
                Arguments.of("far-future meldingsdatum", (Mutation) in -> cell(in, SourceFile.VERZUIM, 7, 1, "9999-12-31"),
                        List.of(), "verzuim.csv:8: column meldingsdatum: dated 9999-12-31"),
                Arguments.of("record after --extraction-date", (Mutation) in -> { },
                        List.of("--extraction-date", "2025-01-01"), "column meldingsdatum: dated 2026-10-14, on or after"),
                Arguments.of("ESC and NUL in a code", (Mutation) in -> cell(in, SourceFile.VERZUIM, 2, 2, "ziek\u001b[2J\u0000"),
                        List.of(), "verzuim.csv:3: column verzuimsoort: 'ziek\\u001B[2J\\u0000' is not one of"),
                Arguments.of("a folder instead of a file", (Mutation) in -> replace(in, SourceFile.DIPLOMAS,
                        p -> Files.createDirectory(p)), List.of(), "diplomas.csv: is a folder"),
                Arguments.of("a dangling symbolic link", (Mutation) in -> replace(in, SourceFile.JEUGDHULP,
                        p -> Files.createSymbolicLink(p, in.resolve("nowhere.csv"))), List.of(),
                        "jeugdhulp.csv: is a symbolic link to something that does not exist"),
                Arguments.of("a FIFO instead of a file", (Mutation) in -> replace(in, SourceFile.SCHULDHULP,
                        p -> mkfifo(p)), List.of(), "schuldhulp.csv: is not a regular file"),
                Arguments.of("a missing file", (Mutation) in -> Files.delete(in.resolve("verhuizingen.csv")),
                        List.of(), "verhuizingen.csv: missing file"),
                Arguments.of("semicolons", (Mutation) in -> edit(in, SourceFile.DIPLOMAS, t -> t.replace(',', ';')),
                        List.of(), "diplomas.csv:1: wrong delimiter"),
                Arguments.of("a column outside the contract holding data", (Mutation) in -> edit(in, SourceFile.PERSONEN,
                        t -> t.replaceFirst("\n", ",naam\n")), List.of(), "personen.csv:1: header: unexpected column 'naam'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithALocatedMessageThatEchoesNoPersonData(String name, Mutation mutation, List<String> extra,
                                                           String expected) throws IOException {
        Path input = copyOfSample();
        mutation.apply(input);
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("link", "--input", input.toString(), "--out", out.toString()));
        args.addAll(extra);
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));

        assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).startsWith("error: ").contains(expected);
        assertThat(r.err()).doesNotContain("Exception", "\tat ", BSN, "\u001b", "\u0000");
        assertThat(r.err().length()).as("a short message, not the file").isLessThan(2000);
        for (String p : pseudonyms) {
            assertThat(r.err()).doesNotContain(p);
        }
        assertThat(out).doesNotExist();
    }

    private Path copyOfSample() throws IOException {
        Path input = tmp.resolve("in");
        Files.createDirectories(input);
        for (SourceFile f : SourceFile.values()) {
            Files.copy(SAMPLE.resolve(f.fileName()), input.resolve(f.fileName()));
        }
        return input;
    }

    interface Text {
        String apply(String text);
    }

    interface PathAction {
        void apply(Path p) throws IOException;
    }

    private static void edit(Path in, SourceFile f, Text change) throws IOException {
        Path p = in.resolve(f.fileName());
        Files.writeString(p, change.apply(Files.readString(p, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private static void crOnly(Path in, SourceFile f) throws IOException {
        edit(in, f, t -> t.replace('\n', '\r'));
    }

    /** Sets one cell: {@code row} 1 is the first data row. */
    private static void cell(Path in, SourceFile f, int row, int column, String value) throws IOException {
        edit(in, f, t -> {
            String[] lines = t.split("\n", -1);
            String[] cells = lines[row].split(",", -1);
            cells[column] = value;
            lines[row] = String.join(",", cells);
            return String.join("\n", lines);
        });
    }

    private static void replace(Path in, SourceFile f, PathAction by) throws IOException {
        Path p = in.resolve(f.fileName());
        Files.delete(p);
        by.apply(p);
    }

    private static void mkfifo(Path p) throws IOException {
        try {
            Process proc = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
            assertThat(proc.waitFor()).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
