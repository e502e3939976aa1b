package nl.vroegsignaal.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.CsvDialect;
import nl.vroegsignaal.core.CsvRecords;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.link.SourceCounts;
import nl.vroegsignaal.pseudonymise.ExportPseudonymiser;
import nl.vroegsignaal.pseudonymise.PseudonymKey;
import nl.vroegsignaal.report.FeatureFiles;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole road from a municipality's exports to the contract: a generated world is written as two exports of
 * different shape (column names and order, codes, date formats, extra rows to drop), keyed by generated BSNs;
 * both are pseudonymised with one key and prepared back. The features of the two must be byte-identical, and
 * equal to the original world's once its pseudonyms are renamed to the keyed ones.
 */
class ExportRoundTripTest {
    @TempDir
    static Path dir;
    private static Path world;
    private static PseudonymKey key;
    /** Generated BSN per original pseudonym, in personen.csv's order. */
    private static final Map<String, String> BSN = new HashMap<>();

    @BeforeAll
    static void generate() {
        world = dir.resolve("world");
        SampleGenerator.generate(SampleOptions.of(1_500), world);
        key = PseudonymKey.generate();
    }

    @Test
    void twoDifferentlyShapedExportsGiveTheOriginalsFeatures() throws IOException {
        Path a = prepare(Shape.A);
        Path b = prepare(Shape.B);
        String featuresA = features(a);
        String featuresB = features(b);
        assertThat(featuresB).isEqualTo(featuresA);

        Map<String, String> renamed = renamedPseudonyms(dir.resolve("pseudo-A"));
        String original = features(world);
        assertThat(sortedLines(rename(original, renamed))).isEqualTo(sortedLines(featuresA));
        assertThat(Files.readString(a.resolve(Preparer.PROVENANCE))).contains("\"testregels\": " + Shape.TEST_ROWS);
    }

    @Test
    void anExportPseudonymisedWithAnotherKeyHardlyLinksAndIsWarnedAbout() throws IOException {
        Path a = prepare(Shape.A);
        Path other = Files.createDirectories(dir.resolve("pseudo-other"));
        for (SourceFile s : SourceFile.values()) {
            Files.copy(dir.resolve("pseudo-A").resolve(Shape.A.fileName(s)), other.resolve(Shape.A.fileName(s)));
        }
        Path debt = other.resolve(Shape.A.fileName(SourceFile.SCHULDHULP));
        Files.delete(debt);
        ExportPseudonymiser.run(PseudonymKey.generate(), dir.resolve("exports-A").resolve(Shape.A.fileName(
                SourceFile.SCHULDHULP)), CsvDialect.table(Shape.A.separator), List.of(Shape.A.bsnColumn()), debt);
        Files.copy(dir.resolve("pseudo-A").resolve("mapping.yaml"), other.resolve("mapping.yaml"));
        Path out = dir.resolve("prepared-other");
        Preparer.run(MappingLoader.load(other.resolve("mapping.yaml")), out);

        SourceCounts debtCounts = Linker.read(out).counts().get(SourceFile.SCHULDHULP);
        assertThat(debtCounts.rowsRead()).isGreaterThan(50);
        assertThat(debtCounts.linkRate()).isLessThan(0.01);
        assertThat(debtCounts.warning("schuldhulp.csv")).hasValueSatisfying(w -> assertThat(w).contains("different keys"));
        assertThat(Linker.read(a).counts().get(SourceFile.SCHULDHULP).warning("schuldhulp.csv")).isEmpty();
    }

    /** Writes the world as exports of this shape (once), pseudonymises them and prepares them back. */
    private static Path prepare(Shape shape) throws IOException {
        Path out = dir.resolve("prepared-" + shape);
        if (Files.exists(out)) {
            return out;
        }
        Path exports = Files.createDirectories(dir.resolve("exports-" + shape));
        Path pseudo = Files.createDirectories(dir.resolve("pseudo-" + shape));
        StringBuilder mapping = new StringBuilder("sources:\n");
        for (SourceFile s : SourceFile.values()) {
            Path export = exports.resolve(shape.fileName(s));
            writeExport(s, shape, export);
            ExportPseudonymiser.run(key, export, CsvDialect.table(shape.separator), List.of(shape.bsnColumn()),
                    pseudo.resolve(shape.fileName(s)));
            mapping.append(shape.mapping(s));
        }
        Path mappingFile = pseudo.resolve("mapping.yaml");
        Files.writeString(mappingFile, mapping);
        Preparer.run(MappingLoader.load(mappingFile), out);
        return out;
    }

