package nl.vroegsignaal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.explain.AgeBand;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.explain.ReasonTopics;
import nl.vroegsignaal.explain.Signal;
import nl.vroegsignaal.explain.SignalList;
import nl.vroegsignaal.explain.SignalLists;

/**
 * The Dutch (B1) texts that open a signal list and say what it is and is not, how it was made, how often a
 * signal is right, what the risk means, why someone is on it and how to handle it. One source for the HTML
 * page and the JSON file, so systems and people read the same words.
 */
public final class SignalTexts {
    /** The one sentence that comes first, everywhere. */
    public static final String NOT_A_DECISION = "Een signaal is geen besluit.";

    /** Dutch names of the contract files, for readers who do not know the file names. */
    private static final Map<String, String> SOURCE_NAMES = Map.of(
            "personen.csv", "basisgegevens (leeftijd, wijk)",
            "inschrijvingen.csv", "inschrijvingen op school (DUO)",
            "diplomas.csv", "behaalde diploma's (DUO)",
            "verzuim.csv", "verzuimmeldingen (leerplicht)",
            "uitkeringen.csv", "uitkeringen van het huishouden",
            "jeugdhulp.csv", "jeugdhulp",
            "schuldhulp.csv", "schuldhulp van het huishouden",
            "verhuizingen.csv", "verhuizingen (BRP)");

    /** One part of the explanation: a key for systems, a heading and paragraphs for people. */
    public record Section(String key, String heading, List<String> paragraphs) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private SignalTexts() {
    }

    public static String title() {
        return "Signaallijst voortijdig schoolverlaten";
    }

    /** The list's name as every printed page repeats it, e.g. "Leerplicht (jonger dan 18 jaar)". */
    public static String listName(SignalList list) {
        return list.nameNl();
    }

    /** "Peildatum 1 oktober 2025 · 40 van de 1500 jongeren". */
    public static String subtitle(SignalList list) {
        return "Peildatum " + NlFormat.date(list.peildatum()) + " \u00b7 " + list.capacity() + " van de "
                + list.population() + " jongeren";
    }

    public static List<Section> sections(SignalList list) {
        List<Section> out = new ArrayList<>(List.of(whatItIs(), whatToDo(list), howItWasMade(list),
                precision(list), risk(), reasons(list)));
        out.add(privacy());
        return out;
    }

    /** What a row without reasons says instead (one text per note, so that a row never tells more). */
    public static String noteText(Signal.Note note) {
        return switch (note) {
            case NONE -> "";
            case CONTEXT_ONLY -> "Geen reden om te bespreken: alleen leeftijd, opleiding en leerjaar verhogen het "
                    + "risico.";
            case NOTHING_SHOWN -> "Geen reden om te tonen: het risico komt van leeftijd, opleiding en leerjaar, of "
                    + "van gegevens die op deze lijst niet getoond worden.";
            case NO_REASON -> "Geen reden aan te wijzen.";
        };
    }

    /** The mark of a person already in view, e.g. "Al in beeld: traject RMC". */
    public static String knownText(Signal s) {
        return s.known().map(k -> "Al in beeld: " + k).orElse("");
    }

    /**
     * What each list may show, and who decided: for the lists' provenance readers and the register entry, e.g.
     * "Op de lijst Leerplicht (jonger dan 18 jaar) staat niet: schuldhulp van het huishouden. ... Besluit: ...".
     */
    public static String visibilityNl(SignalLists lists) {
        StringBuilder b = new StringBuilder("Wat de signaallijsten laten zien: ");
        for (SignalList l : lists.byBand()) {
            b.append("op de lijst ").append(l.nameNl()).append(l.hiddenTopics().isEmpty()
                    ? " staan alle redenen; " : " staan geen redenen over " + topicsNl(l.hiddenTopics()) + "; ");
        }
        return b.append("besluit: ").append(lists.byBand().get(0).visibilityDecision()).append('.').toString();
    }

    static String topicsNl(List<String> topics) {
        List<String> names = topics.stream().map(ReasonTopics::nameNl).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " en " + names.get(names.size() - 1);
    }

