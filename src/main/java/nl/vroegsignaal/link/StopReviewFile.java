package nl.vroegsignaal.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.vroegsignaal.core.CsvParser;

/**
 * The optional {@code stopregel-akkoord.csv} of an input folder: who reviewed a stop of the signal step, and when.
 * One row per review (code, naam, datum, toelichting), appended by the municipality; a row releases the stop whose
 * code it names, and only that one. Read like {@code in-beeld.csv}: every problem located, nothing used unless the
 * whole file is right.
 */
public final class StopReviewFile {
    public static final String FILE = "stopregel-akkoord.csv";
    static final List<String> COLUMNS = List.of("code", "naam", "datum", "toelichting");
    private static final int MAX_TEXT = 200;

    /** One review: the stop's code, the reviewer's name, the date, and what they concluded (may be empty). */
    public record Review(String code, String name, LocalDate date, String note) {
    }

    /** The file's reviews in file order, and its sha256. */
    public record Contents(List<Review> reviews, String sha256) {
        public Contents {
            reviews = List.copyOf(reviews);
        }

        /** The last review of the stop with this code, if any. */
        public Optional<Review> of(String code) {
            Review found = null;
            for (Review r : reviews) {
                if (r.code().equals(code)) {
                    found = r;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    private StopReviewFile() {
    }

    /** The file in the input folder, or empty when there is none. */
    public static Optional<Contents> read(Path inputDir) {
        Path file = inputDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<Review> reviews = new ArrayList<>();
        String sha256 = ContractCsv.read(file, FILE, COLUMNS, (p, errors) -> row(p, errors).ifPresent(reviews::add));
        return Optional.of(new Contents(reviews, sha256));
    }

    private static Optional<Review> row(CsvParser p, FileErrors errors) {
        String code = ContractCsv.text(p, 0).strip();
        boolean ok = true;
        if (!code.matches("[0-9a-f]{12}")) {
            errors.add(p.line(), "code", "must be the 12-character code of the stop, as signal printed it");
            ok = false;
        }
        String name = ContractCsv.text(p, 1).strip();
        if (name.isEmpty() || name.length() > MAX_TEXT || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(p.line(), "naam", "must name the person who reviewed the stop (1 to " + MAX_TEXT
                    + " characters, one line)");
            ok = false;
        }
        Optional<LocalDate> date = ContractCsv.date(p, 2, "datum", false, errors);
        String note = ContractCsv.text(p, 3).strip();
        if (note.length() > MAX_TEXT || note.chars().anyMatch(Character::isISOControl)) {
            errors.add(p.line(), "toelichting", "must be at most " + MAX_TEXT + " characters on one line");
            ok = false;
        }
        return ok && date.isPresent() ? Optional.of(new Review(code, name, date.get(), note)) : Optional.empty();
    }
}
