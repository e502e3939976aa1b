package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.model.AtCapacity;
import nl.vroegsignaal.model.CapacityEstimate;
import nl.vroegsignaal.model.CohortTrend;
import nl.vroegsignaal.model.Comparison;
import nl.vroegsignaal.model.Evaluation;
import nl.vroegsignaal.model.EvaluationDisclosure;
import nl.vroegsignaal.model.EvaluationOptions;
import nl.vroegsignaal.model.EvaluationReportData;
import nl.vroegsignaal.model.GridCandidate;
import nl.vroegsignaal.model.ReliabilityTable;
import nl.vroegsignaal.model.TopCalibration;
import nl.vroegsignaal.model.SectorDisclosure;
import nl.vroegsignaal.model.SectorResult;
import nl.vroegsignaal.disclosure.Disclosure;

/**
 * The evaluation report as one self-contained English HTML page for data scientists ({@code evaluation.jte}):
 * tables with intervals and inline SVG charts, no scripts, fonts, images or links to load. Counts and rates
 * hidden by the privacy rule ({@link EvaluationDisclosure}) show as "afgeschermd".
 */
public final class EvaluationHtml {
    private EvaluationHtml() {
    }

    /**
     * What {@code evaluation.jte} shows, every cell already formatted as text.
     *
     * @param headline   the chosen model's figures, one line each
     * @param charts     precision-recall and calibration, as SVG from {@link Chart}
     * @param trendChart the per-cohort chart, or null without trends
     */
    public record Page(String title, String meta, String headlineName, List<String> headline,
                       HtmlTable ranking, HtmlTable atCapacity, HtmlTable grid, HtmlTable sectors,
                       List<String> charts, String reliabilityIntro, HtmlTable reliability, HtmlTable topOfRanking,
                       String trendChart,
                       HtmlTable trends, String split, List<String> notes, Map<String, String> provenance) {
    }

    public static void write(Path target, EvaluationReportData data) {
        AtomicOutput.writeString(target, AtomicOutput.Visibility.AGGREGATE, toHtml(data));
    }

    public static String toHtml(EvaluationReportData data) {
        return Pages.render("evaluation.jte", page(data));
    }

    static Page page(EvaluationReportData data) {
        Evaluation head = data.headline();
        EvaluationOptions opt = head.options();
        String meta = "Capacity: " + opt.capacity().describe() + " (k = "
                + EvaluationFormat.setting(head.atCapacity().point().k()) + " of " + EvaluationFormat.count(head.rows())
                + " persons in the test cohort). Intervals: 95% percentile bootstrap over persons, "
                + opt.bootstrapResamples() + " resamples, seed " + opt.seed() + ". " + EvaluationJson.PRIVACY;
        boolean trends = !data.trends().isEmpty();
        return new Page(data.title(), meta, head.name() + (data.chosenModel() == null ? "" : " (chosen model)"),
                headline(data, head), ranking(data.comparison(), data.chosenModel()),
                atCapacity(data.comparison(), data.chosenModel()),
                data.grid().isEmpty() ? null : grid(data.grid()), sectors(data.comparison()),
                List.of(EvaluationCharts.precisionRecall(data.comparison()),
                        EvaluationCharts.calibration(data.comparison())),
                "Reliability table of " + head.name() + " (expected calibration error "
                        + EvaluationFormat.estimate(head.expectedCalibrationError(), 4) + "):",
                reliability(head.reliability()), topOfRanking(head), trends ? EvaluationCharts.cohortTrends(data.trends()) : null,
                trends ? trends(data.trends()) : null, data.splitDescription(), data.notes(), data.provenance());
    }

    private static List<String> headline(EvaluationReportData data, Evaluation head) {
        CapacityEstimate c = head.atCapacity();
        AtCapacity p = c.point();
        boolean hidden = EvaluationDisclosure.hidesAtCapacity(head);
        List<String> lines = new ArrayList<>();
        String ties = !EvaluationDisclosure.hidesTieRange(head) && p.ambiguous()
                ? "; with ties at the cut-off between " + EvaluationFormat.num(p.precisionWorst(), 3)
                + " (worst case) and " + EvaluationFormat.num(p.precisionBest(), 3) + " (best case)" : "";
        lines.add("Precision at capacity: " + EvaluationFormat.rate(c.precision(), hidden, 3) + ties);
        lines.add("Recall at capacity: " + EvaluationFormat.rate(c.recall(), hidden, 3));
        lines.add("Lift at capacity: " + EvaluationFormat.rate(c.lift(), hidden, 2) + " (base rate "
                + (EvaluationDisclosure.hidesBaseRate(head) ? Disclosure.PAGE_MARK
                : EvaluationFormat.num(head.baseRate(), 4)) + ")");
        boolean ratioHidden = EvaluationDisclosure.hidesOracleRatio(head, data.comparison().oracle());
        data.comparison().ratioFor(head.name()).ifPresent(r -> lines.add("Precision relative to the oracle: "
                + EvaluationFormat.rate(r.precisionRatio(), ratioHidden, 3)
                + (r.paired() ? " (paired bootstrap)" : " (unpaired: no interval)")));
        return lines;
    }

