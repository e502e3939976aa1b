package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationHtmlTest {
    private static final String HTML = EvaluationHtml.toHtml(ReportFixtures.typical());

    @Test
    void loadsNothingFromTheNetworkOrAnyOtherFile() {
        assertThat(HTML).doesNotContain("http://", "https://", "<script", "<link", "<img", "src=", "url(",
                "@import", "xmlns");
    }

    @Test
    void drawsThePrecisionRecallCalibrationAndCohortCharts() {
        assertThat(HTML).contains("<svg").contains("Precision-recall curves (test cohort)")
                .contains("Calibration (reliability, equal-count bins)").contains("Precision at capacity per cohort");
        assertThat(HTML.split("<svg", -1)).hasSize(4);
        assertThat(HTML).contains("<polyline").contains("<circle");
    }

    @Test
    void writingTwiceGivesIdenticalBytes(@TempDir Path dir) throws Exception {
        EvaluationHtml.write(dir.resolve("a.html"), ReportFixtures.typical());
        EvaluationHtml.write(dir.resolve("b.html"), ReportFixtures.typical());
        assertThat(Files.readAllBytes(dir.resolve("a.html"))).isEqualTo(Files.readAllBytes(dir.resolve("b.html")));
    }

    @Test
    void escapesEveryTextItShows() {
        assertThat(HTML).contains("<title>Evaluation &lt;test&gt; &amp; &quot;quotes&quot;</title>")
                .contains("<li>Out-of-time validation was &lt;not&gt; possible for 2024.</li>")
                .doesNotContain("<test>", "<not>");
    }

    @Test
    void showsTheComparisonWithIntervalsTheOracleRatioAndTheHowToRead() {
        Evaluation model = ReportFixtures.typical().comparison().candidates().get(0);
        assertThat(HTML).contains("<td>model (chosen)</td>").contains("<td>oracle (oracle)</td>")
                .contains("<th>precision / oracle</th>").contains("<h3>At capacity</h3>")
                .contains(ReportFormat.estimate(model.aucRoc(), 3))
                .contains("How to read these metrics")
                .contains("<td>config.sha256</td><td>ab12</td>");
    }

    @Test
    void showsSmallCellsAsLessThanTen() {
        String tiny = EvaluationHtml.toHtml(ReportFixtures.tiny());
        assertThat(tiny).contains("<td>afgeschermd</td>");
        // the 40 rows are shown, the handful of positives is not
        assertThat(tiny).contains("<td>model</td><td>40</td><td>afgeschermd</td>");
    }

    @Test
    void isUtf8WithNewlineLineEnds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.html");
        EvaluationHtml.write(file, ReportFixtures.typical());
        String text = Files.readString(file);
        assertThat(text).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n").doesNotContain("\r");
        assertThat(text).contains("<meta charset=\"utf-8\">");
    }
}