    private static Section whatItIs() {
        return new Section("watHetIs", "Wat deze lijst is, en wat niet", List.of(
                NOT_A_DECISION,
                "Deze lijst laat zien bij welke jongeren u het beste eerst kunt gaan kijken. Meer zegt de lijst "
                        + "niet. Het is geen oordeel over een jongere en geen voorspelling die zeker uitkomt.",
                "U beslist zelf wat er gebeurt, na een gesprek met de jongere. Neem nooit een besluit over iemand "
                        + "alleen op grond van deze lijst.",
                "Ook jongeren die niet op de lijst staan, kunnen hulp nodig hebben."));
    }

    private static Section whatToDo(SignalList list) {
        List<String> p = new ArrayList<>(List.of(
                "1. Neem contact op met de jongere" + (list.key().equals(AgeBand.LEERPLICHT.key())
                        ? " en, bij een jongere onder de 18, met de ouders." : ".")
                        + " Staat er \u2018Al in beeld\u2019 bij iemand? Overleg dan eerst met de collega die de "
                        + "jongere al kent, zodat niemand twee keer wordt benaderd.",
                "2. Bespreek de redenen met de jongere. Kloppen ze? Wat speelt er nog meer? De redenen zijn een "
                        + "begin van het gesprek, geen conclusie.",
                "3. Schrijf op wat er is gebeurd, in de kolom Notities en daarna in uw eigen registratie: "
                        + "bijvoorbeeld in gesprek, hulp aangeboden, al in beeld of geen contact gekregen."));
        return new Section("watKuntUDoen", "Wat kunt u doen", p);
    }

    private static Section howItWasMade(SignalList list) {
        List<String> sources = new ArrayList<>();
        for (String s : list.dataSources()) {
            sources.add(SOURCE_NAMES.getOrDefault(s, s));
        }
        String group = list.key().equals(AgeBand.LEERPLICHT.key()) ? " Op deze lijst staan de jongeren die op de "
                + "peildatum jonger zijn dan 18 (leerplicht en kwalificatieplicht)."
                : list.key().equals(AgeBand.RMC.key()) ? " Op deze lijst staan de jongeren die op de peildatum 18 "
                + "jaar of ouder zijn (RMC)." : " Op deze lijst staan de jongeren van de lijsten voor leerplicht en "
                + "RMC die op de peildatum op deze school staan ingeschreven.";
        List<String> paragraphs = new ArrayList<>(List.of(
                "Een rekenmodel (" + list.modelTypeNl() + ", model '" + list.modelName() + "') heeft voor alle "
                        + "jongeren van de doelgroep op de peildatum " + NlFormat.date(list.peildatum())
                        + " berekend hoe groot de kans is dat zij binnen een jaar de school verlaten zonder "
                        + "startkwalificatie. De jongeren met de grootste kans staan op de lijst, zoveel als uw "
                        + "team dit jaar kan benaderen." + group + " Dat zijn er " + list.capacity() + " van de "
                        + list.population() + ".",
                "De doelgroep: jongeren van 12 tot en met 22 jaar die op de peildatum op school staan "
                        + "ingeschreven (niet in het hoger onderwijs), nog geen startkwalificatie hebben en in de "
                        + "gemeente wonen.",
                "Gebruikte gegevens: " + String.join(", ", sources) + ". Het model gebruikt alleen wat de "
                        + "gemeente vóór de peildatum wist."));
        MissingSources.nl(list.provenance()).ifPresent(paragraphs::add); // a source the model was trained without
        String share = list.provenance().get("steekproef.aandeel");
        if (share != null) {
            // the random stream: say that there is one and who decided it, never who was drawn
            paragraphs.add("Een klein deel van de plaatsen (" + NlFormat.wholePercent(Double.parseDouble(share))
                    + "%) is door loting gegeven aan jongeren die net onder de grens van de lijst vallen. Wie dat "
                    + "zijn, staat niet op de lijst: benader iedereen op dezelfde manier. Zo kan de gemeente later "
                    + "eerlijk nagaan of het contact helpt. Besloten door: "
                    + list.provenance().get("steekproef.besluit") + ".");
        }
        return new Section("hoeGemaakt", "Hoe de lijst is gemaakt", paragraphs);
    }

