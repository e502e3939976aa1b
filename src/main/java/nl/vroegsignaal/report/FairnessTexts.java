package nl.vroegsignaal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.vroegsignaal.fairness.Comparisons;
import nl.vroegsignaal.fairness.Count;
import nl.vroegsignaal.fairness.Estimate;
import nl.vroegsignaal.fairness.GroupKey;
import nl.vroegsignaal.fairness.MergedGroups;
import nl.vroegsignaal.fairness.Metric;
import nl.vroegsignaal.fairness.ProtectedAttribute;
import nl.vroegsignaal.fairness.Rate;
import nl.vroegsignaal.fairness.Verdict;

/**
 * The Dutch (B1) words of the fairness report: metric names and their plain explanations, group and verdict
 * names, the false-alarm sentence and the suppression rule, and Dutch number formatting. One place, so the HTML,
 * the model card and the register entry say the same thing in the same words.
 */
public final class FairnessTexts {
    /** What a suppressed count, rate or ratio reads as, everywhere. */
    public static final String HIDDEN = "niet getoond";
    /** The three steps of the government's bias analysis, in its own wording. */
    public static final String BIAS_STEPS = "bias-analyse: meten, verklaren, beoordelen";
    /** The marker for what only the municipality can fill in. */
    public static final String TO_FILL = "[IN TE VULLEN DOOR DE GEMEENTE: ";

    private FairnessTexts() {
    }

    public static String toFill(String what) {
        return TO_FILL + what + "]";
    }

    public static String suppressionRule(int minCell) {
        return "Aantallen onder " + minCell + " tonen we niet. Soms verbergen we ook een groter aantal, omdat je "
                + "anders een klein aantal kunt terugrekenen. Verborgen waarden staan er als '" + HIDDEN + "'. "
                + "Een kleine groep kan zo ook cijfers van een grotere groep verbergen.";
    }

    /**
     * The groups reported together with a larger one (global recoding), one sentence each, or "" when none: "Bij
     * herkomst is de groep 'herkomst onbekend' te klein om apart te tonen. Die staat samen met de grootste groep,
     * 'Nederland', als één groep: 'Nederland of herkomst onbekend'."
     */
    public static String merged(MergedGroups merged) {
        StringBuilder out = new StringBuilder();
        for (MergedGroups.Merge m : merged.merges()) {
            ProtectedAttribute a = m.attribute();
            out.append(out.length() == 0 ? "" : " ").append("Bij ").append(a.name()).append(" is de groep '")
                    .append(a.group(m.absorbed()).label()).append("' te klein om apart te tonen. Die staat samen met")
                    .append(" de grootste groep, '").append(a.group(m.into()).label()).append("', als één groep: '")
                    .append(a.group(m.into()).label()).append(" of ").append(a.group(m.absorbed()).label())
                    .append("'.");
        }
        return out.toString();
    }

    /** "Bereik (recall)" and so on: the name a reader sees. */
    public static String metricName(Metric m) {
        return switch (m) {
            case RECALL -> "Uitvallers gevonden";
            case FALSE_OMISSION_RATE -> "Uitval buiten de lijst";
            case SELECTION_RATE -> "Kans om op de lijst te staan";
            case PRECISION -> "Terechte signalen";
            case FALSE_POSITIVE_RATE -> "Onnodig op de lijst";
            case FALSE_NEGATIVE_RATE -> "Uitvallers gemist";
            case BASE_RATE -> "Uitval in de groep";
            case CALIBRATION -> "Risico goed ingeschat (werkelijk gedeeld door verwacht)";
        };
    }

    /** The plain explanation of a metric, one or two short sentences. */
    public static String metricExplanation(Metric m) {
        return switch (m) {
            case RECALL -> "Van de jongeren die echt uitvallen: hoeveel staan op de lijst. Hoger is beter: de "
                    + "hulp bereikt dan meer jongeren die haar nodig hebben.";
            case FALSE_OMISSION_RATE -> "Van de jongeren die niet op de lijst staan: hoeveel vallen toch uit. "
                    + "Lager is beter: dan mist de lijst minder jongeren.";
            case SELECTION_RATE -> "Hoeveel jongeren van de groep op de lijst staan. Vergelijk dit met de uitval "
                    + "in de groep en met een lijst zonder het model: pas dan zie je of het model iets toevoegt.";
            case PRECISION -> "Van de jongeren op de lijst: hoeveel vallen echt uit. Hoger is beter: dan gaat er "
                    + "minder tijd naar jongeren die het zonder hulp ook redden.";
            case FALSE_POSITIVE_RATE -> "Van de jongeren die niet uitvallen: hoeveel staan toch op de lijst. "
                    + "Lager is beter: zij krijgen dan minder vaak onnodig bezoek.";
            case FALSE_NEGATIVE_RATE -> "Van de jongeren die echt uitvallen: hoeveel staan niet op de lijst. "
                    + "Samen met 'uitvallers gevonden' is dit altijd 100%.";
            case BASE_RATE -> "Hoeveel jongeren van de groep echt uitvielen. Dit zegt iets over de groep, niet "
                    + "over het model. Daarom geven we er geen oordeel over.";
            case CALIBRATION -> "De echte uitval gedeeld door de gemiddelde kans die het model gaf. 1 is precies "
                    + "goed. Boven 1: het model schat de kans voor deze groep te laag in. Onder 1: te hoog.";
        };
    }

