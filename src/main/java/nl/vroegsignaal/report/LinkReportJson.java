package nl.vroegsignaal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import nl.vroegsignaal.core.Json;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.disclosure.DisclosureJson;

/**
 * {@code link-report.json}: the link report for machines, in a fixed key order with "\n" line ends on every
 * platform, so that the same input gives the same bytes. A hidden count is null with the reason beside it
 * ({@link nl.vroegsignaal.disclosure.DisclosureJson}); a count that does not apply is null without one.
 */
public final class LinkReportJson {
    public static final String FILE = "link-report.json";

    private LinkReportJson() {
    }

    public static String render(LinkReport r) {
        ObjectNode root = Json.object();
        root.put("report", "vroegsignaal link report");
        root.put("version", r.version());
        root.put("catalogueVersion", r.catalogueVersion());
        root.put("features", r.featureCount());
        root.put("extractionHorizon", r.horizon().toString());
        root.put("horizonFrom", r.horizonFromData() ? "data" : "option");
        root.put("smallCellMinimum", Disclosure.MIN_PERSONS);
        root.put("disclosure", Disclosure.ruleEn());
        ArrayNode inputs = root.putArray("inputs");
        r.inputs().forEach((file, sha) -> inputs.addObject().put("file", file).put("sha256", sha));
        ArrayNode sources = root.putArray("sources");
        for (LinkReport.Source s : r.sources()) {
            ObjectNode o = sources.addObject().put("file", s.file());
            cell(o, "rowsRead", s.rowsRead());
            cell(o, "rowsLinked", s.rowsLinked());
            cell(o, "rowsRejectedUnknownPerson", s.rowsRejected());
            rate(o, "linkRate", s.linkRate(), s.rowsLinked());
        }
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        ArrayNode missing = root.putArray("sourcesMissing");
        r.sourcesMissing().forEach(missing::add);
        ArrayNode leftOut = root.putArray("featuresLeftOut");
        r.featuresLeftOut().forEach(leftOut::add);
        ArrayNode cohorts = root.putArray("cohorts");
        for (LinkReport.Cohort c : r.cohorts()) {
            ObjectNode o = cohorts.addObject().put("peildatum", c.peildatum().toString())
                    .put("labelsKnown", c.labelsKnown());
            cell(o, "population", c.population());
            cell(o, "labelled", c.labelled());
            cell(o, "censored", c.censored());
            cell(o, "unlabelledHorizon", c.unlabelledHorizon());
            cell(o, "positives", c.positives());
            rate(o, "positiveRate", c.positiveRate(), c.positives());
        }
        if (r.quality() != null) {
            LinkQualityJson.write(root, r.quality());
        }
        return Json.write(root, "the link report");
    }

    private static void cell(ObjectNode o, String name, Cell c) {
        c.writeTo(o, name);
    }

    /** A rate; hidden when a count it rests on is hidden; null when it does not apply. */
    private static void rate(ObjectNode o, String name, BigDecimal rate, Cell basis) {
        if (rate != null) {
            o.put(name, rate);
        } else if (basis.hidden()) {
            DisclosureJson.hide(o, name);
        } else {
            o.putNull(name);
        }
    }
}
