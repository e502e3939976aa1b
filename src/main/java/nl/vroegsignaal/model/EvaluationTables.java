package nl.vroegsignaal.model;

import java.util.List;

/** The HTML tables of the evaluation report. Every cell passes through {@link ReportFormat}. */
final class EvaluationTables {
    private EvaluationTables() {
    }

    /** Every trained grid point with its validation figures; the saved one in bold. */
    static void grid(StringBuilder h, List<GridCandidate> grid) {
        h.append("<table>\n<tr><th>candidate</th><th>validation AUC-PR</th><th>validation AUC-ROC</th></tr>\n");
        for (GridCandidate g : grid) {
            h.append(g.saved() ? "<tr class=\"chosen\"><td>" : "<tr><td>")
                    .append(ReportFormat.escape(g.description())).append(g.saved() ? " (saved)" : "")
                    .append("</td>");
            cell(h, ReportFormat.num(g.validationAucPr(), 4));
            cell(h, ReportFormat.num(g.validationAucRoc(), 4));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /** Two tables: ranking and calibration over all rows, then the figures at capacity. */
    static void comparison(StringBuilder h, Comparison c, String chosen) {
        h.append("<h3>Ranking and calibration</h3>\n<table>\n<tr><th>candidate</th><th>persons</th><th>VSV</th>"
                + "<th>AUC-ROC</th><th>AUC-PR</th><th>Brier</th><th>log loss</th><th>ECE</th></tr>\n");
        for (Comparison.Row row : c.rows()) {
            Evaluation e = row.evaluation();
            boolean cohortHidden = EvaluationDisclosure.hidesCohort(e);
            startRow(h, row, chosen);
            cell(h, ReportFormat.count(e.rows()));
            cell(h, ReportFormat.count(e.positives()));
            cell(h, ReportFormat.rate(e.aucRoc(), cohortHidden, 3));
            cell(h, ReportFormat.rate(e.aucPr(), cohortHidden, 3));
            cell(h, ReportFormat.rate(e.brier(), cohortHidden, 4));
            cell(h, ReportFormat.rate(e.logLoss(), cohortHidden, 4));
            cell(h, ReportFormat.rate(e.expectedCalibrationError(), cohortHidden, 4));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        boolean oracle = c.oracle() != null;
        h.append("<h3>At capacity</h3>\n<table>\n<tr><th>candidate</th><th>k</th><th>precision</th>"
                + "<th>worst to best (ties)</th><th>recall</th><th>lift</th>");
        if (oracle) {
            h.append("<th>precision / oracle</th><th>precision &minus; oracle</th>");
        }
        h.append("</tr>\n");
        for (Comparison.Row row : c.rows()) {
            Evaluation e = row.evaluation();
            AtCapacity p = e.atCapacity().point();
            boolean hidden = EvaluationDisclosure.hidesAtCapacity(e);
            startRow(h, row, chosen);
            cell(h, ReportFormat.count(p.k()));
            cell(h, ReportFormat.rate(e.atCapacity().precision(), hidden, 3));
            cell(h, EvaluationDisclosure.hidesTieRange(e) ? Suppression.SHOWN_AS
                    : ReportFormat.num(p.precisionWorst(), 3) + " to " + ReportFormat.num(p.precisionBest(), 3));
            cell(h, ReportFormat.rate(e.atCapacity().recall(), hidden, 3));
            cell(h, ReportFormat.rate(e.atCapacity().lift(), hidden, 2));
            if (oracle) {
                Comparison.OracleRatio r = row.ratioToOracle();
                boolean ratioHidden = EvaluationDisclosure.hidesOracleRatio(e, c.oracle());
                cell(h, r == null ? "" : ReportFormat.rate(r.precisionRatio(), ratioHidden, 3));
                cell(h, r == null ? "" : ReportFormat.rate(r.precisionDifference(), ratioHidden, 3));
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void startRow(StringBuilder h, Comparison.Row row, String chosen) {
        String name = row.evaluation().name();
        boolean isChosen = !row.oracle() && name.equals(chosen);
        h.append("<tr").append(row.oracle() ? " class=\"oracle\"" : isChosen ? " class=\"chosen\"" : "")
                .append('>');
        cell(h, name + (row.oracle() ? " (oracle)" : isChosen ? " (chosen)" : ""));
    }

    static void sectors(StringBuilder h, Comparison c) {
        h.append("<table>\n<tr><th>candidate</th><th>sector</th><th>persons</th><th>VSV</th><th>selected</th>"
                + "<th>precision</th><th>recall</th><th>lift</th></tr>\n");
        java.util.Map<Evaluation, List<SectorDisclosure.Shown>> sectorsShown = SectorDisclosure.of(c);
        for (Comparison.Row row : c.rows()) {
            List<SectorResult> sectors = row.evaluation().sectors();
            List<SectorDisclosure.Shown> shown = sectorsShown.get(row.evaluation());
            for (int i = 0; i < sectors.size(); i++) {
                SectorResult s = sectors.get(i);
                SectorDisclosure.Shown show = shown.get(i);
                h.append("<tr").append(row.oracle() ? " class=\"oracle\"" : "").append('>');
                cell(h, row.evaluation().name());
                cell(h, s.sector().label());
                cell(h, ReportFormat.count(s.rows(), !show.rows()));
                cell(h, ReportFormat.count(s.positives(), !show.margins()));
                cell(h, ReportFormat.count(s.selected(), !show.margins()));
                cell(h, ReportFormat.rate(s.precision(), !show.rates(), 3));
                cell(h, ReportFormat.rate(s.recall(), !show.rates(), 3));
                cell(h, ReportFormat.rate(s.lift(), !show.rates(), 2));
                h.append("</tr>\n");
            }
        }
        h.append("</table>\n");
    }

    static void reliability(StringBuilder h, ReliabilityTable table) {
        h.append("<table>\n<tr><th>bin</th><th>risk from</th><th>risk to</th><th>persons</th>"
                + "<th>mean risk</th><th>observed rate</th></tr>\n");
        int i = 1;
        for (ReliabilityTable.Bin b : table.bins()) {
            boolean hidden = EvaluationDisclosure.hidesBin(b);
            h.append("<tr>");
            cell(h, String.valueOf(i++));
            cell(h, hidden ? Suppression.SHOWN_AS : ReportFormat.num(b.lower(), 4));
            cell(h, hidden ? Suppression.SHOWN_AS : ReportFormat.num(b.upper(), 4));
            cell(h, ReportFormat.count(b.n(), hidden));
            cell(h, hidden ? Suppression.SHOWN_AS : ReportFormat.num(b.meanPredicted(), 4));
            cell(h, hidden ? Suppression.SHOWN_AS : ReportFormat.num(b.observedRate(), 4));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    static void trends(StringBuilder h, List<CohortTrend> trends) {
        h.append("<table>\n<tr><th>model</th><th>peildatum</th><th>persons</th><th>VSV</th><th>k</th>"
                + "<th>precision at k</th><th>recall at k</th></tr>\n");
        for (CohortTrend t : trends) {
            for (CohortTrend.Point p : t.points()) {
                boolean hidden = EvaluationDisclosure.hidesTrendPoint(p);
                h.append("<tr>");
                cell(h, t.name());
                cell(h, p.peildatum().toString());
                cell(h, ReportFormat.count(p.rows()));
                cell(h, ReportFormat.count(p.positives()));
                cell(h, ReportFormat.count(p.k()));
                cell(h, ReportFormat.rate(p.precision(), hidden, 3));
                cell(h, ReportFormat.rate(p.recall(), hidden, 3));
                h.append("</tr>\n");
            }
        }
        h.append("</table>\n");
    }

    private static void cell(StringBuilder h, String text) {
        h.append("<td>").append(ReportFormat.escape(text)).append("</td>");
    }
}
