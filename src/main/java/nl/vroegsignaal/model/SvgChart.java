package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A small inline SVG chart: axes with ticks and labels, lines, points with error bars and a legend. Drawn by
 * hand so the report needs no script, font or network. Points outside the axis ranges are clamped; NaN points
 * are skipped (they split a line).
 */
final class SvgChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final int LEFT = 64;
    private static final int RIGHT = 170;
    private static final int TOP = 36;
    private static final int BOTTOM = 52;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private List<String> categories;
    private final StringBuilder body = new StringBuilder();
    private final List<String[]> legend = new ArrayList<>();

    SvgChart(String title, String xLabel, String yLabel, double xMin, double xMax, double yMin, double yMax) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /** Label the x axis with categories at x = 0, 1, 2, ... instead of numeric ticks. */
    SvgChart categories(List<String> labels) {
        this.categories = List.copyOf(labels);
        return this;
    }

    SvgChart line(String name, double[] x, double[] y, String colour, boolean dashed) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                flushLine(points, colour, dashed);
                continue;
            }
            points.append(points.length() == 0 ? "" : " ").append(px(x[i])).append(',').append(py(y[i]));
        }
        flushLine(points, colour, dashed);
        if (name != null) {
            legend.add(new String[] {name, colour, dashed ? "dash" : "line"});
        }
        return this;
    }

    SvgChart points(String name, double[] x, double[] y, double[] lower, double[] upper, String colour) {
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                continue;
            }
            double cx = xp(x[i]);
            if (lower != null && Double.isFinite(lower[i]) && Double.isFinite(upper[i])) {
                segment(cx, yp(lower[i]), cx, yp(upper[i]), colour);
                for (double end : new double[] {lower[i], upper[i]}) {
                    segment(cx - 4, yp(end), cx + 4, yp(end), colour);
                }
            }
            body.append("<circle cx=\"").append(fmt(cx)).append("\" cy=\"").append(py(y[i]))
                    .append("\" r=\"3.5\" fill=\"").append(colour).append("\"/>\n");
        }
        if (name != null) {
            legend.add(new String[] {name, colour, "point"});
        }
        return this;
    }

    String render() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" role=\"img\" aria-label=\"")
                .append(ReportFormat.escape(title)).append("\">\n");
        svg.append("<title>").append(ReportFormat.escape(title)).append("</title>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"20\" class=\"chart-title\">")
                .append(ReportFormat.escape(title)).append("</text>\n");
        axes(svg);
        svg.append(body);
        legend(svg);
        svg.append("</svg>");
        return svg.toString();
    }

    private void axes(StringBuilder svg) {
        int plotRight = WIDTH - RIGHT;
        int plotBottom = HEIGHT - BOTTOM;
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
                .append(plotRight - LEFT).append("\" height=\"").append(plotBottom - TOP)
                .append("\" fill=\"none\" stroke=\"#888\"/>\n");
        for (int i = 0; i <= 5; i++) {
            double yv = yMin + (yMax - yMin) * i / 5;
            svg.append("<line x1=\"").append(LEFT - 4).append("\" y1=\"").append(py(yv)).append("\" x2=\"")
                    .append(plotRight).append("\" y2=\"").append(py(yv)).append("\" stroke=\"#e4e4e4\"/>\n");
            svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(fmt(yp(yv) + 4))
                    .append("\" text-anchor=\"end\">").append(ReportFormat.num(yv, 2)).append("</text>\n");
        }
        if (categories != null) {
            for (int i = 0; i < categories.size(); i++) {
                tickX(svg, i, categories.get(i));
            }
        } else {
            for (int i = 0; i <= 5; i++) {
                double xv = xMin + (xMax - xMin) * i / 5;
                tickX(svg, xv, ReportFormat.num(xv, 2));
            }
        }
        svg.append("<text x=\"").append((LEFT + plotRight) / 2).append("\" y=\"").append(HEIGHT - 12)
                .append("\" text-anchor=\"middle\">").append(ReportFormat.escape(xLabel)).append("</text>\n");
        svg.append("<text transform=\"translate(16,").append((TOP + plotBottom) / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(ReportFormat.escape(yLabel))
                .append("</text>\n");
    }

    private void tickX(StringBuilder svg, double xv, String label) {
        int plotBottom = HEIGHT - BOTTOM;
        svg.append("<line x1=\"").append(px(xv)).append("\" y1=\"").append(plotBottom).append("\" x2=\"")
                .append(px(xv)).append("\" y2=\"").append(plotBottom + 4).append("\" stroke=\"#888\"/>\n");
        svg.append("<text x=\"").append(px(xv)).append("\" y=\"").append(plotBottom + 18)
                .append("\" text-anchor=\"middle\">").append(ReportFormat.escape(label)).append("</text>\n");
    }

    private void legend(StringBuilder svg) {
        int x = WIDTH - RIGHT + 14;
        int y = TOP + 8;
        for (String[] entry : legend) {
            String colour = entry[1];
            switch (entry[2]) {
                case "point" -> svg.append("<circle cx=\"").append(x + 10).append("\" cy=\"").append(y)
                        .append("\" r=\"3.5\" fill=\"").append(colour).append("\"/>\n");
                default -> svg.append("<line x1=\"").append(x).append("\" y1=\"").append(y).append("\" x2=\"")
                        .append(x + 20).append("\" y2=\"").append(y).append("\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"2\"")
                        .append(entry[2].equals("dash") ? " stroke-dasharray=\"5,4\"" : "").append("/>\n");
            }
            svg.append("<text x=\"").append(x + 26).append("\" y=\"").append(y + 4).append("\">")
                    .append(ReportFormat.escape(shorten(entry[0]))).append("</text>\n");
            y += 18;
        }
    }

    private void flushLine(StringBuilder points, String colour, boolean dashed) {
        if (points.length() == 0) {
            return;
        }
        body.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2\"").append(dashed ? " stroke-dasharray=\"5,4\"" : "").append("/>\n");
        points.setLength(0);
    }

    private static String shorten(String name) {
        return name.length() <= 22 ? name : name.substring(0, 21) + "\u2026";
    }

    private void segment(double x1, double y1, double x2, double y2, String colour) {
        body.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"")
                .append(fmt(x2)).append("\" y2=\"").append(fmt(y2)).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"1.5\"/>\n");
    }

    private double xp(double x) {
        double t = (clamp(x, xMin, xMax) - xMin) / (xMax - xMin);
        return LEFT + t * (WIDTH - RIGHT - LEFT);
    }

    private double yp(double y) {
        double t = (clamp(y, yMin, yMax) - yMin) / (yMax - yMin);
        return HEIGHT - BOTTOM - t * (HEIGHT - BOTTOM - TOP);
    }

    private String px(double x) {
        return fmt(xp(x));
    }

    private String py(double y) {
        return fmt(yp(y));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static String fmt(double v) {
        return ReportFormat.num(v, 1);
    }
}
