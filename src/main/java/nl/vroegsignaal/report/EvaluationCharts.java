package nl.vroegsignaal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vroegsignaal.model.AtCapacity;
import nl.vroegsignaal.model.CohortTrend;
import nl.vroegsignaal.model.Comparison;
import nl.vroegsignaal.model.CurvePoint;
import nl.vroegsignaal.model.Evaluation;
import nl.vroegsignaal.model.EvaluationDisclosure;
import nl.vroegsignaal.model.ReliabilityTable;

/**
 * The three charts of the evaluation report (English, numbers in Locale.ROOT), also shown by notebook 02;
 * suppressed points are not drawn.
 */
public final class EvaluationCharts {
    private EvaluationCharts() {
    }

    private static Chart.Pen pen(List<Comparison.Row> rows, int i) {
        return rows.get(i).oracle() ? Chart.Pen.ORACLE : Chart.Pen.of(i);
    }

    /**
     * Precision against recall for every candidate (a dot where its top k ends), the oracle dashed, and the
     * base rate as the level of a random ranking.
     */
    public static String precisionRecall(Comparison c) {
        Chart chart = Chart.of("Precision-recall curves (test cohort)", "recall", "precision", Locale.ROOT)
                .xRange(0, 1).yRange(0, 1);
        List<Comparison.Row> rows = c.rows();
        Evaluation first = rows.get(0).evaluation();
        if (!EvaluationDisclosure.hidesBaseRate(first)) {
            double base = first.baseRate();
            chart.line("base rate (random ranking)", Chart.Pen.REFERENCE, new double[] {0, 1},
                    new double[] {base, base});
        }
        for (int i = 0; i < rows.size(); i++) {
            Evaluation e = rows.get(i).evaluation();
            List<CurvePoint> pts = e.prCurve();
            double[] x = new double[pts.size()];
            double[] y = new double[pts.size()];
            for (int j = 0; j < pts.size(); j++) {
                x[j] = pts.get(j).recall();
                y[j] = pts.get(j).precision();
            }
            chart.line(e.name(), pen(rows, i), x, y);
            AtCapacity p = e.atCapacity().point();
            if (!EvaluationDisclosure.hidesAtCapacity(e)) {
                // where the signal list of this candidate stops
                chart.points(null, pen(rows, i), new double[] {p.recall()}, new double[] {p.precision()});
            }
        }
        return chart.svg("chart-precision-recall");
    }

    /** Observed rate against mean predicted risk per reliability bin, with the diagonal of perfect calibration. */
    public static String calibration(Comparison c) {
        double top = 0;
        for (Comparison.Row r : c.rows()) {
            for (ReliabilityTable.Bin b : r.evaluation().reliability().bins()) {
                if (!EvaluationDisclosure.hidesBin(b)) {
                    top = Math.max(top, Math.max(b.meanPredicted(), b.observedRate()));
                }
            }
        }
        double max = niceCeiling(top);
        Chart chart = Chart.of("Calibration (reliability, equal-count bins)", "mean predicted risk",
                "observed rate", Locale.ROOT).xRange(0, max).yRange(0, max)
                .line("perfect calibration", Chart.Pen.REFERENCE, new double[] {0, max}, new double[] {0, max});
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
            chart.lineWithPoints(rows.get(i).evaluation().name(), pen(rows, i), x, y);
        }
        return chart.svg("chart-calibration");
    }

    /** Precision at capacity per cohort with its 95% interval, one series per model. */
    public static String cohortTrends(List<CohortTrend> trends) {
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
        Chart chart = Chart.of("Precision at capacity per cohort", "peildatum", "precision at capacity",
                Locale.ROOT).categories(dates).yRange(0, niceCeiling(top));
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
            chart.intervals(t.name() + " (95% interval)", Chart.Pen.of(i), x, y, lo, hi);
        }
        return chart.svg("chart-cohorts");
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
