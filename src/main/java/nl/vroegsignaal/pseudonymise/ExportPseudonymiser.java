package nl.vroegsignaal.pseudonymise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.vroegsignaal.contract.Pseudonyms;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.CsvDialect;
import nl.vroegsignaal.core.CsvRecords;

/**
 * Rewrites one export with its BSN columns replaced by keyed pseudonyms. Every row is checked before a byte
 * is kept: a BSN column value that is not nine digits passing the elfproef, and any other cell that looks
 * like a BSN, is a located error (file, line, column; the value is never shown), and then nothing is
 * written. The output is comma-separated UTF-8, owner-only, and appears whole or not at all.
 */
public final class ExportPseudonymiser {
    /** Errors listed before the rest is summarised: enough to see a pattern, not a dump. */
    static final int MAX_ERRORS = 20;

    private ExportPseudonymiser() {
    }

    /** What was done, without any person-level value. */
    public record Result(Path out, long rows, int pseudonymisedColumns, String keyId) {
    }

    public static Result run(PseudonymKey key, Path export, CsvDialect dialect, List<String> bsnColumns, Path out) {
        if (Files.exists(out)) {
            throw new InputException(out + ": already exists; pseudonymise never overwrites a file (choose a new name)");
        }
        if (!Files.isRegularFile(export)) {
            throw new InputException(export + ": not found or not a regular file");
        }
        KeyedPseudonym pseudonym = new KeyedPseudonym(key);
        long[] rows = {0};
        try {
            AtomicOutput.writeText(out, AtomicOutput.Visibility.PERSON_LEVEL, w -> rows[0] =
                    rewrite(export, dialect, bsnColumns, pseudonym, w));
        } catch (UncheckedIOException e) {
            throw new InputException(export + ": could not be read or " + out + " written: " + e.getMessage());
        }
        return new Result(out, rows[0], bsnColumns.size(), key.id());
    }

    private static long rewrite(Path export, CsvDialect dialect, List<String> bsnColumns, KeyedPseudonym pseudonym,
                                Writer w) throws IOException {
        String name = export.toString();
        List<InputError> errors = new ArrayList<>();
        long errorCount = 0;
        long rows = 0;
        try (CsvRecords records = new CsvRecords(export, dialect)) {
            String[] header = records.next();
            if (header == null) {
                throw new InputException(new InputError(name, 1, null, "empty file: expected a header line"));
            }
            boolean[] isBsn = bsnColumns(name, header, bsnColumns);
            writeRecord(w, header);
            String[] fields;
            while ((fields = records.next()) != null) {
                long line = records.line();
                if (fields.length != header.length) {
                    errorCount++;
                    add(errors, new InputError(name, line, null, "expected " + header.length + " fields but found "
                            + fields.length));
                    continue;
                }
                for (int i = 0; i < fields.length; i++) {
                    String problem = isBsn[i] ? bsnProblem(fields[i]) : otherProblem(fields[i]);
                    if (problem != null) {
                        errorCount++;
                        add(errors, new InputError(name, line, header[i], problem));
                    } else if (isBsn[i]) {
                        fields[i] = pseudonym.of(fields[i]);
                    }
                }
                if (errorCount == 0) {
                    writeRecord(w, fields);
                }
                rows++;
            }
        }
        if (errorCount > 0) {
            if (errorCount > errors.size()) {
                errors.add(new InputError(name, 0, null, "and " + (errorCount - errors.size())
                        + " more problems; nothing was written"));
            }
            throw new InputException(errors);
        }
        return rows;
    }

    private static boolean[] bsnColumns(String file, String[] header, List<String> wanted) {
        boolean[] isBsn = new boolean[header.length];
        for (String column : wanted) {
            int i = Arrays.asList(header).indexOf(column);
            if (i < 0) {
                throw new InputException(new InputError(file, 1, null, "no column '" + column + "' in the header ("
                        + header.length + " columns); name the BSN column with --column as it is spelled there"));
            }
            isBsn[i] = true;
        }
        return isBsn;
    }

    private static String bsnProblem(String value) {
        if (value.isEmpty()) {
            return "empty: every row needs a BSN here";
        }
        return Pseudonyms.looksLikeBsn(value) ? null
                : "not a valid BSN (expected 9 digits passing the elfproef; the value is not shown)";
    }

    private static String otherProblem(String value) {
        return Pseudonyms.looksLikeBsn(value) ? "looks like a BSN (9 digits passing the elfproef; the value is not "
                + "shown): pseudonymise this column too with another --column, or leave it out of the export" : null;
    }

    private static void add(List<InputError> errors, InputError e) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(e);
        }
    }

    /** RFC 4180, comma-separated: quoted only when a field holds a comma, quote or line break. */
    private static void writeRecord(Writer w, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String f = fields[i];
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                w.write('"');
                w.write(f.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(f);
            }
        }
        w.write('\n');
    }
}
