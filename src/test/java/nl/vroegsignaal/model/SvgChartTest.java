package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    @Test
    void mapsDataCoordinatesIntoThePlotArea() {
        String svg = new SvgChart("t", "x", "y", 0, 1, 0, 1)
                .line("a", new double[] {0, 1}, new double[] {0, 1}, "#000", false).render();
        // plot area: x from 64 to 470, y from 348 (bottom) to 36 (top)
        assertThat(svg).contains("<polyline points=\"64.0,348.0 470.0,36.0\"");
    }

    @Test
    void aMissingValueSplitsTheLineInTwo() {
        String svg = new SvgChart("t", "x", "y", 0, 1, 0, 1)
                .line("a", new double[] {0, 0.5, 1}, new double[] {0, Double.NaN, 1}, "#000", false).render();
        assertThat(svg.split("<polyline", -1)).hasSize(3);
    }

    @Test
    void drawsErrorBarsOnlyWhereAnIntervalIsKnown() {
        String svg = new SvgChart("t", "x", "y", -0.5, 1.5, 0, 1).categories(List.of("2021", "2022"))
                .points("p", new double[] {0, 1}, new double[] {0.5, 0.5}, new double[] {0.4, Double.NaN},
                        new double[] {0.6, Double.NaN}, "#000").render();
        assertThat(svg.split("<circle", -1)).hasSize(4); // two points and the legend marker
        assertThat(svg.split("stroke-width=\"1.5\"", -1)).hasSize(4); // one bar with two caps
        assertThat(svg).contains(">2021</text>").contains(">2022</text>");
    }

    @Test
    void escapesTitlesAndLabels() {
        String svg = new SvgChart("a<b", "x&y", "\"y\"", 0, 1, 0, 1).render();
        assertThat(svg).contains("<title>a&lt;b</title>").contains(">x&amp;y</text>").contains(">&quot;y&quot;</text>")
                .doesNotContain("a<b");
    }
}