    private static void writeExport(SourceFile s, Shape shape, Path export) throws IOException {
        List<String> columns = s.columns();
        StringBuilder out = new StringBuilder(shape == Shape.A ? "\uFEFF" : "");
        List<String> header = new ArrayList<>();
        for (int c : shape.order(columns.size())) {
            header.add(shape.exportColumn(columns.get(c)));
        }
        header.add(shape.statusColumn());
        out.append(String.join(String.valueOf(shape.separator), header)).append('\n');
        try (CsvRecords in = new CsvRecords(world.resolve(s.fileName()), CsvDialect.CONTRACT)) {
            in.next();
            String[] row;
            int n = 0;
            while ((row = in.next()) != null) {
                appendRow(out, shape, columns, row, "OK");
                if (s == SourceFile.VERZUIM && n++ < Shape.TEST_ROWS) { // a test record, with a code nobody maps
                    String[] junk = row.clone();
                    junk[columns.indexOf("verzuimsoort")] = "?";
                    appendRow(out, shape, columns, junk, "TEST");
                }
            }
        }
        Files.writeString(export, out, StandardCharsets.UTF_8);
    }

    private static void appendRow(StringBuilder out, Shape shape, List<String> columns, String[] row, String status) {
        List<String> fields = new ArrayList<>();
        for (int c : shape.order(columns.size())) {
            fields.add(shape.exportValue(columns.get(c), row[c]));
        }
        fields.add(status);
        out.append(String.join(String.valueOf(shape.separator), fields)).append('\n');
    }

    /** A unique nine-digit number passing the elfproef for each pseudonym, in order of first use. */
    static String bsn(String pseudonym) {
        return BSN.computeIfAbsent(pseudonym, p -> {
            for (int i = 20_000_000 + 7 * BSN.size(); ; i++) { // from 2: a weighted sum of 0 is no BSN
                String first8 = String.valueOf(i);
                int sum = 0;
                for (int d = 0; d < 8; d++) {
                    sum += (9 - d) * (first8.charAt(d) - '0');
                }
                int last = sum % 11;
                if (last < 10 && !BSN.containsValue(first8 + last)) {
                    return first8 + last;
                }
            }
        });
    }

    private static String features(Path input) throws IOException {
        StringWriter w = new StringWriter();
        FeatureFiles.writeFeatures(w, FeatureBuilder.build(Linker.read(input)).matrix());
        return w.toString();
    }

    /** Original pseudonym to keyed pseudonym: row i of the pseudonymised personen export is row i of the world. */
    private static Map<String, String> renamedPseudonyms(Path pseudo) throws IOException {
        Map<String, String> out = new HashMap<>();
        List<String> original = new ArrayList<>();
        try (CsvRecords in = new CsvRecords(world.resolve(SourceFile.PERSONEN.fileName()), CsvDialect.CONTRACT)) {
            in.next();
            String[] row;
            while ((row = in.next()) != null) {
                original.add(row[0]);
            }
        }
        try (CsvRecords in = new CsvRecords(pseudo.resolve(Shape.A.fileName(SourceFile.PERSONEN)),
                CsvDialect.table(','))) {
            String[] header = in.next();
            int col = Arrays.asList(header).indexOf(Shape.A.bsnColumn());
            String[] row;
            int i = 0;
            while ((row = in.next()) != null) {
                out.put(original.get(i++), row[col]);
            }
        }
        return out;
    }

