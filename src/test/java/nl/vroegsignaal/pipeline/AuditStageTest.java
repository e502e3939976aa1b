package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.vroegsignaal.cli.CliRunner;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.fairness.Metric;
import nl.vroegsignaal.fairness.Rate;
import nl.vroegsignaal.features.FeatureMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit stage end to end on the committed sample. */
class AuditStageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("fairness.json", "fairness.html", "modelkaart.md",
            "algoritmeregister.json", "algoritmeregister.md", "systeemkaart.yaml", "modelkaart.yaml",
            "gebruiksinstructies.md", "grondrechtentoets.md", "informatie-jongeren-en-ouders.md");

    @Test
    void writesTenAggregateFilesThatAreByteIdenticalOnRerun(@TempDir Path dir) {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        List<Path> written = AuditStage.run(SampleAudit.model(), SampleAudit.SAMPLE, AuditStage.Options.defaults(), a);
        AuditStage.run(SampleAudit.model(), SampleAudit.SAMPLE, AuditStage.Options.defaults(), b);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(FILES);
        for (String f : FILES) {
            assertThat(Hashing.sha256(a.resolve(f))).as(f).isEqualTo(Hashing.sha256(b.resolve(f)));
        }
    }

    @Test
    void auditsTheModelsTestCohortsAtTheConfiguredCapacity() {
        AuditStage.Result r = SampleAudit.result();
        assertThat(r.facts().testPeildata()).extracting(Object::toString).containsExactly("2024-10-01", "2025-10-01");
        // 3% of each cohort's labelled rows, as in the model's evaluation
        Rate selection = r.audit().overall().rates().get(Metric.SELECTION_RATE);
        assertThat(selection.numerator().value()).isEqualTo(r.facts().testCapacity());
        assertThat(selection.denominator().value()).isEqualTo(r.facts().testRows());
        assertThat((double) r.facts().testCapacity() / r.facts().testRows()).isBetween(0.029, 0.031);
        assertThat(r.facts().listPeildatum()).hasToString("2026-10-01");
        assertThat(r.listComposition().listSize().value()).isEqualTo(r.facts().listCapacity());
        assertThat(r.facts().seed()).as("the model's seed by default").isEqualTo(5);
    }

    @Test
    void noOutputHoldsAPseudonymOrAShownCountUnderTen(@TempDir Path dir) throws IOException {
        AuditStage.run(SampleAudit.model(), SampleAudit.SAMPLE, AuditStage.Options.defaults(), dir);
        FeatureMatrix m = nl.vroegsignaal.features.FeatureBuilder.build(
                nl.vroegsignaal.link.Linker.read(SampleAudit.SAMPLE)).matrix();
        Set<String> pseudonyms = new HashSet<>(List.of(m.pseudonym()));
        for (String f : FILES) {
            String text = Files.readString(dir.resolve(f));
            for (String token : text.split("[^A-Za-z0-9_-]+")) {
                assertThat(pseudonyms).as(f).doesNotContain(token);
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(f))))
                    .as(f).isEqualTo("rw-r--r--");
        }
        JsonNode root = JSON.readTree(dir.resolve("fairness.json").toFile());
        List<JsonNode> counts = new ArrayList<>();
        collectCounts(root, counts);
        assertThat(counts).hasSizeGreaterThan(100);
        int hidden = 0;
        for (JsonNode c : counts) {
            if (c.has("waardeAfgeschermd")) {
                hidden++;
                assertThat(c.get("waarde").isNull()).isTrue();
            } else {
                assertThat(c.get("waarde").asInt()).isGreaterThanOrEqualTo(10);
            }
        }
        assertThat(hidden).as("the sample has small groups (X, onbekend)").isPositive();
        assertThat(Files.readString(dir.resolve("fairness.json"))).doesNotContain("NaN", "-1,", "Infinity");
    }

    /** Count objects: {"waarde": int} or a suppressed value, under the tables, persons and list counts. */
    private static void collectCounts(JsonNode node, List<JsonNode> out) {
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            boolean countField = Set.of("personen", "opLijst", "nietOpLijst", "uitgevallen", "nietUitgevallen",
                    "uitgevallenOpLijst", "nietUitgevallenOpLijst", "uitgevallenNietOpLijst",
                    "nietUitgevallenNietOpLijst").contains(e.getKey());
            if (countField && v.isObject() && v.has("waarde")) {
                out.add(v);
            } else if (v.isContainerNode()) {
                collectCounts(v, out);
            }
        });
        if (node.isArray()) {
            node.forEach(x -> collectCounts(x, out));
        }
    }

    @Test
    void aModelWithoutAnOutOfTimeTestCohortIsRefusedWithAClearMessage(@TempDir Path dir) throws IOException {
        Path table = SyntheticTable.write(dir.resolve("no-time.csv"), 0, 3000, false, 1);
        Path config = dir.resolve("small.yaml");
        Files.writeString(config, "seed: 5\ntrain:\n  xgboost:\n    enabled: false\n"
                + "evaluate:\n  bootstrapResamples: 100\n");
        Path model = dir.resolve("table-model");
        CliRunner.Result r = CliRunner.run("train", "--table", table.toString(), "--label", "uitval",
                "--positive", "uitval",
                "--separator", ";", "--config", config.toString(), "--out", model.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThatThrownBy(() -> AuditStage.run(model, SampleAudit.SAMPLE, AuditStage.Options.defaults(),
                dir.resolve("never")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the model has no out-of-time test cohort");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void optionsTakeTheModelsSeedUnlessGivenAndIgnoreABlankOrganisation() {
        assertThat(AuditStage.Options.defaults().seed()).isEqualTo(AuditStage.Options.MODEL_SEED);
        assertThat(new AuditStage.Options(3, java.util.Optional.of("  ")).organisation()).isEmpty();
    }
}
