package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChartTest {
    private static Chart calibration(Locale locale) {
        return Chart.of("Calibration & <check>", "mean predicted risk", "observed rate", locale)
                .xRange(0, 0.4).yRange(0, 0.4)
                .line("perfect calibration", Chart.Pen.REFERENCE, new double[] {0, 0.4}, new double[] {0, 0.4})
                .lineWithPoints("logistic regression", Chart.Pen.of(0), new double[] {0.05, 0.2, 0.3},
                        new double[] {0.04, 0.22, 0.33})
                .lineWithPoints("gradient-boosted trees with a long name", Chart.Pen.of(1),
                        new double[] {0.06, 0.21}, new double[] {0.05, 0.19});
    }

    private static List<String> texts(String svg) {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void twoRendersAreByteIdenticalUnderAnyDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            String root = calibration(Locale.ROOT).svg("c");
            Locale.setDefault(Locale.GERMANY);
            String german = calibration(Locale.ROOT).svg("c");
            assertThat(german).isEqualTo(root).isEqualTo(calibration(Locale.ROOT).svg("c"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void axesAreLabelledAndNumberedInTheGivenLocale() {
        List<String> root = texts(calibration(Locale.ROOT).svg("c"));
        assertThat(root).contains("mean predicted risk", "observed rate", "0", "0.1", "0.2", "0.3", "0.4");
        List<String> dutch = texts(calibration(Locale.forLanguageTag("nl-NL")).svg("c"));
        assertThat(dutch).contains("0,1", "0,2").doesNotContain("0.1");
    }

    @Test
    void legendNamesEverySeriesInFullAndEscapesText() {
        String svg = calibration(Locale.ROOT).svg("c");
        assertThat(texts(svg)).contains("perfect calibration", "logistic regression",
                "gradient-boosted trees with a long name", "Calibration &amp; &lt;check&gt;");
    }

    @Test
    void referenceLineHasNoModelColour() {
        String svg = calibration(Locale.ROOT).svg("c");
        for (int i = 0; i < 8; i++) {
            assertThat(Chart.Pen.of(i).colour()).isNotEqualTo(Chart.Pen.REFERENCE.colour())
                    .isNotEqualTo(Chart.Pen.ORACLE.colour());
        }
        assertThat(svg).contains("rgb(153,153,153)");
    }

    @Test
    void categoriesNameTheXPositions() {
        String svg = Chart.of("t", "peildatum", "precision", Locale.ROOT).categories(List.of("2023-10-01", "2024-10-01"))
                .intervals("m", Chart.Pen.of(0), new double[] {0, 1}, new double[] {0.3, 0.4},
                        new double[] {0.2, Double.NaN}, new double[] {0.4, Double.NaN})
                .svg("t");
        assertThat(texts(svg)).contains("2023-10-01", "2024-10-01", "peildatum");
    }

    @Test
    void hiddenValuesAreGapsNotNumbers() {
        String svg = Chart.of("t", "group", "rate", Locale.ROOT).categories(List.of("a", "b", "c")).yRange(0, 0.5)
                .intervals("rate", Chart.Pen.of(0), new double[] {0, 1, 2}, new double[] {0.2, Double.NaN, 0.3},
                        new double[] {0.1, Double.NaN, 0.2}, new double[] {0.3, Double.NaN, 0.4})
                .bars("n", Chart.Pen.of(1), new double[] {0.1, Double.NaN, 0.2})
                .svg("g");
        assertThat(svg).doesNotContain("NaN", "Infinity");
        assertThat(texts(svg)).contains("a", "b", "c", "0.5");
    }

    @Test
    void aHorizontalDotChartListsGroupsTopToBottomWithPercentTicksAndGrowsWithThem() {
        Chart chart = Chart.of("t", "groep", "bereik", Locale.forLanguageTag("nl-NL"))
                .categories(List.of("Nederland", "Europa (niet getoond)", "buiten Europa")).horizontal()
                .percentValues().yRange(0, 0.025)
                .dots("bereik", Chart.Pen.of(0), new double[] {0.01, Double.NaN, 0.015},
                        new double[] {0.005, Double.NaN, 0.01}, new double[] {0.0125, Double.NaN, 0.02});
        String svg = chart.svg("h");
        assertThat(texts(svg)).contains("0,5%", "1%", "2,5%").doesNotContain("0,01");
        assertThat(svg).doesNotContain("NaN");
        assertThat(y(svg, "Nederland")).isLessThan(y(svg, "Europa (niet getoond)"));
        assertThat(y(svg, "Europa (niet getoond)")).isLessThan(y(svg, "buiten Europa"));
        String taller = Chart.of("t", "groep", "bereik", Locale.ROOT).categories(List.of("a", "b", "c", "d", "e", "f"))
                .horizontal().dots("x", Chart.Pen.of(0), new double[6], new double[6], new double[6]).svg("h");
        assertThat(height(taller)).isGreaterThan(height(svg));
    }

    /** The y of the text element that reads {@code text} (JFreeSVG writes text as {@code <text x= y=>}). */
    private static double y(String svg, String text) {
        Matcher m = Pattern.compile("<text[^>]* y='([0-9.]+)'[^>]*>" + Pattern.quote(text) + "</text>").matcher(svg);
        assertThat(m.find()).as("text %s", text).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static int height(String svg) {
        Matcher m = Pattern.compile("<svg[^>]* height='([0-9]+)'").matcher(svg);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void niceStepsAreRound() {
        assertThat(Chart.niceStep(0.2)).isEqualTo(0.2);
        assertThat(Chart.niceStep(0.08)).isEqualTo(0.1);
        assertThat(Chart.niceStep(0.11)).isEqualTo(0.2);
        assertThat(Chart.niceStep(0.23)).isEqualTo(0.25);
        assertThat(Chart.niceStep(3)).isEqualTo(5);
    }
}
