package nl.vroegsignaal.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;

/**
 * Who the team contacted after a past list, from the filled contact logs of a history folder (one folder per past
 * list run, each with its {@code contactlog-LIST.csv}, as the follow-up reads it). A person counts as contacted for
 * the row of a peildatum when the log of a list at that peildatum or an earlier one records that the team spoke with
 * them ({@link nl.vroegsignaal.contract.ContactUitkomst#contacted()}) on a first-contact date before that row's label
 * window ends (less than a year after the peildatum): that contact can have changed the row's label, directly (the
 * year after the list) or through what followed (a young person who stayed because of it can leave later, or not).
 * A contact after the row's label window, or after a later list, does not mark it. Each log is read and validated as
 * always (located errors, nothing returned unless every log is right).
 */
public final class ContactHistory {
    private final Map<String, List<LocalDate[]>> contacted;
    private final Map<String, String> sha256;

    private ContactHistory(Map<String, List<LocalDate[]>> contacted, Map<String, String> sha256) {
        this.contacted = contacted;
        this.sha256 = sha256;
    }

    /** Reads every {@code contactlog-*.csv} one level below {@code history}, in name order. */
    public static ContactHistory read(Path history) {
        if (!Files.isDirectory(history)) {
            throw new InputException(new InputError(history.toString(), 0, null,
                    "not a folder (expected the history folder: one folder per past list run, each with the filled "
                            + "contactlog-LIST.csv)"));
        }
        Map<String, List<LocalDate[]>> out = new java.util.HashMap<>();
        Map<String, String> hashes = new TreeMap<>();
        for (Path run : list(history)) {
            if (!Files.isDirectory(run)) {
                continue;
            }
            for (Path log : list(run)) {
                String name = log.getFileName().toString();
                if (!name.startsWith("contactlog-") || !name.endsWith(".csv") || name.startsWith("contactlog-school-")) {
                    continue;
                }
                ContactLogFile.Contents c = ContactLogFile.read(log);
                hashes.put(history.relativize(log).toString().replace('\\', '/'), c.sha256());
                for (ContactLogFile.Row r : c.rows()) {
                    if (r.outcome().map(o -> o.contacted()).orElse(false) && r.firstContact().isPresent()) {
                        out.computeIfAbsent(r.pseudonym(), k -> new ArrayList<>())
                                .add(new LocalDate[] {c.peildatum(), r.firstContact().get()});
                    }
                }
            }
        }
        if (hashes.isEmpty()) {
            throw new InputException(new InputError(history.toString(), 0, null,
                    "holds no contact log (expected folders with contactlog-leerplicht.csv or contactlog-rmc.csv)"));
        }
        return new ContactHistory(out, hashes);
    }

    /**
     * Whether the team contacted this person after a list at {@code peildatum} or before it, on a day before the
     * label window of their row at {@code peildatum} ends.
     */
    public boolean contactedFor(String pseudonym, LocalDate peildatum) {
        List<LocalDate[]> s = contacted.get(pseudonym);
        if (s == null) {
            return false;
        }
        LocalDate end = peildatum.plusYears(1);
        for (LocalDate[] c : s) {
            if (!c[0].isAfter(peildatum) && c[1].isBefore(end)) {
                return true;
            }
        }
        return false;
    }

    /** Per matrix row (pseudonym and epoch-day peildatum), whether it is marked. */
    public boolean[] mark(String[] pseudonym, int[] peildatum) {
        boolean[] out = new boolean[pseudonym.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = contactedFor(pseudonym[i], LocalDate.ofEpochDay(peildatum[i]));
        }
        return out;
    }

    /** sha256 per contact log, by its path inside the history folder, in path order, for provenance. */
    public Map<String, String> sha256() {
        return java.util.Collections.unmodifiableMap(sha256); // sorted by path: the provenance order
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + dir + ": " + e.getMessage(), e);
        }
    }
}
