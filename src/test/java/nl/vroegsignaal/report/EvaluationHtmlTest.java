package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.vroegsignaal.model.Evaluation;
import nl.vroegsignaal.model.EvaluationDisclosure;
import nl.vroegsignaal.model.ReportFixtures;
import nl.vroegsignaal.model.TopCalibration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationHtmlTest {
    private static final String HTML = EvaluationHtml.toHtml(ReportFixtures.typical());

    @Test
    void loadsNothingFromTheNetworkOrAnyOtherFile() {
        assertThat(HTML).doesNotContain("https://", "<script", "<link", "<img", "src=", "href=", "@import");
        // the charts' only URLs are SVG namespace names (never fetched) and references to their own clip paths
        assertThat(HTML.replaceAll("xmlns(:[a-z]+)?='http://[^']*'", "")).doesNotContain("http://");
        assertThat(HTML.replace("url(#", "")).doesNotContain("url(");
    }

    @Test
    void drawsThePrecisionRecallCalibrationAndCohortCharts() {
        assertThat(HTML).contains("<svg").contains("Precision-recall curves (test cohort)")
                .contains("Calibration (reliability, equal-count bins)").contains("Precision at capacity per cohort");
        assertThat(HTML.split("<svg", -1)).hasSize(4);
        // axes, ticks and legend are text a screen reader can read
        assertThat(HTML).contains(">recall</text>", ">precision</text>", ">0.2</text>", ">observed rate</text>",
                ">perfect calibration</text>", ">base rate (random ranking)</text>", ">peildatum</text>");
    }

    @Test
    void writingTwiceGivesIdenticalBytes(@TempDir Path dir) throws Exception {
        EvaluationHtml.write(dir.resolve("a.html"), ReportFixtures.typical());
        EvaluationHtml.write(dir.resolve("b.html"), ReportFixtures.typical());
        assertThat(Files.readAllBytes(dir.resolve("a.html"))).isEqualTo(Files.readAllBytes(dir.resolve("b.html")));
    }

    @Test
    void escapesEveryTextItShows() {
        assertThat(HTML).contains("<title>Evaluation &lt;test&gt; &amp; \"quotes\"</title>")
                .contains("<li>Out-of-time validation was &lt;not&gt; possible for 2024.</li>")
                .doesNotContain("<test>", "<not>");
    }

    @Test
    void showsTheComparisonWithIntervalsTheOracleRatioAndTheHowToRead() {
        Evaluation model = ReportFixtures.typical().comparison().candidates().get(0);
        assertThat(HTML).contains("<td>model (chosen)</td>").contains("<td>oracle (oracle)</td>")
                .contains("<th>precision / oracle</th>").contains("<h3>At capacity</h3>")
                .contains(EvaluationFormat.estimate(model.aucRoc(), 3))
                .contains("How to read these metrics")
                .contains("<td>config.sha256</td><td>ab12</td>");
    }

    @Test
    void showsTheCalibrationAtTheTopOfTheRankingWithItsInterval() {
        Evaluation head = ReportFixtures.typical().comparison().candidates().get(0);
        // a share shown by the privacy rule (a share is hidden when the band to another published cut is small)
        TopCalibration top = head.top().stream().filter(t -> !EvaluationDisclosure.hidesTop(head, t)).findFirst()
                .orElseThrow();
        String share = EvaluationFormat.num(100 * top.share(), 0) + "%";
        assertThat(HTML).contains("<th>top of the ranking</th>")
                .contains("<td>" + share + "</td><td>" + EvaluationFormat.count(top.persons()) + "</td><td>"
                        + EvaluationFormat.num(top.meanPredicted(), 3) + "</td><td>"
                        + EvaluationFormat.num(top.observedRate(), 3) + "</td><td>"
                        + EvaluationFormat.num(top.lower(), 3) + " - " + EvaluationFormat.num(top.upper(), 3)
                        + "</td><td>" + (top.holds() ? "yes" : "no") + "</td>");
        // 1% of 40 persons is one person: neither the risk nor the rate is shown
        assertThat(EvaluationHtml.toHtml(ReportFixtures.tiny()))
                .contains("<td>1%</td><td>afgeschermd</td><td>afgeschermd</td><td>afgeschermd</td>");
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
