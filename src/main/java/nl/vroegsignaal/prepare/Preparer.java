package nl.vroegsignaal.prepare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.vroegsignaal.contract.CodeList;
import nl.vroegsignaal.contract.Pseudonyms;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.AtomicFolder;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.BuildInfo;
import nl.vroegsignaal.core.CsvDialect;
import nl.vroegsignaal.core.CsvRecords;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.Json;

/**
 * Writes the contract's eight files from a municipality's exports by a {@link Mapping}, streamed into a staging
 * folder that replaces the target only when every export was free of problems: the eight files and
 * {@code prepare.json} (what was read, with hashes, and what was dropped, by reason) appear together or not at all.
 * Messages name file, line and column but never quote a value from an export: a cell may hold anything.
 */
public final class Preparer {
    public static final String PROVENANCE = "prepare.json";
    static final int MAX_ERRORS = 20;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    /** Per contract file: rows read from the export, rows written, and rows dropped per reason. */
    public record SourceCount(String export, String sha256, long read, long written, Map<String, Long> dropped) {
    }

    public record Result(Path out, Map<SourceFile, SourceCount> sources) {
    }

    private Preparer() {
    }

    /** The owner test of {@link AtomicFolder}: a folder that holds only what this stage writes. */
    public static AtomicFolder.Owner owner() {
        Set<String> names = new HashSet<>();
        for (SourceFile s : SourceFile.values()) {
            names.add(s.fileName());
        }
        names.add(PROVENANCE);
        return AtomicFolder.onlyFiles(Set.copyOf(names));
    }

    public static Result run(Mapping mapping, Path out) {
        for (SourceMapping m : mapping.sources().values()) {
            AtomicFolder.checkNotInput(out, m.file(), "prepared folder");
        }
        Map<SourceFile, SourceCount> counts = new EnumMap<>(SourceFile.class);
        // streamed into the staging folder: on any problem it is removed and the target stays as it was
        AtomicFolder.write(out, owner(), "prepared folder", staging -> {
            List<InputError> errors = new ArrayList<>();
            // a social-domain source the mapping leaves out is not written: link.optionalSources lets it be absent
            for (SourceFile s : mapping.sources().keySet()) {
                AtomicOutput.writeText(staging.resolve(s.fileName()), AtomicOutput.Visibility.PERSON_LEVEL, w -> {
                    w.write(s.header());
                    w.write('\n');
                    counts.put(s, read(mapping.sources().get(s), w, errors));
                });
            }
            if (!errors.isEmpty()) {
                throw new InputException(errors);
            }
            AtomicOutput.writeString(staging.resolve(PROVENANCE), AtomicOutput.Visibility.AGGREGATE,
                    provenance(mapping, counts));
        });
        return new Result(out, counts);
    }

    private static SourceCount read(SourceMapping m, Writer out, List<InputError> errors) throws IOException {
        String name = m.file().toString();
        if (!Files.isRegularFile(m.file())) {
            errors.add(new InputError(name, 0, null, "not found: the mapping names it for "
                    + m.target().fileName()));
            return null;
        }
        long read = 0;
        long written = 0;
        Map<String, Long> dropped = new TreeMap<>();
        try (CsvRecords csv = new CsvRecords(m.file(), CsvDialect.table(m.separator()))) {
            String[] header = csv.next();
            if (header == null) {
                errors.add(new InputError(name, 1, null, "empty: expected a header line"));
                return null;
            }
            List<String> columns = m.target().columns();
            int[] from = new int[columns.size()];
            boolean complete = true;
            for (int c = 0; c < from.length; c++) {
                from[c] = indexOf(header, m.columns().get(columns.get(c)));
                if (from[c] < 0) {
                    errors.add(new InputError(name, 1, m.columns().get(columns.get(c)),
                            "not in the header; the mapping reads " + columns.get(c) + " from it"));
                    complete = false;
                }
            }
            int[] dropAt = new int[m.drop().size()];
            for (int d = 0; d < dropAt.length; d++) {
                dropAt[d] = indexOf(header, m.drop().get(d).column());
                if (dropAt[d] < 0) {
                    errors.add(new InputError(name, 1, m.drop().get(d).column(),
                            "not in the header; a drop rule of the mapping reads it"));
                    complete = false;
                }
            }
            if (!complete) {
                return null;
            }
            String[] fields;
            while ((fields = csv.next()) != null && errors.size() < MAX_ERRORS) {
                read++;
                if (fields.length != header.length) {
                    errors.add(new InputError(name, csv.line(), null, "expected " + header.length
                            + " fields as in the header, found " + fields.length));
                    continue;
                }
                String reason = dropReason(m, dropAt, fields);
                if (reason != null) {
                    dropped.merge(reason, 1L, Long::sum);
                    continue;
                }
                StringBuilder row = new StringBuilder();
                for (int c = 0; c < from.length; c++) {
                    String v = convert(m, columns.get(c), fields[from[c]], name, csv.line(), header[from[c]], errors);
                    row.append(c > 0 ? "," : "").append(v == null ? "" : quoted(v));
                }
                out.append(row).append('\n');
                written++;
            }
        } catch (InputException e) {
            errors.addAll(e.errors());
            return null;
        }
        return new SourceCount(m.file().getFileName().toString(), Hashing.sha256(m.file()), read, written, dropped);
    }

