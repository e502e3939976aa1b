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
 * names, the false-alarm sentence and the suppression rule (texts {@code fairness.*} of teksten.yaml, so a
 * municipality's own wording applies), and Dutch number formatting. One place, so the HTML, the model card and the
 * register entry say the same thing in the same words.
 */
public final class FairnessTexts {
    /** What a suppressed count, rate or ratio reads as, everywhere. */
    public static final String HIDDEN = nl.vroegsignaal.disclosure.Disclosure.PAGE_MARK; // one mark on every page
    /** The marker for what only the municipality can fill in. */
    public static final String TO_FILL = "[IN TE VULLEN DOOR DE GEMEENTE: ";

    private FairnessTexts() {
    }

    public static String toFill(String what) {
        return TO_FILL + what + "]";
    }

    /** The three steps of the government's bias analysis, in its own wording. */
    public static String biasSteps(Texts t) {
        return t.text("fairness.stappen");
    }

    public static String suppressionRule(int minCell, Texts t) {
        return t.text("fairness.onderdrukking", "minimum", minCell, "verborgen", HIDDEN);
    }

    /**
     * The groups reported together with a larger one (global recoding), one sentence each, or "" when none: "Bij
     * herkomst is de groep 'herkomst onbekend' te klein om apart te tonen. Die staat samen met de grootste groep,
     * 'Nederland', als één groep: 'Nederland of herkomst onbekend'."
     */
    public static String merged(MergedGroups merged, Texts t) {
        StringBuilder out = new StringBuilder();
        for (MergedGroups.Merge m : merged.merges()) {
            ProtectedAttribute a = m.attribute();
            out.append(out.length() == 0 ? "" : " ").append(t.text("fairness.samengevoegd", "kenmerk", a.name(),
                    "klein", a.group(m.absorbed()).label(), "groot", a.group(m.into()).label()));
        }
        return out.toString();
    }

    /** "Uitvallers gevonden" and so on: the name a reader sees. */
    public static String metricName(Metric m, Texts t) {
        return switch (m) {
            case RECALL -> t.text("fairness.maat.bereik.naam");
            case FALSE_OMISSION_RATE -> t.text("fairness.maat.uitval_buiten_lijst.naam");
            case SELECTION_RATE -> t.text("fairness.maat.kans_op_lijst.naam");
            case PRECISION -> t.text("fairness.maat.precisie.naam");
            case FALSE_POSITIVE_RATE -> t.text("fairness.maat.onnodig.naam");
            case FALSE_NEGATIVE_RATE -> t.text("fairness.maat.gemist.naam");
            case BASE_RATE -> t.text("fairness.maat.uitval.naam");
            case CALIBRATION -> t.text("fairness.maat.kalibratie.naam");
        };
    }

    /** The plain explanation of a metric, one or two short sentences. */
    public static String metricExplanation(Metric m, Texts t) {
        return switch (m) {
            case RECALL -> t.text("fairness.maat.bereik.uitleg");
            case FALSE_OMISSION_RATE -> t.text("fairness.maat.uitval_buiten_lijst.uitleg");
            case SELECTION_RATE -> t.text("fairness.maat.kans_op_lijst.uitleg");
            case PRECISION -> t.text("fairness.maat.precisie.uitleg");
            case FALSE_POSITIVE_RATE -> t.text("fairness.maat.onnodig.uitleg");
            case FALSE_NEGATIVE_RATE -> t.text("fairness.maat.gemist.uitleg");
            case BASE_RATE -> t.text("fairness.maat.uitval.uitleg");
            case CALIBRATION -> t.text("fairness.maat.kalibratie.uitleg");
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

    public static String verdictName(Verdict v, Texts t) {
        return switch (v) {
            case BINNEN_BAND -> t.text("fairness.oordeel.binnen_band");
            case BUITEN_BAND -> t.text("fairness.oordeel.buiten_band");
            case NIET_TE_BEPALEN -> t.text("fairness.oordeel.niet_te_bepalen");
        };
    }

    /**
     * "We maakten 36 vergelijkingen tussen groepen. Bij zoveel vergelijkingen lijkt er soms toevallig een
     * verschil." plus how our rule relates to that.
     */
    public static String falseAlarms(Comparisons c, Texts t) {
        if (c.made() == 0) {
            return t.text("fairness.vals_alarm.geen_vergelijking");
        }
        return c.made() == 1 ? t.text("fairness.vals_alarm.een", "aantal", c.made())
                : t.text("fairness.vals_alarm.meer", "aantal", c.made());
    }

    /** The tolerance band in words. */
    public static String band(double low, double high, Texts t) {
        return t.text("fairness.band", "van", decimal(low, 2), "tot", decimal(high, 2));
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
