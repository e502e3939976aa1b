package nl.vroegsignaal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.disclosure.DisclosureJson;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.fairness.AttributeAudit;
import nl.vroegsignaal.fairness.AttributeComposition;
import nl.vroegsignaal.fairness.AttributePrediction;
import nl.vroegsignaal.fairness.Comparisons;
import nl.vroegsignaal.fairness.ConfusionCounts;
import nl.vroegsignaal.fairness.Count;
import nl.vroegsignaal.fairness.Disparity;
import nl.vroegsignaal.fairness.Estimate;
import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.FeatureProxy;
import nl.vroegsignaal.fairness.Figures;
import nl.vroegsignaal.fairness.Finding;
import nl.vroegsignaal.fairness.FindingMetric;
import nl.vroegsignaal.fairness.GroupAuc;
import nl.vroegsignaal.fairness.GroupComposition;
import nl.vroegsignaal.fairness.GroupMetrics;
import nl.vroegsignaal.fairness.MergedGroups;
import nl.vroegsignaal.fairness.Metric;
import nl.vroegsignaal.fairness.MetricSpread;
import nl.vroegsignaal.fairness.ProtectedAttribute;
import nl.vroegsignaal.fairness.ProxyReport;
import nl.vroegsignaal.fairness.Ranking;
import nl.vroegsignaal.fairness.Rate;

/**
 * {@code fairness.json}: every number of the audit, in a fixed field order, numbers with fixed decimals (never
 * exponent form), two-space indent and '\n' line ends, so the same audit always gives the same bytes. A
 * hidden count, rate or ratio is written as {@code "waarde": null} with the reason beside it, as in every JSON
 * file ({@link DisclosureJson}): the value never appears, not even as -1 or NaN.
 */
public final class FairnessJson {
    public static final String FILE = "fairness.json";
    public static final int FORMAT_VERSION = 1;
    private static final int DECIMALS = 6;

    private FairnessJson() {
    }

