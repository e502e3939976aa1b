package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.Map;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.explain.Signal;
import nl.vroegsignaal.explain.SignalList;
import nl.vroegsignaal.link.ContactLogFile;

/**
 * The contact-log template beside a list ({@code contactlog-<list>.csv}, owner-only): one row per person on the
 * list in rank order, with the list's key and peildatum, and the two columns the team fills in left empty
 * ({@code datum_eerste_contact}, {@code uitkomst}). {@link ContactLogFile} reads it back, filled or not.
 */
public final class ContactLogTemplate {
    private ContactLogTemplate() {
    }

    /** Whether a list gets a template: the age-band lists; a school's list repeats persons of those. */
    public static boolean hasTemplate(SignalList list) {
        return !list.key().startsWith("school-");
    }

    public static void write(SignalList list, Path file) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.PERSON_LEVEL, render(list));
    }

    static String render(SignalList list) {
        return render(list, Map.of());
    }

    /**
     * A log as a team filled it in, for generated histories ({@code pipeline.HistoryBuilder}): the template with each
     * given person's date and outcome.
     */
    public static void writeFilled(SignalList list, Map<String, ContactLogFile.Row> filled, Path file) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.PERSON_LEVEL, render(list, filled));
    }

    private static String render(SignalList list, Map<String, ContactLogFile.Row> filled) {
        StringBuilder out = new StringBuilder(String.join(",", ContactLogFile.COLUMNS)).append('\n');
        for (Signal s : list.signals()) {
            out.append(Csv.field(s.pseudonym())).append(',').append(list.key()).append(',')
                    .append(list.peildatum()).append(',').append(s.rank()).append(',');
            ContactLogFile.Row r = filled.get(s.pseudonym());
            if (r != null) {
                out.append(r.firstContact().map(Object::toString).orElse("")).append(',')
                        .append(r.outcome().map(o -> o.code()).orElse(""));
            } else {
                out.append(',');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
