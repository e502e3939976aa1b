package nl.vroegsignaal.report;

import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.fairness.Cause;
import nl.vroegsignaal.fairness.Estimate;
import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.Figures;
import nl.vroegsignaal.fairness.Finding;
import nl.vroegsignaal.fairness.FindingMetric;
import nl.vroegsignaal.fairness.GroupKey;
import nl.vroegsignaal.fairness.GroupMetrics;
import nl.vroegsignaal.fairness.ProtectedAttribute;
import nl.vroegsignaal.fairness.ProxyReport;
import nl.vroegsignaal.fairness.Ranking;

/**
 * The first screen of the fairness report, rendered from the audit's findings (the {@code findings} of
 * fairness.json): first, in order, only what the model causes or widens, one plain sentence each about what
 * happens to young people; then the differences that follow the dropout rates, as context; then what the privacy
 * officer must record.
 *
 * @param modelFindings one sentence per finding the model causes or widens, in the audit's order
 * @param practice      one sentence per difference today's practice causes and the model does not (single
 *                      attributes; the intersections are counted in the context)
 * @param context       a sentence per difference that follows the dropout rates or cannot be attributed, for
 *                      the single attributes and at most {@link #CONTEXT_SHOWN}, then a count of the rest
 * @param toRecord      what the officer writes down
 */
