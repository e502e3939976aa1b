package nl.vroegsignaal.report;

import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.contract.Peildatum;
import nl.vroegsignaal.explain.AgeBand;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.explain.ReasonTopics;
import nl.vroegsignaal.explain.Signal;
import nl.vroegsignaal.explain.SignalList;
import nl.vroegsignaal.explain.SignalLists;

/**
 * The Dutch (B1) texts that open a signal list and say what it is and is not, how it was made, how often a
 * signal is right, what the risk means, why someone is on it and how to handle it. One source for the HTML
 * page and the JSON file, so systems and people read the same words. The sentences are {@code signaallijst.*}
 * texts ({@link Texts}: built in, or the configuration's {@code texts} file); the facts in them (age range,
 * peildatum, capacity, counts) are filled in here.
 */
public final class SignalTexts {
    /** One part of the explanation: a key for systems, a heading and paragraphs for people. */
    public record Section(String key, String heading, List<String> paragraphs) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private SignalTexts() {
    }

    public static String title(Texts t) {
        return t.text("signaallijst.titel");
    }

    /** The list's name as every printed page repeats it, e.g. "Leerplicht (jonger dan 18 jaar)". */
    public static String listName(SignalList list) {
        return list.nameNl();
    }

    /** The one sentence that comes first, everywhere: "Een signaal is geen besluit.". */
    public static String notADecision(Texts t) {
        return t.text("signaallijst.wat_het_is.besluit");
    }

    /** "Peildatum 1 oktober 2025 \u00b7 40 van de 1500 jongeren". */
    public static String subtitle(SignalList list, Texts t) {
        return t.text("signaallijst.ondertitel", "datum", NlFormat.date(list.peildatum()), "capaciteit",
                list.capacity(), "populatie", list.population());
    }

    public static List<Section> sections(SignalList list, Texts t) {
        return List.of(whatItIs(t), whatToDo(list, t), howItWasMade(list, t), precision(list, t), risk(t),
                reasons(list, t), privacy(t));
    }

    /** What a row without reasons says instead (one text per note, so that a row never tells more). */
    public static String noteText(Signal.Note note, Texts t) {
        return switch (note) {
            case NONE -> "";
            case CONTEXT_ONLY -> t.text("signaallijst.toelichting.alleen_context");
            case NOTHING_SHOWN -> t.text("signaallijst.toelichting.niets_getoond");
            case NO_REASON -> t.text("signaallijst.toelichting.geen_reden");
        };
    }

    /** The mark of a person already in view, e.g. "Al in beeld: traject RMC". */
    public static String knownText(Signal s, Texts t) {
        return s.known().map(k -> t.text("signaallijst.al_in_beeld", "wie", k)).orElse("");
    }

    /**
     * What each list may show, and who decided: for the lists' provenance readers and the register entry, e.g.
     * "Wat de signaallijsten laten zien: op de lijst Leerplicht (jonger dan 18 jaar) staan geen redenen over
     * schuldhulp; ...; besluit: ...".
     */
    public static String visibilityNl(SignalLists lists, Texts t) {
        List<String> parts = new ArrayList<>();
        for (SignalList l : lists.byBand()) {
            parts.add(l.hiddenTopics().isEmpty() ? t.text("signaallijst.zichtbaarheid.alle", "lijst", l.nameNl())
                    : t.text("signaallijst.zichtbaarheid.niet", "lijst", l.nameNl(), "onderwerpen",
                    topicsNl(l.hiddenTopics(), t)));
        }
        return t.text("signaallijst.zichtbaarheid.tekst", "lijsten", String.join("; ", parts), "besluit",
                lists.byBand().get(0).visibilityDecision());
    }

    static String topicsNl(List<String> topics, Texts t) {
        List<String> names = topics.stream().map(ReasonTopics::nameNl).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + t.text("signaallijst.en") + " "
                + names.get(names.size() - 1);
    }

    private static Section whatItIs(Texts t) {
        return new Section("watHetIs", t.text("signaallijst.wat_het_is.kop"), List.of(
                notADecision(t),
                t.text("signaallijst.wat_het_is.kijken"),
                t.text("signaallijst.wat_het_is.zelf_beslissen"),
                t.text("signaallijst.wat_het_is.niet_op_de_lijst")));
    }

    private static Section whatToDo(SignalList list, Texts t) {
        String contact = list.key().equals(AgeBand.LEERPLICHT.key())
                ? t.text("signaallijst.wat_doen.contact_leerplicht", "leeftijd_rmc", AgeBand.RMC_FROM_AGE)
                : t.text("signaallijst.wat_doen.contact");
        return new Section("watKuntUDoen", t.text("signaallijst.wat_doen.kop"), List.of(
                contact + " " + t.text("signaallijst.wat_doen.overleg"),
                t.text("signaallijst.wat_doen.bespreken"),
                t.text("signaallijst.wat_doen.opschrijven")));
    }

