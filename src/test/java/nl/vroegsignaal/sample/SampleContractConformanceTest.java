package nl.vroegsignaal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Jeugdhulpsoort;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.Pseudonyms;
import nl.vroegsignaal.contract.Regeling;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.contract.Verhuissoort;
import nl.vroegsignaal.contract.Verzuimsoort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every generated file follows the data contract's rules, checked here row by row with test code. */
class SampleContractConformanceTest {
    private static final LocalDate EXTRACTION = LocalDate.of(2026, 10, 15);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern MONTH = Pattern.compile("(199[6-9]|20[01][0-9])-(0[1-9]|1[0-2])");
    private static final Pattern PSEUDONYM = Pattern.compile("[A-Za-z0-9]{16}");
    private static final Pattern WIJK = Pattern.compile("WK[0-9]{6}");
    private static final Pattern BRIN = Pattern.compile("[0-9]{2}[A-Z]{2}");
    private static final Pattern KANS = Pattern.compile("[01]\\.[0-9]{6}");

    private static Path dir;
    private static Set<String> persons;

    @BeforeAll
    static void generate() {
        dir = TestWorlds.sample().outputDir();
        persons = new HashSet<>();
        for (String[] r : table(SourceFile.PERSONEN).rows()) {
            persons.add(r[0]);
        }
    }

    private static CsvTable table(SourceFile f) {
        return CsvTable.read(dir.resolve(f.fileName()));
    }

    private static LocalDate date(String s, String what, List<String> problems) {
        try {
            LocalDate d = LocalDate.parse(s, ISO);
            if (!d.isBefore(EXTRACTION)) {
                problems.add(what + " on or after the extraction date: " + s);
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(what + " is not an ISO date: '" + s + "'");
            return null;
        }
    }

    private static LocalDate optionalDate(String s, String what, List<String> problems) {
        return s.isEmpty() ? null : date(s, what, problems);
    }

    private static <E> void code(Function<String, java.util.Optional<E>> parse, String s, String what,
                                 List<String> problems) {
        if (parse.apply(s).isEmpty()) {
            problems.add(what + " not in its code list: '" + s + "'");
        }
    }

    @Test
    void outputFolderHoldsExactlyTheEightContractFilesAndTheTruthFolder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            Set<String> expected = Stream.of(SourceFile.values()).map(SourceFile::fileName).collect(Collectors.toSet());
            expected.add("truth");
            assertThat(names).isEqualTo(expected);
        }
        try (Stream<Path> files = Files.list(dir.resolve("truth"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("waarheid.csv",
                    "generator.json");
        }
    }

    @Test
    void everyFileHasTheContractHeaderUtf8WithoutBomAndUnixLineEnds() throws IOException {
        for (SourceFile f : SourceFile.values()) {
            byte[] bytes = Files.readAllBytes(dir.resolve(f.fileName()));
            assertThat(bytes[0]).as(f.fileName()).isNotEqualTo((byte) 0xEF);
            assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).as(f.fileName())
                    .startsWith(f.header() + "\n").doesNotContain("\r").doesNotContain("\"").endsWith("\n");
            assertThat(table(f).header()).isEqualTo(f.columns());
        }
        assertThat(CsvTable.read(dir.resolve(SampleGenerator.TRUTH_FILE)).header())
                .containsExactly("pseudoniem", "peildatum", "kans");
    }

    @Test
    void personRowsAreUniqueWellFormedPseudonymsWithValidCodes() {
        List<String> problems = new ArrayList<>();
        List<String[]> rows = table(SourceFile.PERSONEN).rows();
        assertThat(rows).hasSize(TestWorlds.sample().options().persons());
        assertThat(persons).hasSize(rows.size());
        for (String[] r : rows) {
            if (!PSEUDONYM.matcher(r[0]).matches() || !Pseudonyms.isWellFormed(r[0]) || Pseudonyms.looksLikeBsn(r[0])) {
                problems.add("bad pseudonym shape");
            }
            if (!MONTH.matcher(r[1]).matches()) {
                problems.add("geboortemaand '" + r[1] + "'");
            }
            code(Geslacht.CODES::parse, r[2], "geslacht", problems);
            code(Herkomst.CODES::parse, r[3], "herkomst", problems);
            if (!WIJK.matcher(r[4]).matches() || !r[4].startsWith("WK0363")) {
                problems.add("wijk '" + r[4] + "'");
            }
        }
        assertThat(problems).isEmpty();
        long wijken = rows.stream().map(r -> r[4]).distinct().count();
        assertThat(wijken).isBetween(20L, 40L);
    }