    /** Every trained grid point with its validation figures; the saved one in bold. */
    private static HtmlTable grid(List<GridCandidate> grid) {
        HtmlTable.Builder t = new HtmlTable.Builder(List.of("candidate", "validation AUC-PR",
                "validation AUC-ROC"));
        for (GridCandidate g : grid) {
            t.row(g.saved() ? "chosen" : "", List.of(g.description() + (g.saved() ? " (saved)" : ""),
                    EvaluationFormat.num(g.validationAucPr(), 4), EvaluationFormat.num(g.validationAucRoc(), 4)));
        }
        return t.build();
    }

    private static HtmlTable ranking(Comparison c, String chosen) {
        HtmlTable.Builder t = new HtmlTable.Builder(List.of("candidate", "persons", "VSV", "AUC-ROC", "AUC-PR",
                "Brier", "log loss", "ECE"));
        for (Comparison.Row row : c.rows()) {
            Evaluation e = row.evaluation();
            boolean hidden = EvaluationDisclosure.hidesCohort(e);
            t.row(rowClass(row, chosen), List.of(rowName(row, chosen), EvaluationFormat.count(e.rows()),
                    EvaluationFormat.count(e.positives()), EvaluationFormat.rate(e.aucRoc(), hidden, 3),
                    EvaluationFormat.rate(e.aucPr(), hidden, 3), EvaluationFormat.rate(e.brier(), hidden, 4),
                    EvaluationFormat.rate(e.logLoss(), hidden, 4),
                    EvaluationFormat.rate(e.expectedCalibrationError(), hidden, 4)));
        }
        return t.build();
    }

    static HtmlTable atCapacity(Comparison c, String chosen) {
        boolean oracle = c.oracle() != null;
        List<String> header = new ArrayList<>(List.of("candidate", "k", "precision", "worst to best (ties)",
                "recall", "lift"));
        if (oracle) {
            header.addAll(List.of("precision / oracle", "precision \u2212 oracle"));
        }
        HtmlTable.Builder t = new HtmlTable.Builder(header);
        for (Comparison.Row row : c.rows()) {
            Evaluation e = row.evaluation();
            AtCapacity p = e.atCapacity().point();
            boolean hidden = EvaluationDisclosure.hidesAtCapacity(e);
            List<String> cells = new ArrayList<>(List.of(rowName(row, chosen), EvaluationFormat.setting(p.k()),
                    EvaluationFormat.rate(e.atCapacity().precision(), hidden, 3),
                    EvaluationDisclosure.hidesTieRange(e) ? Disclosure.PAGE_MARK
                            : EvaluationFormat.num(p.precisionWorst(), 3) + " to "
                            + EvaluationFormat.num(p.precisionBest(), 3),
                    EvaluationFormat.rate(e.atCapacity().recall(), hidden, 3),
                    EvaluationFormat.rate(e.atCapacity().lift(), hidden, 2)));
            if (oracle) {
                Comparison.OracleRatio r = row.ratioToOracle();
                boolean ratioHidden = EvaluationDisclosure.hidesOracleRatio(e, c.oracle());
                cells.add(r == null ? "" : EvaluationFormat.rate(r.precisionRatio(), ratioHidden, 3));
                cells.add(r == null ? "" : EvaluationFormat.rate(r.precisionDifference(), ratioHidden, 3));
            }
            t.row(rowClass(row, chosen), cells);
        }
        return t.build();
    }

    private static boolean isChosen(Comparison.Row row, String chosen) {
        return !row.oracle() && row.evaluation().name().equals(chosen);
    }

    private static String rowClass(Comparison.Row row, String chosen) {
        return row.oracle() ? "oracle" : isChosen(row, chosen) ? "chosen" : "";
    }

