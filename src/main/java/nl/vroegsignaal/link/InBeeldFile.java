package nl.vroegsignaal.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.vroegsignaal.contract.InBeeldSoort;
import nl.vroegsignaal.contract.Pseudonyms;
import nl.vroegsignaal.core.CsvDialect;
import nl.vroegsignaal.core.CsvParser;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;

/**
 * The optional {@code in-beeld.csv} of an input folder: current trajectories and contacts (pseudoniem,
 * begindatum, einddatum (optional), soort), read in the contract's style by the one CSV reader and validated
 * like every contract file: every problem is reported with file, line and column, and no value of a person is
 * echoed. Only the signal stage reads it, to mark young people who are already in view.
 */
public final class InBeeldFile {
    public static final String FILE = "in-beeld.csv";
    static final List<String> COLUMNS = List.of("pseudoniem", "begindatum", "einddatum", "soort");
    private static final int MAX_ERRORS = 50;

    /** One row: a trajectory or contact running from {@code begin} to {@code end} (empty: still running). */
    public record Row(String pseudonym, LocalDate begin, Optional<LocalDate> end, InBeeldSoort kind) {
        public boolean runsOn(LocalDate day) {
            return !begin.isAfter(day) && end.map(e -> !e.isBefore(day)).orElse(true);
        }
    }

    /** The file's rows and its sha256, for provenance. */
    public record Contents(List<Row> rows, String sha256) {
        public Contents {
            rows = List.copyOf(rows);
        }

        /** Per person in view on the day, the kind in Dutch (by kind code order when there are several). */
        public Map<String, String> inViewOn(LocalDate day) {
            Map<String, InBeeldSoort> first = new TreeMap<>();
            for (Row r : rows) {
                if (r.runsOn(day)) {
                    first.merge(r.pseudonym(), r.kind(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                }
            }
            Map<String, String> out = new TreeMap<>();
            first.forEach((p, k) -> out.put(p, k.nameNl()));
            return out;
        }
    }

    private InBeeldFile() {
    }

    /** The file in the input folder, or empty when there is none. */
    public static Optional<Contents> read(Path inputDir) {
        Path file = inputDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        FileErrors errors = new FileErrors(FILE, MAX_ERRORS);
        List<Row> rows = new ArrayList<>();
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file);
             CsvParser p = new CsvParser(in, digest, CsvDialect.CONTRACT, CsvParser.DEFAULT_BUFFER,
                     CsvParser.MAX_RECORD)) {
            if (!p.next()) {
                errors.add(0, null, "empty file: expected the header " + String.join(",", COLUMNS));
            } else if (header(p, errors)) {
                while (p.next()) {
                    if (p.fatal() || p.problem() != null) {
                        errors.add(p.line(), null, p.problem());
                        if (p.fatal()) {
                            break;
                        }
                        continue;
                    }
                    row(p, errors).ifPresent(rows::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
        if (errors.any()) {
            throw new InputException(errors.toList());
        }
        return Optional.of(new Contents(rows, HexFormat.of().formatHex(digest.digest())));
    }

    private static boolean header(CsvParser p, FileErrors errors) {
        List<String> got = new ArrayList<>();
        for (int i = 0; i < p.fieldCount(); i++) {
            got.add(text(p, i).strip().replace("\uFEFF", ""));
        }
        if (!got.equals(COLUMNS)) {
            errors.add(1, null, "header must be " + String.join(",", COLUMNS) + " (in this order), got "
                    + String.join(",", got));
            return false;
        }
        return true;
    }

    private static Optional<Row> row(CsvParser p, FileErrors errors) {
        long line = p.line();
        if (p.fieldCount() != COLUMNS.size()) {
            errors.add(line, null, "expected " + COLUMNS.size() + " fields, got " + p.fieldCount());
            return Optional.empty();
        }
        String pseudonym = text(p, 0);
        boolean ok = true;
        if (Pseudonyms.looksLikeBsn(pseudonym)) {
            errors.add(line, "pseudoniem", FieldReader.RAW_BSN);
            ok = false;
        } else if (!Pseudonyms.isWellFormed(pseudonym)) {
            errors.add(line, "pseudoniem", FieldReader.BAD_PSEUDONYM);
            ok = false;
        }
        Optional<LocalDate> begin = date(p, 1, line, "begindatum", false, errors);
        Optional<LocalDate> end = date(p, 2, line, "einddatum", true, errors);
        String code = text(p, 3);
        Optional<InBeeldSoort> kind = InBeeldSoort.CODES.parse(code);
        if (kind.isEmpty()) {
            errors.add(line, "soort", "must be one of " + String.join(", ",
                    java.util.Arrays.stream(InBeeldSoort.values()).map(InBeeldSoort::code).toList()));
            ok = false;
        }
        if (begin.isEmpty() || (p.end(2) > p.start(2) && end.isEmpty())) {
            ok = false;
        } else if (end.isPresent() && end.get().isBefore(begin.get())) {
            errors.add(line, "einddatum", "must not be before begindatum");
            ok = false;
        }
        return ok ? Optional.of(new Row(pseudonym, begin.get(), end, kind.get())) : Optional.empty();
    }

    private static Optional<LocalDate> date(CsvParser p, int field, long line, String column, boolean optional,
                                            FileErrors errors) {
        if (p.end(field) == p.start(field)) {
            if (!optional) {
                errors.add(line, column, "must be a date (yyyy-MM-dd), got nothing");
            }
            return Optional.empty();
        }
        int day = IsoDates.epochDay(p.bytes(), p.start(field), p.end(field));
        if (day == IsoDates.INVALID) {
            errors.add(line, column, "must be a date (yyyy-MM-dd)");
            return Optional.empty();
        }
        return Optional.of(LocalDate.ofEpochDay(day));
    }

    private static String text(CsvParser p, int field) {
        return new String(p.bytes(), p.start(field), p.end(field) - p.start(field),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
