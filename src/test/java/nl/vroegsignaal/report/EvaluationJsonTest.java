package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.disclosure.DisclosureJson;
import nl.vroegsignaal.model.Evaluation;
import nl.vroegsignaal.model.ReportFixtures;
import nl.vroegsignaal.model.EvaluationReportData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationJsonTest {
    private static final EvaluationReportData TYPICAL = ReportFixtures.typical();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writingTwiceGivesIdenticalBytesWithNewlineLineEnds(@TempDir Path dir) throws Exception {
        EvaluationJson.write(dir.resolve("a.json"), TYPICAL);
        EvaluationJson.write(dir.resolve("b.json"), ReportFixtures.typical());
        byte[] a = Files.readAllBytes(dir.resolve("a.json"));
        assertThat(a).isEqualTo(Files.readAllBytes(dir.resolve("b.json")));
        String text = new String(a, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void topLevelPropertiesComeInAFixedOrderAndProvenanceIsSorted() throws Exception {
        JsonNode root = mapper.readTree(EvaluationJson.toJson(TYPICAL));
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("format", "title", "chosenModel", "split", "provenance", "notes",
                "privacy", "intervals", "candidates", "trainedOnValidation", "oracle", "oracleRatios", "cohortTrends");
        List<String> keys = new ArrayList<>();
        root.get("provenance").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("config.sha256", "seed", "version");
    }

    @Test
    void theNumbersAreThoseOfTheEvaluation() throws Exception {
        JsonNode root = mapper.readTree(EvaluationJson.toJson(TYPICAL));
        Evaluation model = TYPICAL.comparison().candidates().get(0);
        JsonNode m = root.get("candidates").get(0);
        assertThat(m.get("name").asText()).isEqualTo("model");
        assertThat(m.get("rows").asInt()).isEqualTo(2000);
        assertThat(m.get("aucRoc").get("value").asDouble()).isEqualTo(model.aucRoc().value());
        assertThat(m.get("aucRoc").get("lower").asDouble()).isEqualTo(model.aucRoc().lower());
        assertThat(m.get("atCapacity").get("k").asInt()).isEqualTo(100);
        assertThat(m.get("atCapacity").get("precision").get("worst").asDouble())
                .isEqualTo(model.atCapacity().point().precisionWorst());
        assertThat(m.get("options").get("capacity").get("share").asDouble()).isEqualTo(0.05);
        assertThat(m.get("options").get("bootstrapResamples").asInt()).isEqualTo(100);
        assertThat(m.get("sectors")).extracting(s -> s.get("sector").asText())
                .containsExactly("VO", "MBO", "overig");
        assertThat(m.get("reliability").get("bins")).hasSize(model.reliability().bins().size());
        assertThat(root.get("oracle").get("name").asText()).isEqualTo("oracle");
        JsonNode ratio = root.get("oracleRatios").get(0);
        assertThat(ratio.get("candidate").asText()).isEqualTo("model");
        assertThat(ratio.get("paired").asBoolean()).isTrue();
        assertThat(ratio.get("precisionRatio").get("value").asDouble())
                .isEqualTo(TYPICAL.comparison().oracleRatios().get(0).precisionRatio().value());
        JsonNode points = root.get("cohortTrends").get(0).get("points");
        assertThat(points).extracting(p -> p.get("peildatum").asText())
                .containsExactly("2021-10-01", "2022-10-01", "2023-10-01");
    }

    @Test
    void smallCountsAndSmallBinsAreWrittenAsLessThanTen() throws Exception {
        JsonNode m = mapper.readTree(EvaluationJson.toJson(ReportFixtures.tiny())).get("candidates").get(0);
        assertThat(m.get("rows").asInt()).isEqualTo(40);
        assertThat(DisclosureJson.isHidden((ObjectNode) m, "positives")).isTrue();
        // the list length is a setting, not a count of persons: shown also when small
        assertThat(m.get("atCapacity").get("k").isIntegralNumber()).isTrue();
        assertThat(DisclosureJson.isHidden((ObjectNode) m.get("atCapacity"), "precision")).isTrue();
        JsonNode bin = m.get("reliability").get("bins").get(0);
        assertThat(DisclosureJson.isHidden((ObjectNode) bin, "n")).isTrue();
        assertThat(bin.has("observedRate")).isFalse();
        assertThat(m.get("sectors")).allSatisfy(s -> {
            if (s.get("rows").isTextual()) {
                assertThat(DisclosureJson.isHidden((ObjectNode) s, "rows")).isTrue();
                assertThat(s.has("precision")).isFalse();
            }
        });
    }

    @Test
    void everyReliabilityBinShownHoldsTenPositivesAndTenNegatives() throws Exception {
        JsonNode root = mapper.readTree(EvaluationJson.toJson(TYPICAL));
        List<JsonNode> evaluations = new ArrayList<>();
        root.get("candidates").forEach(evaluations::add);
        evaluations.add(root.get("oracle"));
        for (JsonNode e : evaluations) {
            JsonNode bins = e.get("reliability").get("bins");
            assertThat(bins.size()).as(e.get("name").asText()).isGreaterThan(1);
            for (JsonNode bin : bins) {
                int n = bin.get("n").asInt();
                double positives = bin.get("observedRate").asDouble() * n;
                assertThat(positives).as("positives in a bin of " + e.get("name").asText())
                        .isGreaterThanOrEqualTo(10 - 1e-9);
                assertThat(n - positives).as("negatives in a bin of " + e.get("name").asText())
                        .isGreaterThanOrEqualTo(10 - 1e-9);
            }
        }
    }

    @Test
    void undefinedNumbersAreNullNotNaN() throws Exception {
        String json = EvaluationJson.toJson(ReportFixtures.tiny());
        assertThat(json).doesNotContain("NaN").contains("\"lower\": null");
    }
}
