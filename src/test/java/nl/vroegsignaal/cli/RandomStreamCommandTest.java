package nl.vroegsignaal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.pipeline.ConfigLoader;
import nl.vroegsignaal.pipeline.HistoryBuilder;
import nl.vroegsignaal.sample.ContactSimulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blind random stream end to end on the committed sample: the same model configuration with and without
 * {@code signal.randomStream}; the list keeps its capacity and its top, the drawn come from just below the cut-off,
 * only the owner-only draw file says who they are; and the follow-up reads the draws back.
 */
class RandomStreamCommandTest {
    private static final Path SAMPLE = Path.of("data-sample");
    private static final String BASE = "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
            + "  split:\n    testCohorts: 3\nevaluate:\n  bootstrapResamples: 0\nsignal:\n  stop:\n    enabled: false\n";
    private static final String STREAM = "  randomStream:\n    enabled: true\n    share: 0.2\n    pool: 1.0\n"
            + "    seed: 3\n    decision: \"privacy officer, besluit 2026-11-01\"\n";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static Path plain;
    private static Path streamed;

    @BeforeAll
    static void trainWithAndWithoutTheStream() throws IOException {
        plain = train("plain", BASE);
        streamed = train("streamed", BASE + STREAM);
    }

    private static Path train(String name, String yaml) throws IOException {
        Path config = dir.resolve(name + ".yaml");
        Files.writeString(config, yaml);
        Path model = dir.resolve("model-" + name);
        CliRunner.Result r = CliRunner.run("train", "--input", SAMPLE.toString(), "--config", config.toString(),
                "--out", model.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return model;
    }

    private static Path signal(Path model, String name) {
        Path out = dir.resolve(name);
        CliRunner.Result r = CliRunner.run("signal", "--model", model.toString(), "--input", SAMPLE.toString(),
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return out;
    }

    private static List<String> pseudonyms(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("signalen").forEach(s -> out.add(s.get("pseudoniem").asText()));
        return out;
    }

    @Test
    void aShareOfEachListIsDrawnFromJustBelowTheCutOffAndOnlyTheOwnersFileSaysWho() throws IOException {
        Path without = signal(plain, "signal-plain");
        Path with = signal(streamed, "signal-streamed");
        assertThat(without.resolve("steekproef-rmc.json")).doesNotExist();
        for (String key : List.of("leerplicht", "rmc")) {
            JsonNode list0 = JSON.readTree(without.resolve("signalen-" + key + ".json").toFile());
            JsonNode list1 = JSON.readTree(with.resolve("signalen-" + key + ".json").toFile());
            JsonNode draw = JSON.readTree(with.resolve("steekproef-" + key + ".json").toFile());
            int capacity = list0.get("capaciteit").asInt();
            assertThat(list1.get("capaciteit").asInt()).isEqualTo(capacity);
            int drawn = (int) Math.round(0.2 * capacity);
            assertThat(draw.get("getrokken").asInt()).isEqualTo(drawn).isPositive();
            assertThat(draw.get("zaad").asText()).matches("-?[0-9]+");
            assertThat(draw.get("besluit").asText()).isEqualTo("privacy officer, besluit 2026-11-01");
            List<String> p0 = pseudonyms(list0);
            List<String> p1 = pseudonyms(list1);
            // the top of the list is the risk selection's, the rest drawn from the strip below it
            assertThat(p1.subList(0, capacity - drawn)).isEqualTo(p0.subList(0, capacity - drawn));
            Set<String> strip = new HashSet<>();
            Set<String> drawnOnes = new HashSet<>();
            draw.get("strookleden").forEach(m -> {
                strip.add(m.get("pseudoniem").asText());
                if (m.get("getrokken").asBoolean()) {
                    drawnOnes.add(m.get("pseudoniem").asText());
                }
            });
            assertThat(strip).hasSize(capacity).doesNotContainAnyElementsOf(p0.subList(0, capacity - drawn))
                    .containsAll(p0.subList(capacity - drawn, capacity));
            assertThat(new HashSet<>(p1.subList(capacity - drawn, capacity))).isEqualTo(drawnOnes);
            // the printed list and its csv look as without the stream: no column or mark says who was drawn
            String csv0 = Files.readAllLines(without.resolve("signalen-" + key + ".csv")).get(0);
            assertThat(Files.readAllLines(with.resolve("signalen-" + key + ".csv")).get(0)).isEqualTo(csv0);
            String html = Files.readString(with.resolve("signalen-" + key + ".html"));
            assertThat(html).doesNotContain("getrokken", "strook")
                    .contains("(20%) is door loting gegeven aan jongeren die net onder de grens");
            assertThat(list1.get("herkomst").get("steekproef.aandeel").asText()).isEqualTo("0.2");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(with.resolve("steekproef-" + key
                    + ".json")))).isEqualTo("rw-------");
        }
        // the same inputs and seed draw the same persons
        Path again = signal(streamed, "signal-streamed-again");
        assertThat(Files.readString(again.resolve("steekproef-rmc.json")))
                .isEqualTo(Files.readString(with.resolve("steekproef-rmc.json")));
    }

    @Test
    void theStreamIsOffByDefaultAndNeedsTheDecisionRecorded() throws IOException {
        assertThat(ConfigLoader.defaults().config().signal().stream()).isEmpty();
        assertThat(ConfigLoader.defaults().resolved().path("signal").has("randomStream")).isFalse();
        Path bad = dir.resolve("no-decision.yaml");
        Files.writeString(bad, "signal:\n  randomStream:\n    enabled: true\n    share: 0.8\n    pool: 1.0\n    seed: 1\n");
        assertThatThrownBy(() -> ConfigLoader.load(bad)).isInstanceOf(InputException.class)
                .hasMessageContaining("signal.randomStream.decision: must say who decided")
                .hasMessageContaining("signal.randomStream.share: must be a share of the list above 0 and at most 0.5");
    }

    @Test
    void theFollowUpReadsTheDrawsAndSaysWhatCanBeConcluded() throws IOException {
        Path history = dir.resolve("history");
        List<LocalDate> years = List.of(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 10, 1),
                LocalDate.of(2025, 10, 1));
        HistoryBuilder.build(streamed, SAMPLE, years, ContactSimulator.Knobs.unbiased(7), history);
        assertThat(history.resolve("2024-10-01/steekproef-leerplicht.json")).exists();
        Path out = dir.resolve("followup");
        CliRunner.Result r = CliRunner.run("followup", "--model", streamed.toString(), "--input", SAMPLE.toString(),
                "--history", history.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String md = Files.readString(out.resolve("opvolging.md"));
        assertThat(md).contains("## Werkt het contact?", "niet geloot");
        String json = Files.readString(out.resolve("opvolging.json"));
        assertThat(json).contains("\"effect\"", "\"lijstenMetLoting\": 6", "\"sha256 2025-10-01/steekproef-rmc.json\"")
                .doesNotContain("\"pseudoniem\"");

        // a draw that is not its list's own is refused with a located message, and nothing is written
        Path draw = history.resolve("2023-10-01/steekproef-rmc.json");
        Files.writeString(draw, Files.readString(draw).replaceFirst("\"getrokken\" : true", "\"getrokken\" : false")
                .replaceFirst("\"getrokken\": true", "\"getrokken\": false"));
        Path bad = dir.resolve("followup-bad");
        CliRunner.Result refused = CliRunner.run("followup", "--model", streamed.toString(), "--input",
                SAMPLE.toString(), "--history", history.toString(), "--out", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("steekproef-rmc.json: strookleden[").doesNotContain("Exception");
        assertThat(bad).doesNotExist();
    }
}
