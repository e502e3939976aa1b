package nl.vroegsignaal.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.vroegsignaal.contract.ContactUitkomst;
import nl.vroegsignaal.core.CsvParser;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;

/**
 * A contact log: the template {@code signal} writes beside each list ({@code contactlog-<list>.csv}), as the team
 * filled it in. One row per listed person; the team fills in the date of the first contact and the outcome from a
 * closed code list ({@link ContactUitkomst}). Read like {@code in-beeld.csv}: by the one CSV reader, every problem
 * reported with file, line and column, no person's value echoed, nothing returned unless the whole file is right.
 */
public final class ContactLogFile {
    public static final List<String> COLUMNS = List.of("pseudoniem", "lijst", "peildatum", "rang",
            "datum_eerste_contact", "uitkomst");
    private static final Pattern LIST_KEY = Pattern.compile("[a-z0-9-]+");

    /** One listed person: their rank on the list, and what the team recorded (both empty: not filled in yet). */
    public record Row(String pseudonym, int rank, Optional<LocalDate> firstContact,
                      Optional<ContactUitkomst> outcome) {
    }

    /** A whole log: the list it belongs to, its rows in file order, and its sha256 for provenance. */
    public record Contents(String list, LocalDate peildatum, List<Row> rows, String sha256) {
        public Contents {
            rows = List.copyOf(rows);
        }
    }

    private ContactLogFile() {
    }

    /** The template's file name for a list key, e.g. {@code contactlog-rmc.csv}. */
    public static String fileName(String listKey) {
        return "contactlog-" + listKey + ".csv";
    }

    /** Reads and validates a filled (or still empty) contact log. */
    public static Contents read(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InputException(new InputError(name, 0, null, "no such file: " + file));
        }
        Rows rows = new Rows();
        String sha256 = ContractCsv.read(file, name, COLUMNS, rows::read);
        if (rows.rows.isEmpty()) {
            throw new InputException(new InputError(name, 0, null,
                    "no rows: a contact log holds one row per person on the list"));
        }
        return new Contents(rows.list, rows.peildatum, rows.rows, sha256);
    }

    /** Collects the rows and checks that they agree with each other (one list, one peildatum, no repeats). */
    private static final class Rows {
        final List<Row> rows = new ArrayList<>();
        final Set<String> pseudonyms = new HashSet<>();
        final Set<Integer> ranks = new HashSet<>();
        String list;
        LocalDate peildatum;

        void read(CsvParser p, FileErrors errors) {
            long line = p.line();
            Optional<String> pseudonym = ContractCsv.pseudonym(p, 0, errors);
            boolean ok = pseudonym.isPresent();
            if (ok && !pseudonyms.add(pseudonym.get())) {
                errors.add(line, "pseudoniem", "appears on an earlier line: one row per person");
                ok = false;
            }
            ok &= sameList(ContractCsv.text(p, 1), line, errors);
            Optional<LocalDate> day = ContractCsv.date(p, 2, "peildatum", false, errors);
            ok &= day.isPresent() && samePeildatum(day.get(), line, errors);
            Optional<Integer> rank = rank(ContractCsv.text(p, 3), line, errors);
            ok &= rank.isPresent();
            Optional<LocalDate> contact = ContractCsv.date(p, 4, "datum_eerste_contact", true, errors);
            ok &= ContractCsv.isEmpty(p, 4) || contact.isPresent();
            String code = ContractCsv.text(p, 5);
            Optional<ContactUitkomst> outcome = ContactUitkomst.CODES.parse(code);
            if (!code.isEmpty() && outcome.isEmpty()) {
                errors.add(line, "uitkomst", "must be empty (not filled in yet) or one of "
                        + ContactUitkomst.CODES.allowed());
                ok = false;
            }
            if (!ok) {
                return;
            }
            if (contact.isPresent() && contact.get().isBefore(peildatum)) {
                errors.add(line, "datum_eerste_contact", "must not be before the list's peildatum " + peildatum);
                return;
            }
            if (contact.isPresent() && outcome.isEmpty()) {
                errors.add(line, "uitkomst", "must be set when datum_eerste_contact is");
                return;
            }
            if (outcome.isPresent() && outcome.get().contacted() && contact.isEmpty()) {
                errors.add(line, "datum_eerste_contact", "must be set when uitkomst is " + outcome.get().code()
                        + " (the team spoke with the young person)");
                return;
            }
            rows.add(new Row(pseudonym.get(), rank.get(), contact, outcome));
        }

        private boolean sameList(String key, long line, FileErrors errors) {
            if (!LIST_KEY.matcher(key).matches()) {
                errors.add(line, "lijst", "must be the list's key (leerplicht, rmc, ...), as in the template");
                return false;
            }
            if (list == null) {
                list = key;
            } else if (!list.equals(key)) {
                errors.add(line, "lijst", "must be " + list + " as on the first row: one log per list");
                return false;
            }
            return true;
        }

        private boolean samePeildatum(LocalDate day, long line, FileErrors errors) {
            if (peildatum == null) {
                peildatum = day;
            } else if (!peildatum.equals(day)) {
                errors.add(line, "peildatum", "must be " + peildatum + " as on the first row: one log per list");
                return false;
            }
            return true;
        }

        private Optional<Integer> rank(String text, long line, FileErrors errors) {
            if (!text.matches("[1-9][0-9]{0,8}")) {
                errors.add(line, "rang", "must be a whole number from 1");
                return Optional.empty();
            }
            int r = Integer.parseInt(text);
            if (!ranks.add(r)) {
                errors.add(line, "rang", "appears on an earlier line: one row per rank");
                return Optional.empty();
            }
            return Optional.of(r);
        }
    }
}
