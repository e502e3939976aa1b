package nl.vroegsignaal.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.vroegsignaal.contract.InBeeldSoort;
import nl.vroegsignaal.core.CsvParser;

/**
 * The optional {@code in-beeld.csv} of an input folder: current trajectories and contacts (pseudoniem,
 * begindatum, einddatum (optional), soort), read in the contract's style by the one CSV reader and validated
 * like every contract file: every problem is reported with file, line and column, and no value of a person is
 * echoed. Only the signal stage reads it, to mark young people who are already in view.
 */
public final class InBeeldFile {
    public static final String FILE = "in-beeld.csv";
    static final List<String> COLUMNS = List.of("pseudoniem", "begindatum", "einddatum", "soort");

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
        List<Row> rows = new ArrayList<>();
        String sha256 = ContractCsv.read(file, FILE, COLUMNS, (p, errors) -> row(p, errors).ifPresent(rows::add));
        return Optional.of(new Contents(rows, sha256));
    }

    private static Optional<Row> row(CsvParser p, FileErrors errors) {
        Optional<String> pseudonym = ContractCsv.pseudonym(p, 0, errors);
        Optional<LocalDate> begin = ContractCsv.date(p, 1, "begindatum", false, errors);
        Optional<LocalDate> end = ContractCsv.date(p, 2, "einddatum", true, errors);
        Optional<InBeeldSoort> kind = InBeeldSoort.CODES.parse(ContractCsv.text(p, 3));
        boolean ok = pseudonym.isPresent();
        if (kind.isEmpty()) {
            errors.add(p.line(), "soort", "must be one of " + InBeeldSoort.CODES.allowed());
            ok = false;
        }
        if (begin.isEmpty() || (!ContractCsv.isEmpty(p, 2) && end.isEmpty())) {
            ok = false;
        } else if (end.isPresent() && end.get().isBefore(begin.get())) {
            errors.add(p.line(), "einddatum", "must not be before begindatum");
            ok = false;
        }
        return ok ? Optional.of(new Row(pseudonym.get(), begin.get(), end, kind.get())) : Optional.empty();
    }
}
