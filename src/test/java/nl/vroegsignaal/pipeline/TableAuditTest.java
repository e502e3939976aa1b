package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.cli.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit --table} on a student-outcome table shaped like a real export (';', BOM, integer codes; see
 * {@link StudentOutcomeTable}), trained and audited through the command line: the groups are the columns' own
 * values, their intersection is audited, the gap the generator put in is found, a protected column the model
 * reads is refused, and a table without time is audited on its held-out rows with the report saying so.
 */
class TableAuditTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Path table;
    static Path model;
    static Path audit;

    @BeforeAll
    static void trainAndAudit() throws IOException {
        table = StudentOutcomeTable.write(dir.resolve("studenten-export.csv"), 6000, 1.2, 11);
        Path config = dir.resolve("small.yaml");
        Files.writeString(config, "seed: 5\ntrain:\n  xgboost:\n    enabled: false\n"
                + "evaluate:\n  bootstrapResamples: 100\n");
        model = dir.resolve("model");
        CliRunner.Result trained = CliRunner.run("train", "--table", table.toString(), "--label", "uitval",
                "--id", "studentnummer", "--protected", "gender,leeftijd", "--separator", ";",
                "--config", config.toString(), "--out", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        audit = dir.resolve("audit");
        CliRunner.Result audited = CliRunner.run("audit", "--table", table.toString(), "--model", model.toString(),
                "--protected", "gender,leeftijd", "--out", audit.toString());
        assertThat(audited.exitCode()).as(audited.err()).isZero();
    }

    @Test
    void groupsAreTheColumnsOwnValuesWithTheirIntersection() throws IOException {
        JsonNode f = JSON.readTree(audit.resolve("fairness.json").toFile());
        List<String> keys = new ArrayList<>();
        f.path("groeperingen").forEach(g -> keys.add(g.path("kenmerk").asText()));
        assertThat(keys).containsExactly("gender", "leeftijd", "gender_x_leeftijd");
        List<String> genders = codes(f, "gender");
        assertThat(genders).containsExactly("1", "2", "3");
        assertThat(codes(f, "leeftijd")).startsWith("16", "17", "18").doesNotContain("onbekend");
        assertThat(codes(f, "gender_x_leeftijd")).contains("1/16", "2/17", "3/16")
                .hasSize(genders.size() * codes(f, "leeftijd").size());
        String html = Files.readString(audit.resolve("fairness.html"));
        assertThat(html).contains("gender 2", "Per gender en leeftijd samen")
                .doesNotContain("M (jongens)", "herkomst");
    }

    @Test
    void theGapPutInByTheGeneratorIsFoundAsAMisjudgedRiskOfThatGroup() throws IOException {
        JsonNode f = JSON.readTree(audit.resolve("fairness.json").toFile());
        JsonNode first = f.path("findings").path(0);
        assertThat(first.path("attribute").asText()).isEqualTo("gender");
        assertThat(first.path("group").asText()).isEqualTo("2");
        assertThat(first.path("kind").asText()).isEqualTo("misjudged_risk");
        String html = Files.readString(audit.resolve("fairness.html"));
        assertThat(html).contains("Het model schat het risico van jongeren met gender 2 te laag in");
    }

    @Test
    void aTableWithoutTimeIsAuditedOnItsHeldOutRowsAndTheReportSaysSo() throws IOException {
        JsonNode f = JSON.readTree(audit.resolve("fairness.json").toFile());
        assertThat(f.path("testcohort").path("testrijen").asText()).contains("willekeurig deel van de tabel",
                "geen tijdkolom");
        assertThat(Files.readString(audit.resolve("fairness.html"))).contains("Getest op de testrijen",
                "niet uit een later jaar");
        assertThat(Files.readString(audit.resolve("modelkaart.md"))).contains("Getest op de testrijen");
    }

    @Test
    void aProtectedColumnTheModelUsesAsAFeatureIsRefusedWithALocatedMessage() {
        Path out = dir.resolve("refused");
        CliRunner.Result r = CliRunner.run("audit", "--table", table.toString(), "--model", model.toString(),
                "--protected", "gender,opleiding", "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(table.toString(), "opleiding", "uses it as a feature")
                .doesNotContain("Exception", "\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void withoutProtectedTheAuditUsesTheColumnsTheModelWasTrainedWith() {
        Path out = dir.resolve("recorded");
        CliRunner.Result r = CliRunner.run("audit", "--table", table.toString(), "--model", model.toString(),
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("fairness.json")).content().contains("\"gender_x_leeftijd\"");
    }

    private static List<String> codes(JsonNode f, String key) {
        List<String> out = new ArrayList<>();
        f.path("groeperingen").forEach(g -> {
            if (g.path("kenmerk").asText().equals(key)) {
                g.path("groepen").forEach(x -> out.add(x.path("groep").asText()));
            }
        });
        return out;
    }
}
