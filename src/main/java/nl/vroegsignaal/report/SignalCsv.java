package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.List;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.explain.Reason;
import nl.vroegsignaal.explain.Signal;
import nl.vroegsignaal.explain.SignalList;

/**
 * {@code signalen-<list>.csv} for case-management systems: UTF-8 without BOM, comma-separated, RFC 4180 quoting
 * of fields with a comma, quote or line break, '\n' line ends. The risk is a whole percentage as on the page;
 * an absent reason is an empty field, and {@code toelichting} says why a row has none.
 */
public final class SignalCsv {
    static final String HEADER = "rang,pseudoniem,risico_procent,leeftijd,brin,onderwijssoort,leerjaar,al_in_beeld,"
            + "reden_1,reden_2,reden_3,toelichting";

    private SignalCsv() {
    }

    /** With the built-in texts. */
    public static void write(SignalList list, Path file) {
        write(list, Texts.builtIn(), file);
    }

    public static void write(SignalList list, Texts t, Path file) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.PERSON_LEVEL, render(list, t));
    }

    static String render(SignalList list) {
        return render(list, Texts.builtIn());
    }

    static String render(SignalList list, Texts t) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Signal s : list.signals()) {
            out.append(s.rank()).append(',').append(Csv.field(s.pseudonym())).append(',')
                    .append(NlFormat.wholePercent(s.risk())).append(',').append(s.context().age()).append(',')
                    .append(Csv.field(s.context().brin())).append(',').append(Csv.field(s.context().onderwijssoort()))
                    .append(',').append(s.context().leerjaar()).append(',').append(Csv.field(s.known().orElse("")));
            List<Reason> reasons = s.reasons();
            for (int i = 0; i < 3; i++) {
                out.append(',');
                if (i < reasons.size()) {
                    out.append(Csv.field(reasons.get(i).textNl()));
                }
            }
            out.append(',').append(Csv.field(SignalTexts.noteText(s.note(), t))).append('\n');
        }
        return out.toString();
    }
}