    @Test
    void enrolmentsHaveBrinCodesLeerjaarAndOrderedDates() {
        List<String> problems = new ArrayList<>();
        for (String[] r : table(SourceFile.INSCHRIJVINGEN).rows()) {
            known(r[0], problems);
            if (!BRIN.matcher(r[1]).matches()) {
                problems.add("brin '" + r[1] + "'");
            }
            code(Onderwijssoort.CODES::parse, r[2], "onderwijssoort", problems);
            int lj = Integer.parseInt(r[3]);
            if (lj < 1 || lj > 6) {
                problems.add("leerjaar " + lj);
            }
            ordered(date(r[4], "begindatum", problems), optionalDate(r[5], "einddatum", problems), problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void diplomasAbsenceAndMovesUseTheirCodeListsAndValidDates() {
        List<String> problems = new ArrayList<>();
        for (String[] r : table(SourceFile.DIPLOMAS).rows()) {
            known(r[0], problems);
            date(r[1], "datum", problems);
            code(Diplomasoort.CODES::parse, r[2], "diplomasoort", problems);
        }
        for (String[] r : table(SourceFile.VERZUIM).rows()) {
            known(r[0], problems);
            date(r[1], "meldingsdatum", problems);
            code(Verzuimsoort.CODES::parse, r[2], "verzuimsoort", problems);
            if (!r[3].isEmpty() && !r[3].matches("0|[1-9][0-9]*")) {
                problems.add("uren '" + r[3] + "'");
            }
        }
        for (String[] r : table(SourceFile.VERHUIZINGEN).rows()) {
            known(r[0], problems);
            date(r[1], "datum", problems);
            code(Verhuissoort.CODES::parse, r[2], "verhuissoort", problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void socialDomainSpellsAreRegisteredOnOrAfterTheyBeginAndOftenWeeksLater() {
        List<String> problems = new ArrayList<>();
        List<Long> delays = new ArrayList<>();
        for (SourceFile f : List.of(SourceFile.UITKERINGEN, SourceFile.JEUGDHULP, SourceFile.SCHULDHULP)) {
            int o = f == SourceFile.SCHULDHULP ? 0 : 1;
            for (String[] r : table(f).rows()) {
                known(r[0], problems);
                if (f == SourceFile.UITKERINGEN) {
                    code(Regeling.CODES::parse, r[1], "regeling", problems);
                } else if (f == SourceFile.JEUGDHULP) {
                    code(Jeugdhulpsoort.CODES::parse, r[1], "jeugdhulpsoort", problems);
                }
                LocalDate begin = date(r[1 + o], "begindatum", problems);
                ordered(begin, optionalDate(r[2 + o], "einddatum", problems), problems);
                LocalDate registered = date(r[3 + o], "registratiedatum", problems);
                if (begin != null && registered != null) {
                    if (registered.isBefore(begin)) {
                        problems.add(f.fileName() + ": registratiedatum before begindatum");
                    }
                    delays.add(java.time.temporal.ChronoUnit.DAYS.between(begin, registered));
                }
            }
        }
        assertThat(problems).isEmpty();
        delays.sort(Long::compare);
        assertThat(delays.get(delays.size() / 2)).as("median registration delay in days").isBetween(14L, 120L);
    }

    @Test
    void truthRowsNameKnownPersonsAtPeildataWithSixDecimalProbabilities() {
        List<String> problems = new ArrayList<>();
        Set<String> peildata = new HashSet<>();
        for (String[] r : CsvTable.read(dir.resolve(SampleGenerator.TRUTH_FILE)).rows()) {
            known(r[0], problems);
            peildata.add(r[1]);
            double p = Double.parseDouble(r[2]);
            if (!KANS.matcher(r[2]).matches() || p < 0 || p > 1) {
                problems.add("kans '" + r[2] + "'");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(peildata).containsExactlyInAnyOrder("2019-10-01", "2020-10-01", "2021-10-01", "2022-10-01",
                "2023-10-01", "2024-10-01", "2025-10-01", "2026-10-01");
    }

    @Test
    void personLevelFilesAreReadableByTheirOwnerOnly() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        for (String name : SampleGenerator.fileNames()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))))
                    .as(name).isEqualTo("rw-------");
        }
    }

    private static void known(String pseudonym, List<String> problems) {
        if (!persons.contains(pseudonym)) {
            problems.add("a pseudonym that is not in personen.csv");
        }
    }

    private static void ordered(LocalDate begin, LocalDate end, List<String> problems) {
        if (begin != null && end != null && end.isBefore(begin)) {
            problems.add("einddatum " + end + " before begindatum " + begin);
        }
    }
}
