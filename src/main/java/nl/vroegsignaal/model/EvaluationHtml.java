package nl.vroegsignaal.model;

import java.nio.file.Path;
import java.util.Map;
import nl.vroegsignaal.core.AtomicOutput;

/**
 * Writes the evaluation report as one self-contained English HTML page for data scientists: tables with
 * intervals and inline SVG charts, no scripts, fonts, images or links to load. All text is escaped; counts
 * and rates hidden by the privacy rule ({@link EvaluationDisclosure}) show as "&lt;10".
 */
public final class EvaluationHtml {
    private static final String STYLE = """
            body{font-family:sans-serif;margin:2em auto;max-width:84em;color:#222;line-height:1.4}
            table{border-collapse:collapse;margin:0.5em 0 1.5em;font-size:0.9em}
            th,td{border:1px solid #ccc;padding:0.25em 0.6em;text-align:right;vertical-align:top;white-space:nowrap}
            th:first-child,td:first-child{text-align:left}
            th{background:#f2f2f2}
            tr.oracle td{color:#555;font-style:italic}
            tr.chosen td:first-child{font-weight:bold}
            .meta{color:#555}
            svg{display:block;margin:0.5em 0 1.5em;font-size:12px}
            svg .chart-title{font-size:14px;font-weight:bold}
            dt{font-weight:bold;margin-top:0.6em}
            """;

    private EvaluationHtml() {
    }

    public static void write(Path target, EvaluationReportData data) {
        AtomicOutput.writeString(target, AtomicOutput.Visibility.AGGREGATE, toHtml(data));
    }

