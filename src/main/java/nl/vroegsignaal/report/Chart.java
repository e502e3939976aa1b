package nl.vroegsignaal.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * One chart of the reports and notebooks, drawn by JFreeChart into JFreeSVG: numbered axes with labels, a
 * legend below the plot (laid out by the library, so never clipped), lines, points with 95% intervals, and
 * reference lines (perfect calibration, base rate) in grey, never in a model's colour. The SVG is
 * self-contained (text as text, no scripts or fonts) and its bytes depend only on the data and on the JVM's
 * font metrics; numbers use the given locale, never the machine's. NaN values are gaps.
 */
public final class Chart {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)};
    private static final int WIDTH = 640;
    private static final int HEIGHT = 420;
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    static {
        // without this JFreeChart draws rotated text (the y-axis label) as glyph outlines, not as readable text
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /** How a series is drawn: a colour, and dashed or solid. */
    public record Pen(Color colour, boolean dashed) {
        /** The model colours, in order. */
        public static Pen of(int index) {
            return new Pen(PALETTE[index % PALETTE.length], false);
        }

        /** The oracle or another best-possible ranking: dark grey, dashed. */
        public static final Pen ORACLE = new Pen(new Color(0x555555), true);
        /** A reference line (perfect calibration, base rate): light grey, dashed, no model has this colour. */
        public static final Pen REFERENCE = new Pen(new Color(0x999999), true);
    }

    private enum Kind { LINE, LINE_AND_POINTS, POINTS, INTERVALS, DOTS, BARS }

    private record Series(String name, Pen pen, Kind kind, double[] x, double[] y, double[] lower,
                          double[] upper) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final Locale locale;
    private final List<Series> series = new ArrayList<>();
    private double[] xRange;
    private double[] yRange;
    private List<String> categories;
    private boolean horizontal;
    private boolean percent;

    private Chart(String title, String xLabel, String yLabel, Locale locale) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.locale = locale;
    }

    /** A chart whose tick numbers follow {@code locale} (Locale.ROOT: 0.25; Dutch: 0,25). */
    public static Chart of(String title, String xLabel, String yLabel, Locale locale) {
        return new Chart(title, xLabel, yLabel, locale);
    }

    public Chart xRange(double lower, double upper) {
        xRange = new double[] {lower, upper};
        return this;
    }

    public Chart yRange(double lower, double upper) {
        yRange = new double[] {lower, upper};
        return this;
    }

    /** Names the x positions 0, 1, 2, ... (cohorts, groups) instead of numbering the axis. */
    public Chart categories(List<String> labels) {
        categories = List.copyOf(labels);
        return this;
    }

    /**
     * Categories down the left side, top to bottom, values along the bottom (a dot chart per group); the
     * chart is as tall as its categories need.
     */
    public Chart horizontal() {
        horizontal = true;
        return this;
    }

    /** Value ticks as percentages in the chart's locale (0,25 is written 25%). */
    public Chart percentValues() {
        percent = true;
        return this;
    }

    /** A line; {@code name} null keeps it out of the legend. */
    public Chart line(String name, Pen pen, double[] x, double[] y) {
        return add(new Series(name, pen, Kind.LINE, x, y, null, null));
    }

    /** A line with a dot on every point. */
    public Chart lineWithPoints(String name, Pen pen, double[] x, double[] y) {
        return add(new Series(name, pen, Kind.LINE_AND_POINTS, x, y, null, null));
    }

    /** Dots only, e.g. where each model's signal list ends. */
    public Chart points(String name, Pen pen, double[] x, double[] y) {
        return add(new Series(name, pen, Kind.POINTS, x, y, null, null));
    }

    /** Dots with their interval as an error bar, joined by a line; NaN bounds draw no bar. */
    public Chart intervals(String name, Pen pen, double[] x, double[] y, double[] lower, double[] upper) {
        return add(new Series(name, pen, Kind.INTERVALS, x, y, lower, upper));
    }

    /** A dot per category (x = 0, 1, 2, ...) with its interval as a bar, not joined; NaN is no dot. */
    public Chart dots(String name, Pen pen, double[] y, double[] lower, double[] upper) {
        return add(new Series(name, pen, Kind.DOTS, positions(y.length), y, lower, upper));
    }

    /** Bars at x = 0, 1, 2, ... (use with {@link #categories}); a NaN value draws no bar. */
    public Chart bars(String name, Pen pen, double[] y) {
        return add(new Series(name, pen, Kind.BARS, positions(y.length), y, null, null));
    }

    private static double[] positions(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    private Chart add(Series s) {
        if (s.x().length != s.y().length) {
            throw new IllegalArgumentException("x and y differ in length for " + s.name());
        }
        series.add(s);
        return this;
    }

    /**
     * The chart as an SVG element.
     *
     * @param id unique on the page; also prefixes the SVG's internal ids (clip paths)
     */
    public String svg(String id) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(categories == null ? numberAxis(xLabel, xRange, false) : categoryAxis());
        plot.setRangeAxis(numberAxis(yLabel, yRange, percent));
        if (horizontal) {
            plot.setOrientation(PlotOrientation.HORIZONTAL);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(new Color(0x888888));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            plot.setDataset(i, s.lower() != null ? intervalData(s) : lineData(s));
            plot.setRenderer(i, renderer(s));
        }
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTextAntiAlias(true);
        if (series.stream().anyMatch(s -> s.name() != null)) {
            LegendTitle legend = new LegendTitle(plot);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(TEXT);
            chart.addLegend(legend);
        }
        int h = horizontal && categories != null ? 110 + 26 * categories.size() : HEIGHT;
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, h);
        g.setDefsKeyPrefix(id + "-");
        g.setGeomDoubleConverter(Chart::coordinate);
        chart.draw(g, new Rectangle(WIDTH, h));
        return g.getSVGElement(id);
    }

    private ValueAxis numberAxis(String label, double[] range, boolean asPercent) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(TEXT);
        axis.setTickLabelFont(TEXT);
        axis.setAutoRangeIncludesZero(true);
        double lower = range == null ? 0 : range[0];
        double upper = range == null ? 1 : range[1];
        axis.setRange(lower, upper);
        double step = niceStep((upper - lower) / 5);
        DecimalFormat format = new DecimalFormat(asPercent ? "0.#%" : "0.###", DecimalFormatSymbols.getInstance(locale));
        axis.setTickUnit(new NumberTickUnit(step, format));
        return axis;
    }

    private ValueAxis categoryAxis() {
        SymbolAxis axis = new SymbolAxis(xLabel, categories.toArray(String[]::new));
        axis.setLabelFont(TEXT);
        axis.setTickLabelFont(TEXT);
        axis.setRange(-0.5, categories.size() - 0.5);
        axis.setGridBandsVisible(false);
        axis.setInverted(horizontal);
        return axis;
    }

    /** A coordinate to one decimal, the same text under any locale (Double.toString ignores it). */
    private static String coordinate(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at or above {@code raw}. */
    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * magnitude >= raw * (1 - 1e-9)) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static XYSeriesCollection lineData(Series s) {
        XYSeries xy = new XYSeries(legendName(s), false, true);
        for (int i = 0; i < s.x().length; i++) {
            xy.add(s.x()[i], s.y()[i]);
        }
        return new XYSeriesCollection(xy);
    }

    private static YIntervalSeriesCollection intervalData(Series s) {
        YIntervalSeries xy = new YIntervalSeries(legendName(s), false, true);
        for (int i = 0; i < s.x().length; i++) {
            boolean bar = Double.isFinite(s.lower()[i]) && Double.isFinite(s.upper()[i]);
            xy.add(s.x()[i], s.y()[i], bar ? s.lower()[i] : s.y()[i], bar ? s.upper()[i] : s.y()[i]);
        }
        YIntervalSeriesCollection c = new YIntervalSeriesCollection();
        c.addSeries(xy);
        return c;
    }

    private static String legendName(Series s) {
        return s.name() == null ? "" : s.name();
    }

    private static XYItemRenderer renderer(Series s) {
        if (s.kind() == Kind.BARS) {
            XYBarRenderer bars = new XYBarRenderer(0.3);
            bars.setBarPainter(new StandardXYBarPainter());
            bars.setShadowVisible(false);
            bars.setSeriesPaint(0, s.pen().colour());
            bars.setSeriesVisibleInLegend(0, s.name() != null);
            return bars;
        }
        XYLineAndShapeRenderer r;
        if (s.kind() == Kind.INTERVALS || s.kind() == Kind.DOTS) {
            XYErrorRenderer e = new XYErrorRenderer();
            e.setDrawXError(false);
            e.setCapLength(8);
            e.setErrorPaint(s.pen().colour());
            r = e;
        } else {
            r = new XYLineAndShapeRenderer();
        }
        r.setSeriesLinesVisible(0, s.kind() != Kind.POINTS && s.kind() != Kind.DOTS);
        r.setSeriesShapesVisible(0, s.kind() != Kind.LINE);
        r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setSeriesPaint(0, s.pen().colour());
        r.setSeriesStroke(0, s.pen().dashed()
                ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(2f));
        r.setSeriesVisibleInLegend(0, s.name() != null);
        r.setDrawSeriesLineAsPath(true);
        return r;
    }
}