    /** Key for machine-readable files. */
    public static String metricKey(Metric m) {
        return switch (m) {
            case RECALL -> "recall";
            case FALSE_OMISSION_RATE -> "falseOmissionRate";
            case SELECTION_RATE -> "selectionRate";
            case PRECISION -> "precision";
            case FALSE_POSITIVE_RATE -> "falsePositiveRate";
            case FALSE_NEGATIVE_RATE -> "falseNegativeRate";
            case BASE_RATE -> "baseRate";
            case CALIBRATION -> "calibration";
        };
    }

    public static String attributeName(ProtectedAttribute a) {
        return a.name();
    }

    /** A group as a reader sees it: "M (jongens)", "buiten Europa", "V (meisjes) en Nederland", "gender 1". */
    public static String groupName(GroupKey g) {
        return g.group().label();
    }

    /**
     * A group as the subject of a sentence about young people: "jongeren met een herkomst buiten Europa",
     * "meisjes", "meisjes met een Nederlandse herkomst", "jongeren met gender 1".
     */
    public static String youngPeople(GroupKey g) {
        return g.group().people();
    }

    /** The audited attributes' names joined: "geslacht en herkomst" (with "en") or "geslacht of herkomst". */
    public static String attributeNames(java.util.List<ProtectedAttribute> attributes, String conjunction) {
        java.util.List<String> names = attributes.stream().map(ProtectedAttribute::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + conjunction + " "
                + names.get(names.size() - 1);
    }

    /** The same with a capital first letter, to open a sentence. */
    public static String attributeNamesCapitalised(java.util.List<ProtectedAttribute> attributes,
                                                   String conjunction) {
        String s = attributeNames(attributes, conjunction);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static String verdictName(Verdict v) {
        return switch (v) {
            case BINNEN_BAND -> "binnen de band";
            case BUITEN_BAND -> "buiten de band";
            case NIET_TE_BEPALEN -> "niet te bepalen";
        };
    }

    /**
     * "We deden 36 vergelijkingen. Ook als er geen echt verschil is, verwacht je bij 36 vergelijkingen ongeveer
     * 2 valse alarmen." plus how our rule relates to that.
     */
    public static String falseAlarms(Comparisons c) {
        if (c.made() == 0) {
            return "We konden geen enkele vergelijking maken: de groepen waren te klein.";
        }
        return "Hoe zeker is dit? We maakten " + c.made() + (c.made() == 1 ? " vergelijking" : " vergelijkingen")
                + " tussen groepen. Bij zoveel vergelijkingen lijkt er soms toevallig een verschil. Daarom noemen we "
                + "een verschil pas als het hele 95%-interval buiten de band ligt, en noemen we het pas 'van het "
                + "model' als het model het verschil duidelijk groter maakt dan een lijst zonder het model. Op "
                + "proefgegevens waarin het model eerlijk is, noemde de samenvatting zo bijna nooit een bevinding "
                + "(de meting staat in de handleiding).";
    }

    /** The tolerance band in words. */
    public static String band(double low, double high) {
        return "We vergelijken elke groep met een referentiegroep (meestal de grootste) als verhouding: groep "
                + "gedeeld door referentie. 1 betekent gelijk. Tussen " + decimal(low, 2) + " en "
                + decimal(high, 2) + " noemen we het verschil klein genoeg ('binnen de band'). Ligt het hele "
                + "95%-interval buiten die grenzen, dan is het verschil groot en vrij zeker ('buiten de band'). "
                + "Anders is het 'niet te bepalen': de groep is te klein of het verschil te onzeker.";
    }

    // ---- numbers ----

    public static String count(Count c) {
        return c.suppressed() ? HIDDEN : Integer.toString(c.value());
    }

    /** A rate as a percentage with its interval: "12,3% (8,1 tot 17,0)". */
    public static String rate(Rate r) {
        if (r.suppressed()) {
            return HIDDEN;
        }
        return percent(r.value(), 1) + " (" + interval(r.lower() * 100, r.upper() * 100, 1) + ")";
    }

    /** A ratio with its interval: "0,85 (0,70 tot 1,02)". */
    public static String ratio(Estimate e) {
        if (e.suppressed()) {
            return HIDDEN;
        }
        return decimal(e.value(), 2) + " (" + interval(e.lower(), e.upper(), 2) + ")";
    }

    private static String interval(double lower, double upper, int decimals) {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            return "interval onbekend";
        }
        return decimal(lower, decimals) + " tot " + decimal(upper, decimals);
    }

    public static String percent(double p, int decimals) {
        return decimal(p * 100, decimals) + "%";
    }

    /** Fixed decimals with a comma, rounded half up on the decimal value; "-" for NaN, "oneindig" for infinity. */
    public static String decimal(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Double.isInfinite(v)) {
            return "oneindig";
        }
        return new BigDecimal(v).setScale(10, RoundingMode.HALF_EVEN).setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',');
    }
}