    public static String toHtml(EvaluationReportData data) {
        StringBuilder h = new StringBuilder();
        String title = ReportFormat.escape(data.title());
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(title)
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(title).append("</h1>\n");
        Evaluation head = data.headline();
        EvaluationOptions opt = head.options();
        h.append("<p class=\"meta\">Capacity: ").append(ReportFormat.escape(opt.capacity().describe()))
                .append(" (k = ").append(ReportFormat.count(head.atCapacity().point().k()))
                .append(" of ").append(ReportFormat.count(head.rows())).append(" persons in the test cohort). ")
                .append("Intervals: 95% percentile bootstrap over persons, ").append(opt.bootstrapResamples())
                .append(" resamples, seed ").append(opt.seed()).append(". ")
                .append(ReportFormat.escape(EvaluationJson.PRIVACY)).append("</p>\n");
        headline(h, data, head);
        h.append("<h2>Comparison of candidates</h2>\n");
        EvaluationTables.comparison(h, data.comparison(), data.chosenModel());
        if (!data.grid().isEmpty()) {
            h.append("<h3>Every trained candidate on the validation cohort (model selection)</h3>\n<p>The saved "
                    + "model is the candidate with the highest AUC-PR on the validation cohort; the test cohort "
                    + "above played no part in the choice.</p>\n");
            EvaluationTables.grid(h, data.grid());
        }
        h.append("<h2>By sector (within the one signal list)</h2>\n<p>The selection is the overall top k; each row "
                + "shows the part of it that falls in the sector. VAVO and any other sector count as "
                + "&quot;overig&quot;.</p>\n");
        EvaluationTables.sectors(h, data.comparison());
        h.append("<h2>Precision and recall</h2>\n").append(EvaluationCharts.precisionRecall(data.comparison()))
                .append('\n');
        h.append("<h2>Calibration</h2>\n").append(EvaluationCharts.calibration(data.comparison())).append('\n');
        h.append("<p>Reliability table of ").append(ReportFormat.escape(head.name())).append(" (expected "
                + "calibration error ").append(ReportFormat.estimate(head.expectedCalibrationError(), 4))
                .append("):</p>\n");
        EvaluationTables.reliability(h, head.reliability());
        h.append("<p>At the top of the ranking, where the signal list prints its risks (95% Wilson interval of the "
                + "observed rate):</p>\n");
        EvaluationTables.top(h, head.top());
        if (!data.trends().isEmpty()) {
            h.append("<h2>Precision at capacity per cohort</h2>\n")
                    .append(EvaluationCharts.cohortTrends(data.trends())).append('\n');
            EvaluationTables.trends(h, data.trends());
        }
        h.append("<h2>Data split</h2>\n<p>").append(ReportFormat.escape(data.splitDescription())).append("</p>\n");
        if (!data.notes().isEmpty()) {
            h.append("<h2>Notes</h2>\n<ul>\n");
            for (String note : data.notes()) {
                h.append("<li>").append(ReportFormat.escape(note)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append(HOW_TO_READ);
        h.append("<h2>Provenance</h2>\n<table>\n");
        for (Map.Entry<String, String> e : data.provenance().entrySet()) {
            h.append("<tr><td>").append(ReportFormat.escape(e.getKey())).append("</td><td>")
                    .append(ReportFormat.escape(e.getValue())).append("</td></tr>\n");
        }
        h.append("</table>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void headline(StringBuilder h, EvaluationReportData data, Evaluation head) {
        CapacityEstimate c = head.atCapacity();
        AtCapacity p = c.point();
        h.append("<h2>Headline: ").append(ReportFormat.escape(head.name()))
                .append(data.chosenModel() == null ? "" : " (chosen model)").append("</h2>\n<ul>\n");
        boolean hidden = EvaluationDisclosure.hidesAtCapacity(head);
        h.append("<li>Precision at capacity: ").append(ReportFormat.rate(c.precision(), hidden, 3));
        if (!EvaluationDisclosure.hidesTieRange(head) && p.ambiguous()) {
            h.append("; with ties at the cut-off between ").append(ReportFormat.num(p.precisionWorst(), 3))
                    .append(" (worst case) and ").append(ReportFormat.num(p.precisionBest(), 3))
                    .append(" (best case)");
        }
        h.append("</li>\n<li>Recall at capacity: ").append(ReportFormat.rate(c.recall(), hidden, 3))
                .append("</li>\n<li>Lift at capacity: ").append(ReportFormat.rate(c.lift(), hidden, 2))
                .append(" (base rate ").append(EvaluationDisclosure.hidesBaseRate(head) ? Suppression.SHOWN_AS
                        : ReportFormat.num(head.baseRate(), 4)).append(")</li>\n");
        boolean ratioHidden = EvaluationDisclosure.hidesOracleRatio(head, data.comparison().oracle());
        data.comparison().ratioFor(head.name()).ifPresent(r -> h.append("<li>Precision relative to the oracle: ")
                .append(ReportFormat.rate(r.precisionRatio(), ratioHidden, 3))
                .append(r.paired() ? " (paired bootstrap)" : " (unpaired: no interval)").append("</li>\n"));
        h.append("</ul>\n");
    }

    private static final String HOW_TO_READ = """
            <h2>How to read these metrics</h2>
            <dl>
            <dt>Precision at capacity</dt>
            <dd>Of the k young people the case workers can contact in a year (the top k of the ranking), the \
            share who would indeed leave school early without a diploma (VSV). This is the headline. When several \
            people share the score at the cut-off and not all fit, the value is the expectation under a random \
            tie-break; worst and best case are also shown.</dd>
            <dt>Recall at capacity</dt>
            <dd>The share of all early leavers in the cohort that the top k reaches.</dd>
            <dt>Lift</dt>
            <dd>Precision at capacity divided by the base rate: how many times better than picking people at \
            random.</dd>
            <dt>Oracle</dt>
            <dd>On synthetic data the true probability of each person is known. Ranking by it is the best any \
            model can do; the ratio model / oracle shows how much of that is achieved.</dd>
            <dt>AUC-ROC and AUC-PR</dt>
            <dd>Ranking quality over all thresholds. AUC-ROC is the chance that a random leaver scores above a \
            random non-leaver (0.5 is chance). AUC-PR (average precision) focuses on the top of the list and \
            should be compared with the base rate, its value for a random ranking.</dd>
            <dt>Brier score, log loss</dt>
            <dd>Accuracy of the risks as probabilities; lower is better. Both mix ranking and calibration.</dd>
            <dt>Calibration and expected calibration error (ECE)</dt>
            <dd>A calibrated risk of 12% means about 12 in 100 such people leave early. The reliability table sorts \
            people by risk into bins of equal size, merged from the lowest risk upwards until each bin holds at least \
            10 early leavers and 10 others (so that no small count can be read from a bin), and compares the mean \
            risk with the observed rate; ECE is the \
            size-weighted mean absolute gap. Being a mean of absolute gaps, ECE is never below 0 and is pushed up \
            by noise, so for a well-calibrated candidate its bootstrap interval can lie above the estimate; read \
            it as a rough upper bound, together with the reliability chart.</dd>
            <dt>Intervals</dt>
            <dd>95% percentile bootstrap intervals: persons are resampled with replacement, and all candidates \
            share the resamples, so differences and ratios between them have paired intervals. They show \
            sampling uncertainty within this test cohort, not how much the next cohort will differ.</dd>
            </dl>
            """;
}
