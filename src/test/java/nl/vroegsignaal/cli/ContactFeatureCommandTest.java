package nl.vroegsignaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.vroegsignaal.pipeline.HistoryBuilder;
import nl.vroegsignaal.sample.ContactSimulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code contacts.training: feature} through the commands on the committed sample: a three-year history, a model
 * trained with the contact input, then its list, its audit, its evaluation on the newest labelled cohort and its
 * follow-up, reading the history its configuration names (the follow-up: the one it is given); a history that has gone is a located error with nothing written.
 */
class ContactFeatureCommandTest {
    private static final Path SAMPLE = Path.of("data-sample");
    private static final List<LocalDate> YEARS = List.of(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 10, 1),
            LocalDate.of(2025, 10, 1));
    @TempDir
    static Path dir;
    private static Path model;
    private static Path history;

    @BeforeAll
    static void trainWithTheContactInput() throws IOException {
        Path lists = dir.resolve("lists.yaml");
        Files.writeString(lists, "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
                + "  split:\n    testCohorts: 3\nevaluate:\n  bootstrapResamples: 0\n");
        Path listModel = dir.resolve("lists");
        assertThat(CliRunner.run("train", "--input", SAMPLE.toString(), "--config", lists.toString(), "--out",
                listModel.toString()).exitCode()).isZero();
        history = dir.resolve("history");
        HistoryBuilder.build(listModel, SAMPLE, YEARS, ContactSimulator.Knobs.unbiased(7), history);
        Path config = dir.resolve("feature.yaml");
        Files.writeString(config, "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
                + "evaluate:\n  bootstrapResamples: 0\ncontacts:\n  history: history\n  training: feature\n");
        model = dir.resolve("model");
        CliRunner.Result r = CliRunner.run("train", "--input", SAMPLE.toString(), "--config", config.toString(),
                "--out", model.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void theModelRecordsTheInputAndItsListAuditAndFollowUpRun() throws IOException {
        assertThat(Files.readString(model.resolve("features.json"))).contains("\"contact_na_lijst\"");
        assertThat(Files.readString(model.resolve("evaluation.json"))).contains("Contacts, every way (chosen: feature)");
        Path signal = dir.resolve("signal");
        CliRunner.Result s = CliRunner.run("signal", "--model", model.toString(), "--input", SAMPLE.toString(),
                "--out", signal.toString());
        assertThat(s.exitCode()).as(s.err()).isZero();
        String list = Files.readString(signal.resolve("signalen-rmc.json"));
        assertThat(list).contains("1+contact_na_lijst").doesNotContain("\"onderwerp\": \"contact\"");
        Path audit = dir.resolve("audit");
        CliRunner.Result a = CliRunner.run("audit", "--model", model.toString(), "--input", SAMPLE.toString(),
                "--out", audit.toString());
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(Files.readString(audit.resolve("algoritmeregister.json"))).contains("contact_na_lijst");
        Path evaluation = dir.resolve("evaluate");
        CliRunner.Result e = CliRunner.run("evaluate", "--model", model.toString(), "--input", SAMPLE.toString(),
                "--out", evaluation.toString());
        assertThat(e.exitCode()).as(e.err()).isZero();
        assertThat(evaluation.resolve("evaluation.json")).exists();
        Path followup = dir.resolve("followup");
        CliRunner.Result f = CliRunner.run("followup", "--model", model.toString(), "--input", SAMPLE.toString(),
                "--history", history.toString(), "--out", followup.toString());
        assertThat(f.exitCode()).as(f.err()).isZero();
    }

    @Test
    void runTrainsWithTheContactInputAndRetrainsWhenAContactLogChanges() throws IOException {
        Path config = dir.resolve("feature.yaml");
        Path out = dir.resolve("run");
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--input", SAMPLE.toString(),
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("model/features.json"))).contains("\"contact_na_lijst\"");
        assertThat(CliRunner.run("run", "--config", config.toString(), "--input", SAMPLE.toString(), "--out",
                out.toString()).out()).contains("train     reused", "audit     reused");
        Path log = history.resolve("2025-10-01/contactlog-rmc.csv");
        String before = Files.readString(log);
        // the team empties one filled row (as if the contact was entered by mistake): that row is no longer marked
        List<String> lines = new java.util.ArrayList<>(before.lines().toList());
        int filled = java.util.stream.IntStream.range(1, lines.size()).filter(i -> !lines.get(i).endsWith(","))
                .findFirst().orElseThrow();
        String[] f = lines.get(filled).split(",", -1);
        lines.set(filled, String.join(",", f[0], f[1], f[2], f[3], "", ""));
        Files.writeString(log, String.join("\n", lines) + "\n");
        try {
            assertThat(CliRunner.run("run", "--config", config.toString(), "--input", SAMPLE.toString(), "--out",
                    out.toString()).out()).contains("train     ran", "audit     ran");
        } finally {
            Files.writeString(log, before);
        }
    }

    @Test
    void theSameHistoryDataAndConfigurationGiveTheSameModelBytes() throws IOException {
        Path again = dir.resolve("model-again");
        assertThat(CliRunner.run("train", "--input", SAMPLE.toString(), "--config",
                dir.resolve("feature.yaml").toString(), "--out", again.toString()).exitCode()).isZero();
        for (String f : List.of("model.tribuo", "calibration.json", "features.json", "evaluation.json")) {
            assertThat(Files.readAllBytes(again.resolve(f))).as(f).isEqualTo(Files.readAllBytes(model.resolve(f)));
        }
    }

    @Test
    void anAuditWhoseHistoryHasGoneIsALocatedErrorAndWritesNothing() throws IOException {
        Path moved = dir.resolve("history-moved");
        Files.move(history, moved);
        try {
            Path audit = dir.resolve("audit-without-history");
            CliRunner.Result a = CliRunner.run("audit", "--model", model.toString(), "--input", SAMPLE.toString(),
                    "--out", audit.toString());
            assertThat(a.exitCode()).isEqualTo(1);
            assertThat(a.err()).contains(history.toAbsolutePath().normalize().toString()).contains("not a folder");
            assertThat(audit).doesNotExist();
        } finally {
            Files.move(moved, history);
        }
    }
}