    private static String dropReason(SourceMapping m, int[] dropAt, String[] fields) {
        for (int d = 0; d < dropAt.length; d++) {
            if (m.drop().get(d).values().contains(fields[dropAt[d]])) {
                return m.drop().get(d).reason();
            }
        }
        return null;
    }

    /** One cell in the contract's form, or null after recording why it cannot be. */
    private static String convert(SourceMapping m, String column, String value, String file, long line,
                                  String exportColumn, List<InputError> errors) {
        if (Pseudonyms.looksLikeBsn(value)) {
            errors.add(new InputError(file, line, exportColumn, "holds a value that looks like a BSN (nine digits "
                    + "passing the elfproef); BSNs are replaced by pseudonyms before prepare (run pseudonymise)"));
            return null;
        }
        if (value.isEmpty()) {
            return value; // an optional field (einddatum); the linker checks what is required
        }
        return switch (ContractColumn.of(column)) {
            case TEXT -> value;
            case CODE -> code(m, column, value, file, line, exportColumn, errors);
            case DATE, MONTH -> date(m, column, value, file, line, exportColumn, errors);
        };
    }

    private static String code(SourceMapping m, String column, String value, String file, long line,
                               String exportColumn, List<InputError> errors) {
        Map<String, String> map = m.codes().get(column);
        String code = map == null ? value : map.get(value);
        CodeList<?> list = ContractColumn.codes(column).orElseThrow();
        if (code == null || list.parse(code).isEmpty()) {
            errors.add(new InputError(file, line, exportColumn, "a code that the mapping does not map to a code "
                    + "of the contract's " + column + " (" + list.allowed() + "); add it under sources."
                    + MappingLoader.sourceKey(m.target()) + ".codes." + column));
            return null;
        }
        return code;
    }

    private static String date(SourceMapping m, String column, String value, String file, long line,
                               String exportColumn, List<InputError> errors) {
        DateTimeFormatter format = m.formats().get(column);
        if (format == null) {
            return value; // already in the contract's form, or the linker says where it is not
        }
        try {
            TemporalAccessor t = format.parse(value);
            if (ContractColumn.of(column) == ContractColumn.MONTH) {
                // a full birth date is cut to its month here: the contract needs no more
                return YearMonth.of(t.get(ChronoField.YEAR), t.get(ChronoField.MONTH_OF_YEAR)).format(MONTH);
            }
            return LocalDate.from(t).toString();
        } catch (java.time.DateTimeException e) { // unparsable, or a day that does not exist
            errors.add(new InputError(file, line, exportColumn, "not a date in the mapping's format for " + column
                    + " (sources." + MappingLoader.sourceKey(m.target()) + ".formats." + column + ")"));
            return null;
        }
    }

    private static int indexOf(String[] header, String column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** RFC 4180: a field with a comma, a quote or a line end is quoted, its quotes doubled. */
    private static String quoted(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static String provenance(Mapping mapping, Map<SourceFile, SourceCount> counts) {
        ObjectNode root = Json.object();
        root.put("format", "vroegsignaal-prepare/1");
        root.put("vroegsignaalVersion", BuildInfo.version());
        ObjectNode map = root.putObject("mapping");
        map.put("file", mapping.file().getFileName().toString());
        map.put("sha256", mapping.sha256());
        ObjectNode sources = root.putObject("sources");
        for (Map.Entry<SourceFile, SourceCount> e : counts.entrySet()) {
            SourceCount c = e.getValue();
            ObjectNode o = sources.putObject(e.getKey().fileName());
            o.put("export", c.export());
            o.put("sha256", c.sha256());
            o.put("rowsRead", c.read());
            o.put("rowsWritten", c.written());
            ObjectNode d = o.putObject("rowsDropped");
            c.dropped().forEach(d::put);
        }
        return Json.write(root, PROVENANCE);
    }
}
