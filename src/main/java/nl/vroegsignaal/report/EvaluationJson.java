package nl.vroegsignaal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.disclosure.DisclosureJson;
import nl.vroegsignaal.core.Json;
import nl.vroegsignaal.model.AtCapacity;
import nl.vroegsignaal.model.CapacityEstimate;
import nl.vroegsignaal.model.CohortTrend;
import nl.vroegsignaal.model.Comparison;
import nl.vroegsignaal.model.CurvePoint;
import nl.vroegsignaal.model.Estimate;
import nl.vroegsignaal.model.Evaluation;
import nl.vroegsignaal.model.EvaluationDisclosure;
import nl.vroegsignaal.model.EvaluationOptions;
import nl.vroegsignaal.model.EvaluationReportData;
import nl.vroegsignaal.model.GridCandidate;
import nl.vroegsignaal.model.ReliabilityTable;
import nl.vroegsignaal.model.TopCalibration;
import nl.vroegsignaal.model.SectorDisclosure;
import nl.vroegsignaal.model.SectorResult;

/**
 * Writes {@code evaluation.json}: the report data as a tree with a fixed property order, pretty printed with
 * '\n' line ends and a trailing newline, so the same data always give the same bytes. Undefined numbers are
 * null; a hidden count or rate is null with the reason beside it, as in every JSON file ({@link DisclosureJson}).
 */
public final class EvaluationJson {
    static final String FORMAT = "vroegsignaal-evaluation/1";
    /** The privacy rule as the report states it; the HTML page says the same. */
    static final String PRIVACY = Disclosure.ruleEn();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EvaluationJson() {
    }

    public static void write(Path target, EvaluationReportData data) {
        AtomicOutput.writeString(target, AtomicOutput.Visibility.AGGREGATE, toJson(data));
    }

    public static String toJson(EvaluationReportData data) {
        return Json.write(tree(data), "the evaluation");
    }