    private static Section howItWasMade(SignalList list, Texts t) {
        List<String> sources = new ArrayList<>();
        for (String s : list.dataSources()) {
            sources.add(sourceNl(s, t));
        }
        String group = list.key().equals(AgeBand.LEERPLICHT.key())
                ? t.text("signaallijst.hoe_gemaakt.groep_leerplicht", "leeftijd_rmc", AgeBand.RMC_FROM_AGE)
                : list.key().equals(AgeBand.RMC.key())
                ? t.text("signaallijst.hoe_gemaakt.groep_rmc", "leeftijd_rmc", AgeBand.RMC_FROM_AGE)
                : t.text("signaallijst.hoe_gemaakt.groep_school");
        List<String> paragraphs = new ArrayList<>(List.of(
                t.text("signaallijst.hoe_gemaakt.model", "soort", list.modelTypeNl(), "naam", list.modelName(),
                        "peildatum", NlFormat.date(list.peildatum()), "groep", group,
                        "capaciteit", list.capacity(), "populatie", list.population()),
                t.text("signaallijst.hoe_gemaakt.doelgroep", "leeftijd_van", Peildatum.MIN_AGE,
                        "leeftijd_tot", Peildatum.MAX_AGE),
                t.text("signaallijst.hoe_gemaakt.gegevens", "bronnen", String.join(", ", sources))));
        MissingSources.nl(list.provenance(), t).ifPresent(paragraphs::add); // a source the model was trained without
        String share = list.provenance().get("steekproef.aandeel");
        if (share != null) {
            // the random stream: say that there is one and who decided it, never who was drawn
            paragraphs.add(t.text("signaallijst.hoe_gemaakt.steekproef",
                    "aandeel", NlFormat.wholePercent(Double.parseDouble(share)),
                    "besluit", list.provenance().get("steekproef.besluit")));
        }
        return new Section("hoeGemaakt", t.text("signaallijst.hoe_gemaakt.kop"), paragraphs);
    }

    /** Dutch names of the contract files, for readers who do not know the file names. */
    private static String sourceNl(String file, Texts t) {
        return switch (file) {
            case "personen.csv" -> t.text("signaallijst.bron.personen");
            case "inschrijvingen.csv" -> t.text("signaallijst.bron.inschrijvingen");
            case "diplomas.csv" -> t.text("signaallijst.bron.diplomas");
            case "verzuim.csv" -> t.text("signaallijst.bron.verzuim");
            case "uitkeringen.csv" -> t.text("signaallijst.bron.uitkeringen");
            case "jeugdhulp.csv" -> t.text("signaallijst.bron.jeugdhulp");
            case "schuldhulp.csv" -> t.text("signaallijst.bron.schuldhulp");
            case "verhuizingen.csv" -> t.text("signaallijst.bron.verhuizingen");
            default -> file;
        };
    }

    private static Section precision(SignalList list, Texts t) {
        String heading = t.text("signaallijst.betrouwbaarheid.kop");
        if (list.signals().isEmpty()) {
            return new Section("betrouwbaarheid", heading, List.of(t.text("signaallijst.betrouwbaarheid.leeg")));
        }
        String of = list.capacity() == 100 ? t.text("signaallijst.betrouwbaarheid.van_de_100")
                : t.text("signaallijst.betrouwbaarheid.van_elke_100");
        String basis = list.precisionBasis() == SignalList.PrecisionBasis.EVALUATION
                ? t.text("signaallijst.betrouwbaarheid.basis_evaluatie")
                : t.text("signaallijst.betrouwbaarheid.basis_gemiddeld");
        return new Section("betrouwbaarheid", heading, List.of(
                t.text("signaallijst.betrouwbaarheid.verwachting", "van", of,
                        "procent", NlFormat.wholePercent(list.expectedPrecision()), "capaciteit", list.capacity(),
                        "aantal", Math.round(list.expectedPrecision() * list.capacity()), "basis", basis),
                t.text("signaallijst.betrouwbaarheid.anderen")));
    }

    private static Section risk(Texts t) {
        return new Section("risico", t.text("signaallijst.risico.kop"), List.of(
                t.text("signaallijst.risico.uitleg"),
                t.text("signaallijst.risico.kalibratie")));
    }

    private static Section reasons(SignalList list, Texts t) {
        String protectedAndWijk = t.text("signaallijst.redenen.beschermd") + (list.modelFamilies().contains("wijk")
                ? " " + t.text("signaallijst.redenen.wijk_telt_mee") : "");
        List<String> p = new ArrayList<>(List.of(
                t.text("signaallijst.redenen.onderwerpen"),
                t.text("signaallijst.redenen.context"),
                protectedAndWijk));
        if (!list.hiddenTopics().isEmpty()) {
            p.add(t.text("signaallijst.redenen.niet_getoond", "onderwerpen", topicsNl(list.hiddenTopics(), t),
                    "besluit", list.visibilityDecision()));
        }
        return new Section("redenen", t.text("signaallijst.redenen.kop"), p);
    }

    private static Section privacy(Texts t) {
        return new Section("privacy", t.text("signaallijst.privacy.kop"), List.of(
                t.text("signaallijst.privacy.delen"),
                t.text("signaallijst.privacy.pseudoniem")));
    }

    /** Provenance for a footer: sha256 values shortened to 12 characters, keys in order. */
    public static List<String> provenanceLines(SignalList list) {
        List<String> out = new ArrayList<>();
        list.provenance().forEach((k, v) -> out.add(k + ": " + shorten(v)));
        return out;
    }

    static String shorten(String value) {
        return value.matches("[0-9a-f]{64}") ? value.substring(0, 12) : value;
    }
}
