package nl.vroegsignaal.report;

import java.util.List;
import java.util.Locale;

/**
 * An inline SVG dot chart of one metric per group: a dot at the group's rate and a line over its 95% interval,
 * a dashed line at the whole cohort's rate. Drawn by hand so the page needs no script, font or network. A group
 * whose rate is not shown gets the words instead of a dot; nothing depends on colour.
 */
final class FairnessSvg {
    private static final int WIDTH = 640;
    private static final int LABEL = 210;
    private static final int RIGHT = 24;
    private static final int ROW = 22;
    private static final int TOP = 30;
    private static final int BOTTOM = 34;

    /** One group's rate; {@code shown} false means suppressed (value and bounds are then ignored). */
    record Row(String label, boolean shown, double value, double lower, double upper) {
    }

    private FairnessSvg() {
    }

    static String chart(String title, List<Row> rows, double overall) {
        double max = 0;
        for (Row r : rows) {
            if (r.shown()) {
                max = Math.max(max, Double.isFinite(r.upper()) ? r.upper() : r.value());
            }
        }
        if (Double.isFinite(overall)) {
            max = Math.max(max, overall);
        }
        double top = niceMax(max);
        int height = TOP + ROW * rows.size() + BOTTOM;
        int plotRight = WIDTH - RIGHT;
        StringBuilder s = new StringBuilder();
        s.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
                .append(SignalHtml.esc(title)).append("\">\n<title>").append(SignalHtml.esc(title))
                .append("</title>\n");
        s.append("<text x=\"0\" y=\"18\" font-weight=\"bold\">").append(SignalHtml.esc(title)).append("</text>\n");
        int plotBottom = TOP + ROW * rows.size();
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4;
            String x = fmt(x(v, top));
            s.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(plotBottom).append("\" stroke=\"#ccc\"/>\n");
            s.append("<text x=\"").append(x).append("\" y=\"").append(plotBottom + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">")
                    .append(FairnessTexts.percent(v, top < 0.04 ? 1 : 0)).append("</text>\n");
        }
        if (Double.isFinite(overall)) {
            String x = fmt(x(overall, top));
            s.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 4).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(plotBottom).append("\" stroke=\"#000\" stroke-dasharray=\"4,3\"/>\n");
            s.append("<text x=\"").append(plotRight).append("\" y=\"").append(plotBottom + 30)
                    .append("\" text-anchor=\"end\" font-size=\"11\">stippellijn: iedereen samen (")
                    .append(FairnessTexts.percent(overall, 1)).append(")</text>\n");
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = TOP + ROW * i + ROW / 2;
            s.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\" font-size=\"12\">").append(SignalHtml.esc(r.label()))
                    .append("</text>\n");
            if (!r.shown()) {
                s.append("<text x=\"").append(LABEL + 4).append("\" y=\"").append(y + 4)
                        .append("\" font-size=\"11\" font-style=\"italic\">").append(FairnessTexts.HIDDEN)
                        .append("</text>\n");
                continue;
            }
            if (Double.isFinite(r.lower()) && Double.isFinite(r.upper())) {
                s.append("<line x1=\"").append(fmt(x(r.lower(), top))).append("\" y1=\"").append(y).append("\" x2=\"")
                        .append(fmt(x(r.upper(), top))).append("\" y2=\"").append(y)
                        .append("\" stroke=\"#000\" stroke-width=\"2\"/>\n");
            }
            s.append("<circle cx=\"").append(fmt(x(r.value(), top))).append("\" cy=\"").append(y)
                    .append("\" r=\"4\" fill=\"#000\"/>\n");
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static double x(double v, double top) {
        double clamped = Math.max(0, Math.min(top, v));
        return LABEL + (WIDTH - RIGHT - LABEL) * clamped / top;
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten at or above max (at least 1%). */
    static double niceMax(double max) {
        double m = Math.max(max, 0.01);
        double p = Math.pow(10, Math.floor(Math.log10(m)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * p >= m - 1e-12) {
                return step * p;
            }
        }
        return 10 * p;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