public record FirstScreen(List<String> modelFindings, List<String> practice, List<String> context,
                          List<String> toRecord) {
    /** Context sentences on the first screen; the rest are counted (all are in fairness.json). */
    static final int CONTEXT_SHOWN = 5;

    public FirstScreen {
        modelFindings = List.copyOf(modelFindings);
        practice = List.copyOf(practice);
        context = List.copyOf(context);
        toRecord = List.copyOf(toRecord);
    }

    /** With the built-in texts (tests, and callers without a configuration). */
    public static FirstScreen of(AuditReport r) {
        return of(r.audit(), r.proxies(), Texts.builtIn());
    }

    public static FirstScreen of(AuditReport r, Texts t) {
        return of(r.audit(), r.proxies(), t);
    }

    /** @param t the texts ({@code fairness.*}): built in, or the configuration's {@code texts} file */
    public static FirstScreen of(FairnessAudit audit, ProxyReport proxies, Texts t) {
        List<String> model = new ArrayList<>();
        List<String> practice = new ArrayList<>();
        List<String> context = new ArrayList<>();
        int more = 0;
        for (Finding f : audit.findings()) {
            boolean single = !f.attribute().isIntersection();
            if (f.causedByModel()) {
                model.add(sentence(f, audit, t));
            } else if (f.cause() == Cause.PRACTICE && single) {
                practice.add(sentence(f, audit, t));
            } else if (context.size() < CONTEXT_SHOWN && single) {
                context.add(sentence(f, audit, t));
            } else {
                more++;
            }
        }
        if (more > 0) {
            String attributes = FairnessTexts.attributeNames(audit.singles(), "en");
            context.add(more == 1 ? t.text("fairness.eerste_scherm.meer_een", "aantal", more, "kenmerken", attributes)
                    : t.text("fairness.eerste_scherm.meer", "aantal", more, "kenmerken", attributes));
        }
        List<String> record = new ArrayList<>();
        if (model.isEmpty()) {
            record.add(t.text("fairness.eerste_scherm.geen_bevinding"));
        } else {
            String table = t.text("fairness.verklaringen.kolom_oordeel");
            record.add(model.size() == 1
                    ? t.text("fairness.eerste_scherm.vastleggen_een", "aantal", model.size(), "tabel", table)
                    : t.text("fairness.eerste_scherm.vastleggen", "aantal", model.size(), "tabel", table));
        }
        if (!practice.isEmpty()) {
            record.add(practice.size() == 1 ? t.text("fairness.eerste_scherm.werkwijze_een")
                    : t.text("fairness.eerste_scherm.werkwijze"));
        }
        if (!proxies.flagged().isEmpty()) {
            record.add(t.text("fairness.eerste_scherm.proxy", "beschermd",
                    FairnessTexts.attributeNames(audit.singles(), "of"), "kenmerken",
                    String.join(", ", proxies.flagged())));
        }
        record.add(t.text("fairness.eerste_scherm.register"));
        return new FirstScreen(model, practice, context, record);
    }

    /** The fairness criterion the summary leads with, and why. */
    public static String criterion(Texts t) {
        return t.text("fairness.criterium");
    }

    /** One finding in a plain sentence about young people (the first screen, and {@code tekst} in fairness.json). */
    static String sentence(Finding f, FairnessAudit audit, Texts t) {
        String who = FairnessTexts.youngPeople(f.group());
        Figures m = f.model();
        return switch (f.metric()) {
            case CALIBRATION -> calibration(f, audit, who, m, t);
            case RECALL -> recall(f, who, m, t);
            case LIST_SHARE -> listShare(f, who, m, t);
            case SELECTION_RATE -> t.text("fairness.bevinding.kans_op_lijst", "wie", capitalised(who),
                    "verhouding", FairnessTexts.decimal(m.ratio().value(), 1),
                    "referentie", FairnessTexts.youngPeople(f.reference()), "waarde", per100(m.group()),
                    "waarde_referentie", per100(m.reference())) + world(f, FindingMetric.SELECTION_RATE, t);
        };
    }

    private static String calibration(Finding f, FairnessAudit audit, String who, Figures m, Texts t) {
        GroupMetrics g = group(audit, f.group());
        GroupMetrics ref = group(audit, f.reference());
        Object[] places = {"wie", who, "verwacht", per100(g.calibration().meanRisk()),
                "werkelijk", per100(g.calibration().observedRate().value()),
                "referentie", FairnessTexts.youngPeople(f.reference()),
                "verwacht_referentie", per100(ref.calibration().meanRisk()),
                "werkelijk_referentie", per100(ref.calibration().observedRate().value())};
        return m.ratio().value() > 1 ? t.text("fairness.bevinding.kalibratie_te_laag", places)
                : t.text("fairness.bevinding.kalibratie_te_hoog", places);
    }

    private static String recall(Finding f, String who, Figures m, Texts t) {
        Object[] places = {"wie", who, "waarde", per100(m.group()), "waarde_referentie", per100(m.reference()),
                "referentie", FairnessTexts.youngPeople(f.reference())};
        String s = f.cause() == Cause.MODEL ? t.text("fairness.bevinding.bereik_model", places)
                : t.text("fairness.bevinding.bereik", places);
        return s + world(f, FindingMetric.RECALL, t);
    }

    private static String listShare(Finding f, String who, Figures m, Texts t) {
        if (f.cause() == Cause.PRACTICE) {
            return practiceListShare(f, who, m, t);
        }
        boolean more = f.cause() == Cause.MODEL ? f.excess().value() > 1 : m.ratio().value() > 1;
        Object[] places = {"wie", capitalised(who), "waarde", per100(m.group()),
                "waarde_referentie", per100(m.reference())};
        String s;
        if (f.cause() == Cause.WORLD) {
            s = t.text("fairness.bevinding.lijstdeel_wereld", places);
        } else {
            s = more ? t.text("fairness.bevinding.lijstdeel_vaker", places)
                    : t.text("fairness.bevinding.lijstdeel_minder_vaak", places);
        }
        return s + world(f, FindingMetric.LIST_SHARE, t);
    }

    /** Today's practice, not the model, puts the group on the list more or less often than the truth would. */
    private static String practiceListShare(Finding f, String who, Figures m, Texts t) {
        Figures today = f.figures().get(Ranking.TODAY);
        Figures oracle = f.figures().get(Ranking.ORACLE);
        Object[] places = {"wie", who, "werkwijze", per100(today.group()), "uitvallers", per100(today.reference()),
                "ware_risico", per100(oracle.group()), "model", per100(m.group())};
        return f.practice().value() > 1 ? t.text("fairness.bevinding.werkwijze_vaker", places)
                : t.text("fairness.bevinding.werkwijze_minder_vaak", places);
    }

    /** What the rankings without the model give, and what that means. */
    private static String world(Finding f, FindingMetric metric, Texts t) {
        StringBuilder s = new StringBuilder();
        Figures oracle = f.figures().get(Ranking.ORACLE);
        Figures today = f.figures().get(Ranking.TODAY);
        if (oracle != null && !oracle.suppressed()) {
            s.append(' ').append(capitalised(worldSentence(t.text("fairness.bevinding.zonder_model.ware_risico"),
                    oracle, metric, t)));
        }
        if (today != null && !today.suppressed()) {
            s.append(' ').append(worldSentence(t.text("fairness.bevinding.zonder_model.werkwijze"), today, metric,
                    t));
        }
        s.append(' ').append(switch (f.cause()) {
            case MODEL -> t.text("fairness.bevinding.oorzaak.model");
            case WORLD -> t.text("fairness.bevinding.oorzaak.wereld");
            case PRACTICE -> t.text("fairness.bevinding.oorzaak.werkwijze");
            case UNKNOWN -> t.text("fairness.bevinding.oorzaak.onbekend");
        });
        return s.toString();
    }

    private static String worldSentence(String list, Figures x, FindingMetric metric, Texts t) {
        Object[] places = {"lijst", list, "waarde", per100(x.group()), "waarde_referentie", per100(x.reference())};
        return switch (metric) {
            case RECALL -> t.text("fairness.bevinding.zonder_model.bereik", places);
            case LIST_SHARE -> t.text("fairness.bevinding.zonder_model.lijstdeel", places);
            default -> t.text("fairness.bevinding.zonder_model.kans", places);
        };
    }

    private static GroupMetrics group(FairnessAudit audit, GroupKey key) {
        return audit.attribute(key.attribute()).groups().stream().filter(g -> g.group().equals(key)).findFirst()
                .orElseThrow();
    }

    private static String per100(Estimate e) {
        return per100(e.value());
    }

    private static String per100(double p) {
        return FairnessTexts.decimal(p * 100, 1);
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