    static ObjectNode tree(EvaluationReportData data) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("title", data.title());
        root.put("chosenModel", data.chosenModel());
        root.put("split", data.splitDescription());
        ObjectNode provenance = root.putObject("provenance");
        for (Map.Entry<String, String> e : data.provenance().entrySet()) {
            provenance.put(e.getKey(), e.getValue());
        }
        ArrayNode notes = root.putArray("notes");
        data.notes().forEach(notes::add);
        root.put("privacy", PRIVACY);
        root.put("intervals", "95% percentile bootstrap over persons; see options of each evaluation");
        Comparison c = data.comparison();
        ArrayNode candidates = root.putArray("candidates");
        Map<Evaluation, List<SectorDisclosure.Shown>> sectorsShown = SectorDisclosure.of(c);
        c.candidates().forEach(e -> candidates.add(evaluation(e, sectorsShown.get(e))));
        ArrayNode grid = root.putArray("trainedOnValidation");
        for (GridCandidate g : data.grid()) {
            grid.addObject().put("candidate", g.description()).put("validationAucPr", g.validationAucPr())
                    .put("validationAucRoc", g.validationAucRoc()).put("saved", g.saved());
        }
        root.set("oracle", c.oracle() == null ? NODES.nullNode()
                : evaluation(c.oracle(), sectorsShown.get(c.oracle())));
        ArrayNode ratios = root.putArray("oracleRatios");
        for (Comparison.OracleRatio r : c.oracleRatios()) {
            ObjectNode o = ratios.addObject();
            o.put("candidate", r.candidate());
            o.put("paired", r.paired());
            boolean hidden = EvaluationDisclosure.hidesOracleRatio(c.candidate(r.candidate()).orElseThrow(),
                    c.oracle());
            estimate(o, "precisionRatio", r.precisionRatio(), hidden);
            estimate(o, "precisionDifference", r.precisionDifference(), hidden);
        }
        ArrayNode trends = root.putArray("cohortTrends");
        data.trends().forEach(t -> trends.add(trend(t)));
        return root;
    }

    private static ObjectNode evaluation(Evaluation e, List<SectorDisclosure.Shown> shown) {
        ObjectNode o = NODES.objectNode();
        o.put("name", e.name());
        count(o, "rows", e.rows());
        if (EvaluationDisclosure.hidesCohort(e)) {
            return o;
        }
        count(o, "positives", e.positives());
        if (EvaluationDisclosure.hidesBaseRate(e)) {
            DisclosureJson.hide(o, "baseRate");
        } else {
            number(o, "baseRate", e.baseRate());
        }
        o.set("options", options(e));
        estimate(o, "aucRoc", e.aucRoc(), false);
        estimate(o, "aucPr", e.aucPr(), false);
        estimate(o, "brier", e.brier(), false);
        estimate(o, "logLoss", e.logLoss(), false);
        estimate(o, "expectedCalibrationError", e.expectedCalibrationError(), false);
        o.set("atCapacity", atCapacity(e));
        ArrayNode sectors = o.putArray("sectors");
        for (int i = 0; i < e.sectors().size(); i++) {
            SectorResult s = e.sectors().get(i);
            SectorDisclosure.Shown show = shown.get(i);
            ObjectNode so = sectors.addObject();
            so.put("sector", s.sector().label());
            if (!show.rows()) {
                DisclosureJson.hide(so, "rows");
                continue;
            }
            count(so, "rows", s.rows());
            hiddenOrCount(so, "positives", s.positives(), !show.margins());
            hiddenOrCount(so, "selected", s.selected(), !show.margins());
            estimate(so, "precision", s.precision(), !show.rates());
            estimate(so, "recall", s.recall(), !show.rates());
            estimate(so, "lift", s.lift(), !show.rates());
        }
        ArrayNode top = o.putArray("topOfRanking");
        for (TopCalibration t : e.top()) {
            ObjectNode to = top.addObject();
            number(to, "share", t.share());
            boolean hidden = EvaluationDisclosure.hidesTop(e, t);
            hiddenOrCount(to, "persons", t.persons(), hidden);
            if (!hidden) {
                number(to, "meanPredicted", t.meanPredicted());
                number(to, "observedRate", t.observedRate());
                number(to, "lower", t.lower());
                number(to, "upper", t.upper());
                to.put("predictedInsideInterval", t.holds());
            }
        }
        ObjectNode reliability = o.putObject("reliability");
        reliability.put("binning", "equal-count, merged upwards to at least " + Disclosure.MIN_PERSONS
                + " positives and " + Disclosure.MIN_PERSONS + " negatives per bin, and across an edge with fewer "
                + "than " + Disclosure.MIN_PERSONS + " positives or negatives between it and the list at capacity");
        number(reliability, "ece", e.reliability().ece());
        ArrayNode bins = reliability.putArray("bins");
        for (ReliabilityTable.Bin b : e.reliability().bins()) {
            ObjectNode bo = bins.addObject();
            boolean hidden = EvaluationDisclosure.hidesBin(b);
            hiddenOrCount(bo, "n", b.n(), hidden);
            if (!hidden) {
                number(bo, "lower", b.lower());
                number(bo, "upper", b.upper());
                number(bo, "meanPredicted", b.meanPredicted());
                number(bo, "observedRate", b.observedRate());
            }
        }
        ArrayNode curve = o.putArray("prCurve");
        for (CurvePoint p : e.prCurve()) {
            ObjectNode po = curve.addObject();
            number(po, "threshold", p.threshold());
            po.put("selected", p.selected());
            number(po, "recall", p.recall());
            number(po, "precision", p.precision());
        }
        return o;
    }

    private static ObjectNode options(Evaluation e) {
        EvaluationOptions opt = e.options();
        ObjectNode o = NODES.objectNode();
        ObjectNode capacity = o.putObject("capacity");
        if (opt.capacity().count() != null) {
            capacity.put("count", opt.capacity().count());
        } else {
            capacity.put("share", opt.capacity().share());
        }
        o.put("bootstrapResamples", opt.bootstrapResamples());
        o.put("seed", opt.seed());
        o.put("calibrationBins", opt.calibrationBins());
        return o;
    }

    private static ObjectNode atCapacity(Evaluation e) {
        CapacityEstimate c = e.atCapacity();
        AtCapacity p = c.point();
        boolean hidden = EvaluationDisclosure.hidesAtCapacity(e);
        boolean rangeHidden = EvaluationDisclosure.hidesTieRange(e);
        ObjectNode o = NODES.objectNode();
        o.put("k", p.k()); // the list length, a setting: never hidden
        number(o, "cutoffScore", p.cutoffScore());
        count(o, "tiedAtCutoff", p.tiedAtCutoff());
        count(o, "tiedSelected", p.tiedSelected());
        hiddenOrCount(o, "truePositives", p.truePositives(), hidden);
        ObjectNode precision = estimate(o, "precision", c.precision(), hidden);
        ObjectNode recall = estimate(o, "recall", c.recall(), hidden);
        ObjectNode lift = estimate(o, "lift", c.lift(), hidden);
        if (!rangeHidden) {
            range(precision, p.precisionWorst(), p.precisionBest());
            range(recall, p.recallWorst(), p.recallBest());
            range(lift, p.liftWorst(), p.liftBest());
        }
        return o;
    }

    private static ObjectNode trend(CohortTrend t) {
        ObjectNode o = NODES.objectNode();
        o.put("name", t.name());
        ArrayNode points = o.putArray("points");
        for (CohortTrend.Point p : t.points()) {
            ObjectNode po = points.addObject();
            po.put("peildatum", p.peildatum().toString());
            count(po, "rows", p.rows());
            count(po, "positives", p.positives());
            po.put("k", p.k());
            boolean hidden = EvaluationDisclosure.hidesTrendPoint(p);
            estimate(po, "precision", p.precision(), hidden);
            estimate(po, "recall", p.recall(), hidden);
        }
        return o;
    }

    /** Writes {value, lower, upper}, or hides the field; returns the object (null when hidden). */
    private static ObjectNode estimate(ObjectNode parent, String field, Estimate e, boolean hidden) {
        if (hidden) {
            DisclosureJson.hide(parent, field);
            return null;
        }
        ObjectNode o = parent.putObject(field);
        number(o, "value", e.value());
        number(o, "lower", e.lower());
        number(o, "upper", e.upper());
        return o;
    }

    private static void range(ObjectNode estimate, double worst, double best) {
        if (estimate != null) {
            number(estimate, "worst", worst);
            number(estimate, "best", best);
        }
    }

    private static void hiddenOrCount(ObjectNode o, String field, double persons, boolean hidden) {
        if (hidden) {
            DisclosureJson.hide(o, field);
        } else {
            count(o, field, persons);
        }
    }

    private static void count(ObjectNode o, String field, double persons) {
        if (Disclosure.hidesCount(persons)) {
            DisclosureJson.hide(o, field);
        } else if (persons == Math.rint(persons)) {
            o.put(field, (long) persons);
        } else {
            o.put(field, persons);
        }
    }

    private static void number(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }
}