    private static String rowName(Comparison.Row row, String chosen) {
        return row.evaluation().name() + (row.oracle() ? " (oracle)" : isChosen(row, chosen) ? " (chosen)" : "");
    }

    private static HtmlTable sectors(Comparison c) {
        HtmlTable.Builder t = new HtmlTable.Builder(List.of("candidate", "sector", "persons", "VSV", "selected",
                "precision", "recall", "lift"));
        java.util.Map<Evaluation, List<SectorDisclosure.Shown>> sectorsShown = SectorDisclosure.of(c);
        for (Comparison.Row row : c.rows()) {
            List<SectorResult> sectors = row.evaluation().sectors();
            List<SectorDisclosure.Shown> shown = sectorsShown.get(row.evaluation());
            for (int i = 0; i < sectors.size(); i++) {
                SectorResult s = sectors.get(i);
                SectorDisclosure.Shown show = shown.get(i);
                t.row(row.oracle() ? "oracle" : "", List.of(row.evaluation().name(), s.sector().label(),
                        EvaluationFormat.count(s.rows(), !show.rows()),
                        EvaluationFormat.count(s.positives(), !show.margins()),
                        EvaluationFormat.count(s.selected(), !show.margins()),
                        EvaluationFormat.rate(s.precision(), !show.rates(), 3),
                        EvaluationFormat.rate(s.recall(), !show.rates(), 3),
                        EvaluationFormat.rate(s.lift(), !show.rates(), 2)));
            }
        }
        return t.build();
    }

    private static HtmlTable reliability(ReliabilityTable table) {
        HtmlTable.Builder t = new HtmlTable.Builder(List.of("bin", "risk from", "risk to", "persons", "mean risk",
                "observed rate"));
        int i = 1;
        for (ReliabilityTable.Bin b : table.bins()) {
            boolean hidden = EvaluationDisclosure.hidesBin(b);
            t.row("", List.of(String.valueOf(i++), hidden ? Disclosure.PAGE_MARK : EvaluationFormat.num(b.lower(), 4),
                    hidden ? Disclosure.PAGE_MARK : EvaluationFormat.num(b.upper(), 4),
                    EvaluationFormat.count(b.n(), hidden),
                    hidden ? Disclosure.PAGE_MARK : EvaluationFormat.num(b.meanPredicted(), 4),
                    hidden ? Disclosure.PAGE_MARK : EvaluationFormat.num(b.observedRate(), 4)));
        }
        return t.build();
    }

    /** Where the printed risks are used: the top of the ranking, which the reliability table's top bin hides. */
    private static HtmlTable topOfRanking(Evaluation head) {
        HtmlTable.Builder t = new HtmlTable.Builder(List.of("top of the ranking", "persons", "mean predicted risk",
                "observed rate", "95% interval of the observed rate", "predicted risk inside the interval"));
        for (TopCalibration c : head.top()) {
            boolean hidden = EvaluationDisclosure.hidesTop(head, c);
            String share = EvaluationFormat.num(100 * c.share(), 0) + "%";
            t.row("", List.of(share, EvaluationFormat.count(c.persons(), hidden),
                    hidden ? Disclosure.PAGE_MARK : EvaluationFormat.num(c.meanPredicted(), 3),
                    hidden ? Disclosure.PAGE_MARK : EvaluationFormat.num(c.observedRate(), 3),
                    hidden ? Disclosure.PAGE_MARK : EvaluationFormat.num(c.lower(), 3) + " - "
                            + EvaluationFormat.num(c.upper(), 3),
                    hidden ? Disclosure.PAGE_MARK : c.holds() ? "yes" : "no"));
        }
        return t.build();
    }

    private static HtmlTable trends(List<CohortTrend> trends) {
        HtmlTable.Builder t = new HtmlTable.Builder(List.of("model", "peildatum", "persons", "VSV", "k",
                "precision at k", "recall at k"));
        for (CohortTrend trend : trends) {
            for (CohortTrend.Point p : trend.points()) {
                boolean hidden = EvaluationDisclosure.hidesTrendPoint(p);
                t.row("", List.of(trend.name(), p.peildatum().toString(), EvaluationFormat.count(p.rows()),
                        EvaluationFormat.count(p.positives()), EvaluationFormat.setting(p.k()),
                        EvaluationFormat.rate(p.precision(), hidden, 3),
                        EvaluationFormat.rate(p.recall(), hidden, 3)));
            }
        }
        return t.build();
    }
}