    /** @param texts the wording of each finding's {@code tekst} (as on the first screen of fairness.html) */
    public static void write(AuditReport report, Path file, Texts texts) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.AGGREGATE, render(report, texts));
    }

    static String render(AuditReport r, Texts texts) {
        AuditFacts f = r.facts();
        FairnessAudit audit = r.audit();
        ObjectNode root = ReportJson.object();
        root.put("soort", "vroegsignaal-fairness-audit");
        root.put("formaatversie", FORMAT_VERSION);
        ObjectNode model = root.putObject("model");
        model.put("naam", f.modelName());
        model.put("soort", f.modelTypeNl());
        model.put("beschrijving", f.modelDescription());
        ObjectNode cohort = root.putObject("testcohort");
        ArrayNode dates = cohort.putArray("peildata");
        f.testPeildata().forEach(d -> dates.add(d.toString()));
        if (f.fromTable()) {
            cohort.put("testrijen", f.heldOutNl());
        }
        cohort.put("personenMetUitkomst", f.testRows());
        cohort.put("capaciteit", f.capacityNl());
        cohort.put("opDeLijst", f.testCapacity());
        ObjectNode settings = root.putObject("instellingen");
        settings.put("seed", audit.options().seed());
        settings.put("bootstrapSteekproeven", audit.options().bootstrapResamples());
        settings.put("kleinsteGetoondeAantal", audit.options().minCell());
        settings.put("bandOnder", NlFormat.fixed(audit.options().bandLow(), 4));
        settings.put("bandBoven", NlFormat.fixed(audit.options().bandHigh(), 4));
        ObjectNode refs = settings.putObject("referentiegroepen");
        audit.options().sortedReferenceGroups().forEach(refs::put);
        root.put("onderdrukking", FairnessTexts.suppressionRule(audit.options().minCell()));
        ArrayNode merged = root.putArray("samengevoegd");
        for (MergedGroups.Merge m : audit.merged().merges()) {
            merged.addObject().put("kenmerk", m.attribute().key()).put("groep", m.absorbed())
                    .put("samenMet", m.into()).put("als", m.code());
        }
        comparisons(root.putObject("vergelijkingen"), audit.comparisons());
        findings(root.putArray("findings"), audit, texts);
        group(root.putObject("totaal"), audit.overall());
        ArrayNode groupings = root.putArray("groeperingen");
        for (AttributeAudit a : audit.attributes()) {
            attribute(groupings.addObject(), a);
        }
        list(root.putObject("lijst"), r);
        proxies(root.putObject("proxies"), r.proxies());
        ObjectNode provenance = root.putObject("gemaaktMet");
        f.provenance().forEach(provenance::put);
        return ReportJson.render(root, "the fairness audit");
    }

    /**
     * The findings the first screen is rendered from, in its order: field names in English (a machine-readable
     * contract), the sentence and the municipality's place in Dutch.
     */
    private static void findings(ArrayNode array, FairnessAudit audit, Texts texts) {
        for (Finding f : audit.findings()) {
            ObjectNode o = array.addObject();
            o.put("attribute", f.attribute().key());
            o.put("group", f.group().code());
            if (f.reference() == null) {
                o.put("reference", "shareOfLeavers");
            } else {
                o.put("reference", f.reference().code());
            }
            o.put("metric", f.metric().key());
            o.put("kind", f.kind().key());
            o.put("cause", f.cause().key());
            o.put("causedByModel", f.causedByModel());
            o.put("verdict", f.verdict().name());
            figures(o, f.model());
            ObjectNode without = o.putObject("withoutModel");
            f.figures().forEach((ranking, x) -> {
                if (ranking != Ranking.MODEL) {
                    figures(without.putObject(ranking.key()), x);
                }
            });
            // defined only with a ranking without the model; a null beside no reason means "not defined"
            interval(o, "modelRatioOverWorldRatio", f.excess(), f.figures().size() > 1);
            interval(o, "todayRatioOverOracleRatio", f.practice(), f.metric() == FindingMetric.LIST_SHARE
                    && f.figures().containsKey(Ranking.TODAY) && f.figures().containsKey(Ranking.ORACLE));
            o.put("tekst", FirstScreen.sentence(f, audit, texts));
            o.put("verklaringGemeente", FairnessTexts.toFill("verklaring en oordeel (" + FairnessTexts.BIAS_STEPS
                    + ")"));
        }
    }

    private static void figures(ObjectNode o, Figures f) {
        interval(o, "groupValue", f.group(), true);
        interval(o, "referenceValue", f.reference(), true);
        interval(o, "ratio", f.ratio(), true);
        interval(o, "difference", f.difference(), true);
    }

    /**
     * An estimate with its 95% interval in the findings' English field names; a hidden one in the disclosure
     * module's one encoding (null with the reason beside it); one that is not defined as a bare null.
     */
    private static void interval(ObjectNode parent, String field, Estimate e, boolean defined) {
        if (!defined) {
            parent.putNull(field);
        } else if (e.suppressed()) {
            DisclosureJson.hide(parent, field);
        } else {
            ObjectNode o = parent.putObject(field);
            number(o, "value", e.value());
            number(o, "lower", e.lower());
            number(o, "upper", e.upper());
        }
    }

    private static void comparisons(ObjectNode o, Comparisons c) {
        o.put("gemaakt", c.made());
        o.put("binnenBand", c.withinBand());
        o.put("buitenBand", c.outsideBand());
        o.put("nietTeBepalen", c.notDeterminable());
        o.put("nietGemaaktGroepTeKlein", c.suppressed());
        number(o, "foutkansPerVergelijking", c.errorRate());
        number(o, "verwachteValseAlarmen", c.expectedFalseAlarms());
        number(o, "kansOpMinstensEenValsAlarm", c.chanceOfAnyFalseAlarm());
        number(o, "bonferroniFoutkans", c.bonferroniErrorRate());
        o.put("tekst", FairnessTexts.falseAlarms(c));
    }

    private static void attribute(ObjectNode o, AttributeAudit a) {
        o.put("kenmerk", a.attribute().key());
        o.put("referentie", a.reference().code());
        ArrayNode groups = o.putArray("groepen");
        for (GroupMetrics g : a.groups()) {
            group(groups.addObject(), g);
        }
        ArrayNode disparities = o.putArray("verschillen");
        for (Disparity d : a.disparities()) {
            ObjectNode x = disparities.addObject();
            x.put("groep", d.group().code());
            x.put("maat", FairnessTexts.metricKey(d.metric()));
            estimate(x, "verhouding", d.ratio());
            x.put("oordeel", d.verdict().name());
        }
        ArrayNode spreads = o.putArray("spreiding");
        for (MetricSpread s : a.spreads()) {
            ObjectNode x = spreads.addObject();
            x.put("maat", FairnessTexts.metricKey(s.metric()));
            x.put("laagste", s.lowest().code());
            x.put("hoogste", s.highest().code());
            number(x, "laagsteGedeeldDoorHoogste", s.ratio());
        }
    }

    private static void group(ObjectNode o, GroupMetrics g) {
        if (g.group() != null) {
            o.put("groep", g.group().code());
        }
        count(o, "personen", g.persons());
        ConfusionCounts c = g.confusion();
        ObjectNode t = o.putObject("tabel");
        count(t, "uitgevallenOpLijst", c.truePositives());
        count(t, "nietUitgevallenOpLijst", c.falsePositives());
        count(t, "uitgevallenNietOpLijst", c.falseNegatives());
        count(t, "nietUitgevallenNietOpLijst", c.trueNegatives());
        count(t, "uitgevallen", c.positives());
        count(t, "nietUitgevallen", c.negatives());
        count(t, "opLijst", c.selected());
        count(t, "nietOpLijst", c.notSelected());
        ObjectNode metrics = o.putObject("maten");
        for (Metric m : Metric.values()) {
            if (m.isProportion()) {
                rate(metrics, FairnessTexts.metricKey(m), g.rates().get(m));
            }
        }
        ObjectNode cal = metrics.putObject(FairnessTexts.metricKey(Metric.CALIBRATION));
        estimate(cal, "gemiddeldRisico", g.calibration().meanRisk());
        estimate(cal, "waargenomenGedeeldDoorVerwacht", g.calibration().observedToExpected());
    }

    private static void list(ObjectNode o, AuditReport r) {
        AuditFacts f = r.facts();
        if (f.listPeildatum() != null) {
            o.put("peildatum", f.listPeildatum().toString());
        } else {
            o.put("lijst", "de keuze van het model op de testrijen");
        }
        o.put("capaciteit", f.listCapacity());
        o.put("populatie", f.listPopulation());
        ArrayNode attrs = o.putArray("groeperingen");
        for (AttributeComposition a : r.list().attributes()) {
            ObjectNode x = attrs.addObject();
            x.put("kenmerk", a.attribute().key());
            ArrayNode groups = x.putArray("groepen");
            for (GroupComposition g : a.groups()) {
                ObjectNode y = groups.addObject();
                y.put("groep", g.group().code());
                count(y, "opLijst", g.onList());
                count(y, "personen", g.persons());
                rate(y, "aandeelVanLijst", g.shareOfList());
                rate(y, "aandeelVanPopulatie", g.shareOfPopulation());
                estimate(y, "verwachtVolgensUitval", g.expectedByBaseRate());
                estimate(y, "verhoudingTotUitval", g.ratioToBaseRate());
                y.put("oordeelTotUitval", g.verdictToBaseRate().name());
                estimate(y, "verwachtVolgensPopulatie", g.expectedByPopulation());
                estimate(y, "verhoudingTotPopulatie", g.ratioToPopulation());
                y.put("oordeelTotPopulatie", g.verdictToPopulation().name());
            }
        }
    }

    private static void proxies(ObjectNode o, ProxyReport p) {
        o.put("drempelCramersV", NlFormat.fixed(p.options().cramersVThreshold(), 4));
        o.put("drempelAuc", NlFormat.fixed(p.options().aucThreshold(), 4));
        ArrayNode flagged = o.putArray("genoemd");
        p.flagged().forEach(flagged::add);
        ArrayNode predictions = o.putArray("kenmerkVoorspeldUitAlleFeatures");
        for (AttributePrediction a : p.predictions()) {
            ObjectNode x = predictions.addObject();
            x.put("kenmerk", a.attribute().key());
            x.put("referentie", a.reference().code());
            x.put("trainRijen", a.trainRows());
            x.put("testRijen", a.testRows());
            number(x, "auc", a.auc());
        }
        ArrayNode features = o.putArray("features");
        for (FeatureProxy fp : p.features()) {
            ObjectNode x = features.addObject();
            x.put("feature", fp.feature());
            ObjectNode v = x.putObject("cramersV");
            for (ProtectedAttribute a : fp.cramersV().keySet()) {
                number(v, a.key(), fp.cramersV().get(a));
            }
            ArrayNode aucs = x.putArray("groepAuc");
            for (GroupAuc ga : fp.groupAucs()) {
                ObjectNode y = aucs.addObject();
                y.put("kenmerk", ga.group().attribute().key());
                y.put("groep", ga.group().code());
                number(y, "auc", ga.auc());
            }
            x.put("genoemd", fp.flagged());
        }
    }

    // ---- values ----

    private static void count(ObjectNode parent, String field, Count c) {
        ObjectNode o = parent.putObject(field);
        if (c.suppressed()) {
            hidden(o);
        } else {
            o.put("waarde", c.value());
        }
    }

    private static void rate(ObjectNode parent, String field, Rate r) {
        ObjectNode o = parent.putObject(field);
        if (r.suppressed()) {
            hidden(o);
        } else {
            number(o, "waarde", r.value());
            number(o, "onder", r.lower());
            number(o, "boven", r.upper());
        }
    }

    private static void estimate(ObjectNode parent, String field, Estimate e) {
        ObjectNode o = parent.putObject(field);
        if (e.suppressed()) {
            hidden(o);
        } else {
            number(o, "waarde", e.value());
            number(o, "onder", e.lower());
            number(o, "boven", e.upper());
        }
    }

    private static void hidden(ObjectNode o) {
        DisclosureJson.hide(o, "waarde");
    }

    /** NaN or infinity (e.g. a bootstrap without an interval, a ratio over zero) is written as null. */
    private static void number(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, NlFormat.fixed(v, DECIMALS));
        } else {
            o.putNull(field);
        }
    }
}