    private static Section precision(SignalList list) {
        if (list.signals().isEmpty()) {
            return new Section("betrouwbaarheid", "Hoe vaak klopt een signaal?", List.of(
                    "Er staan geen jongeren op deze lijst."));
        }
        int p = NlFormat.wholePercent(list.expectedPrecision());
        String of = list.capacity() == 100 ? "Van de 100 jongeren" : "Van elke 100 jongeren";
        long onList = Math.round(list.expectedPrecision() * list.capacity());
        String basis = list.precisionBasis() == SignalList.PrecisionBasis.EVALUATION
                ? "Dat is gemeten op een eerder schooljaar waarvan de uitkomst bekend is: met dezelfde regel voor "
                + "de lengte van de lijst, voor jongeren van dezelfde leeftijdsgroep."
                : "Dat is het gemiddelde risico van de jongeren op deze lijst.";
        return new Section("betrouwbaarheid", "Hoe vaak klopt een signaal?", List.of(
                of + " op deze lijst verlaten er naar verwachting ongeveer " + p + " de school zonder "
                        + "startkwalificatie, als niemand iets doet. Op deze lijst van " + list.capacity()
                        + " jongeren zijn dat er ongeveer " + onList + ". " + basis,
                "De anderen op de lijst halen naar verwachting wel een startkwalificatie of blijven op school. "
                        + "Een signaal is dus een reden om te kijken, geen zekerheid."));
    }

    private static Section risk() {
        return new Section("risico", "Wat het risico betekent", List.of(
                "Bij elke jongere staat een risico. Risico 12% betekent: van 100 jongeren met dit risico verlaten "
                        + "er ongeveer 12 de school zonder startkwalificatie.",
                "Het risico is de uitkomst van het model, omgerekend naar een kans met wat er in eerdere "
                        + "schooljaren echt gebeurde."));
    }

    private static Section reasons(SignalList list) {
        String wijk = list.modelFamilies().contains("wijk")
                ? " Het model telt de wijk wel mee in het risico." : "";
        List<String> p = new ArrayList<>(List.of(
                "Bij elke jongere staan hoogstens drie redenen: de onderwerpen die het risico volgens het model het "
                        + "meest verhogen en waarover u met de jongere kunt praten (verzuim, wisselen of stoppen "
                        + "met school, verhuizen, hulp aan de jongere of het huishouden), met de eigen gegevens van "
                        + "de jongere. De redenen geven precies weer wat het model heeft berekend. Ze zeggen niet "
                        + "dat dit de oorzaak is.",
                "Leeftijd, school, onderwijssoort en leerjaar staan in hun eigen kolommen. Het model telt ze mee, "
                        + "maar ze zijn nooit een reden: aan uw gesprek veranderen ze niets. Verhogen alleen zij het "
                        + "risico, dan staat dat bij de jongere.",
                "Geslacht en herkomst gebruikt het model niet. De wijk waar iemand woont, is nooit een reden op "
                        + "deze lijst." + wijk));
        if (!list.hiddenTopics().isEmpty()) {
            p.add("Niet op deze lijst: redenen over " + topicsNl(list.hiddenTopics()) + ". De privacy officer "
                    + "heeft besloten dat lezers van deze lijst die gegevens niet nodig hebben voor hun werk "
                    + "(besluit: " + list.visibilityDecision() + "). Het model telt ze wel mee in het risico.");
        }
        return new Section("redenen", "Waarom iemand op de lijst staat", p);
    }

    private static Section privacy() {
        return new Section("privacy", "Vertrouwelijk", List.of(
                "Deze lijst bevat gegevens over personen. Deel haar alleen met collega's die haar nodig hebben "
                        + "voor hun werk. Maak geen kopieën en vernietig de lijst na gebruik, ook een geprinte lijst.",
                "De jongeren staan op de lijst met een pseudoniem, niet met hun naam of BSN."));
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
