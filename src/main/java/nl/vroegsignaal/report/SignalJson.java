package nl.vroegsignaal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.explain.Reason;
import nl.vroegsignaal.explain.Signal;
import nl.vroegsignaal.explain.SignalList;

/**
 * {@code signalen-<list>.json} for case-management systems: the list with its explanatory texts and provenance, in a
 * fixed field order, numbers with fixed decimals (never exponent form), two-space indent and '\n' line ends,
 * so the same list always gives the same bytes.
 */
public final class SignalJson {
    /** Version of this file's layout; raise it when a field changes meaning or disappears. */
    public static final int FORMAT_VERSION = 2;

    private SignalJson() {
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
        ObjectNode root = ReportJson.object();
        root.put("soort", "vroegsignaal-signaallijst");
        root.put("formaatversie", FORMAT_VERSION);
        root.put("lijst", list.key());
        root.put("naam", list.nameNl());
        root.put("peildatum", list.peildatum().toString());
        root.put("capaciteit", list.capacity());
        root.put("populatie", list.population());
        ObjectNode model = root.putObject("model");
        model.put("naam", list.modelName());
        model.put("soort", list.modelTypeNl());
        root.put("verwachtePrecisie", NlFormat.fixed(list.expectedPrecision(), 4));
        root.put("precisieBasis", list.precisionBasis() == SignalList.PrecisionBasis.EVALUATION
                ? "evaluatie" : "gemiddeld_risico");
        ObjectNode visibility = root.putObject("zichtbaarheid");
        ArrayNode hidden = visibility.putArray("nietGetoond");
        list.hiddenTopics().forEach(hidden::add);
        visibility.put("besluit", list.visibilityDecision());
        root.put("alInBeeld", list.knownPlacement().key());
        ArrayNode sources = root.putArray("gegevensbronnen");
        list.dataSources().forEach(sources::add);
        ArrayNode texts = root.putArray("uitleg");
        for (SignalTexts.Section s : SignalTexts.sections(list, t)) {
            ObjectNode section = texts.addObject();
            section.put("onderwerp", s.key());
            section.put("kop", s.heading());
            ArrayNode paragraphs = section.putArray("tekst");
            s.paragraphs().forEach(paragraphs::add);
        }
        ObjectNode provenance = root.putObject("herkomst");
        list.provenance().forEach(provenance::put);
        ArrayNode signals = root.putArray("signalen");
        for (Signal s : list.signals()) {
            ObjectNode signal = signals.addObject();
            signal.put("rang", s.rank());
            signal.put("pseudoniem", s.pseudonym());
            signal.put("risico", NlFormat.fixed(s.risk(), 4));
            signal.put("risicoProcent", NlFormat.wholePercent(s.risk()));
            ObjectNode context = signal.putObject("context");
            context.put("leeftijd", s.context().age());
            context.put("brin", s.context().brin());
            context.put("onderwijssoort", s.context().onderwijssoort());
            context.put("leerjaar", s.context().leerjaar());
            if (s.known().isPresent()) {
                signal.put("alInBeeld", s.known().get());
            } else {
                signal.putNull("alInBeeld");
            }
            ArrayNode reasons = signal.putArray("redenen");
            for (Reason r : s.reasons()) {
                ObjectNode reason = reasons.addObject();
                reason.put("onderwerp", r.topic());
                reason.put("tekst", r.textNl());
                reason.put("bijdrage", NlFormat.fixed(r.contribution(), 6));
            }
            signal.put("toelichting", SignalTexts.noteText(s.note(), t));
        }
        return ReportJson.render(root, "the signal list");
    }
}
