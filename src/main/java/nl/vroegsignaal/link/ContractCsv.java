package nl.vroegsignaal.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.vroegsignaal.contract.Pseudonyms;
import nl.vroegsignaal.core.CsvDialect;
import nl.vroegsignaal.core.CsvParser;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.SpreadsheetSafe;

/**
 * The small optional files beside the contract ({@code in-beeld.csv}, a filled contact log): read by the one CSV
 * reader in the contract's dialect, with a fixed header, every problem collected with line and column (never a
 * person's value), and nothing returned unless the whole file is right.
 */
final class ContractCsv {
    private static final int MAX_ERRORS = 50;

    /** Reads one record whose field count is already checked; reports its problems to {@code errors}. */
    interface RowReader {
        void row(CsvParser p, FileErrors errors);
    }

    private ContractCsv() {
    }

    /** Reads {@code file} (named {@code name} in messages); returns its sha256, or throws every problem found. */
    static String read(Path file, String name, List<String> columns, RowReader rows) {
        FileErrors errors = new FileErrors(name, MAX_ERRORS);
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file);
             CsvParser p = new CsvParser(in, digest, CsvDialect.CONTRACT, CsvParser.DEFAULT_BUFFER,
                     CsvParser.MAX_RECORD)) {
            if (!p.next()) {
                errors.add(0, null, "empty file: expected the header " + String.join(",", columns));
            } else if (header(p, errors, columns)) {
                while (p.next()) {
                    if (p.fatal() || p.problem() != null) {
                        errors.add(p.line(), null, p.problem());
                        if (p.fatal()) {
                            break;
                        }
                    } else if (p.fieldCount() != columns.size()) {
                        errors.add(p.line(), null, "expected " + columns.size() + " fields, got " + p.fieldCount());
                    } else {
                        rows.row(p, errors);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
        if (errors.any()) {
            throw new InputException(errors.toList());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean header(CsvParser p, FileErrors errors, List<String> columns) {
        List<String> got = new ArrayList<>();
        for (int i = 0; i < p.fieldCount(); i++) {
            got.add(text(p, i).strip().replace("\uFEFF", ""));
        }
        if (!got.equals(columns)) {
            errors.add(1, null, "header must be " + String.join(",", columns) + " (in this order), got "
                    + String.join(",", got));
            return false;
        }
        return true;
    }

    /**
     * A pseudonym field, or empty (reported) when it is a raw BSN or not well formed. The program's own
     * spreadsheet-safe mark (a leading apostrophe, see {@link SpreadsheetSafe}) is dropped first.
     */
    static Optional<String> pseudonym(CsvParser p, int field, FileErrors errors) {
        String pseudonym = SpreadsheetSafe.unguard(text(p, field));
        if (Pseudonyms.looksLikeBsn(pseudonym)) {
            errors.add(p.line(), "pseudoniem", FieldReader.RAW_BSN);
            return Optional.empty();
        }
        if (!Pseudonyms.isWellFormed(pseudonym)) {
            errors.add(p.line(), "pseudoniem", FieldReader.BAD_PSEUDONYM);
            return Optional.empty();
        }
        return Optional.of(pseudonym);
    }

    /** A date field; empty when the field is empty (reported unless optional) or not an ISO date (reported). */
    static Optional<LocalDate> date(CsvParser p, int field, String column, boolean optional, FileErrors errors) {
        if (isEmpty(p, field)) {
            if (!optional) {
                errors.add(p.line(), column, "must be a date (yyyy-MM-dd), got nothing");
            }
            return Optional.empty();
        }
        int day = IsoDates.epochDay(p.bytes(), p.start(field), p.end(field));
        if (day == IsoDates.INVALID) {
            errors.add(p.line(), column, "must be a date (yyyy-MM-dd)");
            return Optional.empty();
        }
        return Optional.of(LocalDate.ofEpochDay(day));
    }

    static boolean isEmpty(CsvParser p, int field) {
        return p.end(field) == p.start(field);
    }

    static String text(CsvParser p, int field) {
        return new String(p.bytes(), p.start(field), p.end(field) - p.start(field), StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