    private static String rename(String features, Map<String, String> renamed) {
        StringBuilder out = new StringBuilder();
        for (String line : features.split("\n", -1)) {
            int comma = line.indexOf(',');
            String first = comma < 0 ? line : line.substring(0, comma);
            out.append(renamed.getOrDefault(first, first)).append(comma < 0 ? "" : line.substring(comma)).append('\n');
        }
        return out.toString();
    }

    private static List<String> sortedLines(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.isEmpty()).sorted().toList();
    }

    /** Two ways a municipality's systems might write the same data. */
    enum Shape {
        A(';', "dd-MM-yyyy"), B('\t', "yyyyMMdd");

        static final int TEST_ROWS = 25;
        private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
        final char separator;
        final String datePattern;

        Shape(char separator, String datePattern) {
            this.separator = separator;
            this.datePattern = datePattern;
        }

        String fileName(SourceFile s) {
            return (this == A ? "export_" : "EXP-") + s.fileName().replace(".csv", this == A ? ".csv" : ".txt");
        }

        String bsnColumn() {
            return this == A ? "Burgerservicenummer" : "bsn_jongere";
        }

        String statusColumn() {
            return this == A ? "Status" : "record_status";
        }

        /** A reversed column order for B. */
        int[] order(int n) {
            int[] o = new int[n];
            for (int i = 0; i < n; i++) {
                o[i] = this == A ? i : n - 1 - i;
            }
            return o;
        }

        String exportColumn(String contract) {
            if (contract.equals("pseudoniem")) {
                return bsnColumn();
            }
            return this == A ? "Kolom " + contract.toUpperCase(java.util.Locale.ROOT) : "fld_" + contract;
        }

        String exportValue(String column, String value) {
            if (column.equals("pseudoniem")) {
                return bsn(value);
            }
            if (value.isEmpty()) {
                return value;
            }
            return switch (ContractColumn.of(column)) {
                case DATE -> LocalDate.parse(value, ISO).format(DateTimeFormatter.ofPattern(datePattern));
                case MONTH -> this == A ? "15-" + value.substring(5) + "-" + value.substring(0, 4)
                        : value.substring(0, 4) + value.substring(5);
                case CODE -> exportCode(column, value);
                case TEXT -> value;
            };
        }

        /** A: the code's place in the contract's list (1, 2, ...); B: the code with a prefix. */
        String exportCode(String column, String code) {
            if (this == B) {
                return "K-" + code;
            }
            List<String> codes = codes(column);
            return String.valueOf(codes.indexOf(code) + 1);
        }

        static List<String> codes(String column) {
            return ContractColumn.codes(column).orElseThrow().values().stream()
                    .map(e -> ((nl.vroegsignaal.contract.Code) e).code()).toList();
        }

        String mapping(SourceFile s) {
            StringBuilder m = new StringBuilder("  ").append(MappingLoader.sourceKey(s)).append(":\n");
            m.append("    file: ").append(fileName(s)).append('\n');
            m.append("    columns:\n");
            for (String c : s.columns()) {
                m.append("      ").append(c).append(": \"").append(exportColumn(c)).append("\"\n");
            }
            StringBuilder formats = new StringBuilder();
            StringBuilder codes = new StringBuilder();
            for (String c : s.columns()) {
                switch (ContractColumn.of(c)) {
                    case DATE -> formats.append("      ").append(c).append(": ").append(datePattern).append('\n');
                    case MONTH -> formats.append("      ").append(c).append(": ")
                            .append(this == A ? "dd-MM-yyyy" : "yyyyMM").append('\n');
                    case CODE -> {
                        codes.append("      ").append(c).append(":\n");
                        for (String code : codes(c)) {
                            codes.append("        \"").append(exportCode(c, code)).append("\": \"").append(code)
                                    .append("\"\n");
                        }
                    }
                    default -> {
                    }
                }
            }
            if (formats.length() > 0) {
                m.append("    formats:\n").append(formats);
            }
            if (codes.length() > 0) {
                m.append("    codes:\n").append(codes);
            }
            m.append("    drop:\n      - column: ").append(statusColumn()).append("\n        equals: TEST\n")
                    .append("        reason: testregels\n");
            return m.toString();
        }
    }
}
