package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.List;

/** The three charts of the evaluation report, as inline SVG; suppressed points are not drawn. */
final class EvaluationCharts {
    private static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
        "#e377c2", "#17becf"};
    private static final String ORACLE_COLOUR = "#555555";

    private EvaluationCharts() {
    }

    static String colour(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /**
     * Precision against recall for every candidate (a dot where its top k ends), the oracle dashed, and the
     * base rate as the level of a random ranking.
     */
    static String precisionRecall(Comparison c) {
        SvgChart chart = new SvgChart("Precision-recall curves (test cohort)", "recall", "precision", 0, 1, 0, 1);
        List<Comparison.Row> rows = c.rows();
        for (int i = 0; i < rows.size(); i++) {
            Evaluation e = rows.get(i).evaluation();
            List<CurvePoint> pts = e.prCurve();
            double[] x = new double[pts.size()];
            double[] y = new double[pts.size()];
            for (int j = 0; j < pts.size(); j++) {
                x[j] = pts.get(j).recall();
                y[j] = pts.get(j).precision();
            }
            boolean oracle = rows.get(i).oracle();
            String col = oracle ? ORACLE_COLOUR : colour(i);
            chart.line(e.name(), x, y, col, oracle);
            AtCapacity p = e.atCapacity().point();
            if (!EvaluationDisclosure.hidesAtCapacity(e)) {
                // where the signal list of this candidate stops
                chart.points(null, new double[] {p.recall()}, new double[] {p.precision()}, null, null, col);
            }
        }
        Evaluation first = rows.get(0).evaluation();
        if (!EvaluationDisclosure.hidesBaseRate(first)) {
            double base = first.baseRate();
            chart.line("base rate", new double[] {0, 1}, new double[] {base, base}, "#aaaaaa", true);
        }
        return chart.render();
    }

    /** Observed rate against mean predicted risk per reliability bin, with the diagonal of perfect calibration. */
    static String calibration(Comparison c) {
        double top = 0;
        for (Comparison.Row r : c.rows()) {
            for (ReliabilityTable.Bin b : r.evaluation().reliability().bins()) {
                if (!EvaluationDisclosure.hidesBin(b)) {
                    top = Math.max(top, Math.max(b.meanPredicted(), b.observedRate()));
                }
            }
        }
        double max = niceCeiling(top);
        SvgChart chart = new SvgChart("Calibration (reliability, equal-count bins)", "mean predicted risk",
                "observed rate", 0, max, 0, max);
        chart.line("perfect calibration", new double[] {0, max}, new double[] {0, max}, "#aaaaaa", true);
        List<Comparison.Row> rows = c.rows();
        for (int i = 0; i < rows.size(); i++) {
            List<double[]> kept = new ArrayList<>();
            for (ReliabilityTable.Bin b : rows.get(i).evaluation().reliability().bins()) {
                if (!EvaluationDisclosure.hidesBin(b)) {
                    kept.add(new double[] {b.meanPredicted(), b.observedRate()});
                }
            }
            double[] x = kept.stream().mapToDouble(p -> p[0]).toArray();
            double[] y = kept.stream().mapToDouble(p -> p[1]).toArray();
            String col = rows.get(i).oracle() ? ORACLE_COLOUR : colour(i);
            chart.line(null, x, y, col, rows.get(i).oracle());
            chart.points(rows.get(i).evaluation().name(), x, y, null, null, col);
        }
        return chart.render();
    }

    /** Precision at capacity per cohort with its 95% interval, one series per model. */
    static String cohortTrends(List<CohortTrend> trends) {
        List<String> dates = trends.stream().flatMap(t -> t.points().stream())
                .map(p -> p.peildatum().toString()).distinct().sorted().toList();
        double top = 0;
        for (CohortTrend t : trends) {
            for (CohortTrend.Point p : t.points()) {
                if (!EvaluationDisclosure.hidesTrendPoint(p)) {
                    top = Math.max(top, Math.max(p.precision().value(),
                            p.precision().hasInterval() ? p.precision().upper() : 0));
                }
            }
        }
        SvgChart chart = new SvgChart("Precision at capacity per cohort", "peildatum", "precision at capacity",
                -0.5, dates.size() - 0.5, 0, niceCeiling(top)).categories(dates);
        for (int i = 0; i < trends.size(); i++) {
            CohortTrend t = trends.get(i);
            int m = t.points().size();
            double[] x = new double[m];
            double[] y = new double[m];
            double[] lo = new double[m];
            double[] hi = new double[m];
            for (int j = 0; j < m; j++) {
                CohortTrend.Point p = t.points().get(j);
                boolean hidden = EvaluationDisclosure.hidesTrendPoint(p);
                // a small offset per series keeps error bars of several models apart
                x[j] = dates.indexOf(p.peildatum().toString()) + (i - (trends.size() - 1) / 2.0) * 0.08;
                y[j] = hidden ? Double.NaN : p.precision().value();
                lo[j] = hidden ? Double.NaN : p.precision().lower();
                hi[j] = hidden ? Double.NaN : p.precision().upper();
            }
            chart.line(null, x, y, colour(i), false);
            chart.points(t.name(), x, y, lo, hi, colour(i));
        }
        return chart.render();
    }

    /** The smallest of 0.05, 0.1, 0.2, 0.3, ... 1.0 at or above v (at least 0.05, at most 1). */
    static double niceCeiling(double v) {
        if (!(v > 0.05)) {
            return 0.05;
        }
        if (v <= 0.1) {
            return 0.1;
        }
        return Math.min(1.0, Math.ceil(v * 10 - 1e-9) / 10);
    }
}
