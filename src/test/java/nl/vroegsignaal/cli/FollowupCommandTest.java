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

/** followup end to end on the committed sample: a generated three-year history, then bad contact logs. */
class FollowupCommandTest {
    private static final Path SAMPLE = Path.of("data-sample");
    private static final List<LocalDate> YEARS = List.of(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 10, 1),
            LocalDate.of(2025, 10, 1));
    @TempDir
    static Path dir;
    private static Path model;
    private static Path history;

    @BeforeAll
    static void trainAndBuildAHistory() throws IOException {
        Path config = dir.resolve("small.yaml");
        Files.writeString(config, "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
                + "  split:\n    testCohorts: 3\nevaluate:\n  bootstrapResamples: 0\n");
        model = dir.resolve("model");
        CliRunner.Result r = CliRunner.run("train", "--input", SAMPLE.toString(), "--config", config.toString(),
                "--out", model.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        history = dir.resolve("history");
        HistoryBuilder.build(model, SAMPLE, YEARS, ContactSimulator.Knobs.unbiased(7), history);
    }

    @Test
    void writesTheDutchAndEnglishReportsAndTheirJsonFromAThreeYearHistory() throws IOException {
        Path out = dir.resolve("followup");
        CliRunner.Result r = CliRunner.run("followup", "--model", model.toString(), "--input", SAMPLE.toString(),
                "--history", history.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String md = Files.readString(out.resolve("opvolging.md"));
        assertThat(md).contains("# Opvolging van de signaallijsten", "## Vonden de lijsten de jongeren die uitvielen?",
                "1 oktober 2023", "1 oktober 2025", "## Elke stap per groep", "contact gehad", "hulp geaccepteerd",
                "## Zijn de gegevens veranderd?", "verzuim.csv", "## Advies");
        String en = Files.readString(out.resolve("followup.md"));
        assertThat(en).contains("# Follow-up of the signal lists", "## Did the lists find the young people who left?",
                "| rmc | 2023-10-01 |", "2025-10-01", "## Each step by group", "contacted", "help accepted",
                "## Has the data changed?", "verzuim.csv", "## Advice")
                .doesNotContain("Opvolging", "oktober", "iedereen").doesNotContainPattern("\\d,\\d");
        // the same tables in both languages: as many lines, the same number of table rows
        assertThat(en.lines().count()).isEqualTo(md.lines().count());
        assertThat(en.lines().filter(l -> l.startsWith("|")).count())
                .isEqualTo(md.lines().filter(l -> l.startsWith("|")).count());
        String json = Files.readString(out.resolve("opvolging.json"));
        assertThat(json).contains("\"soort\": \"vroegsignaal-opvolging\"", "\"terugblik\"", "\"stappen\"",
                "\"verschuiving\"", "\"advies\"", "\"sha256 2025-10-01/contactlog-rmc.csv\"");
        assertThat(json).doesNotContainPattern("\"pseudoniem\"");
        // the same inputs give the same bytes
        Path again = dir.resolve("followup-again");
        assertThat(CliRunner.run("followup", "--model", model.toString(), "--input", SAMPLE.toString(),
                "--history", history.toString(), "--out", again.toString()).exitCode()).isZero();
        assertThat(Files.readString(again.resolve("opvolging.json"))).isEqualTo(json);
        assertThat(Files.readString(again.resolve("followup.md"))).isEqualTo(en);
    }

    @Test
    void aBadContactLogGetsALocatedErrorAndNothingIsWritten() throws IOException {
        Path bad = dir.resolve("history-bad");
        HistoryBuilder.build(model, SAMPLE, YEARS.subList(0, 1), ContactSimulator.Knobs.unbiased(7), bad);
        Path log = bad.resolve("2023-10-01/contactlog-rmc.csv");
        List<String> lines = Files.readAllLines(log);
        String third = lines.get(2);
        lines.set(2, third.substring(0, third.lastIndexOf(',') + 1) + "gebeld");
        Files.write(log, lines);
        Path out = dir.resolve("followup-bad");
        CliRunner.Result r = CliRunner.run("followup", "--model", model.toString(), "--input", SAMPLE.toString(),
                "--history", bad.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("contactlog-rmc.csv:3: column uitkomst: must be empty (not filled in yet) or one of")
                .doesNotContain("Exception", third.substring(0, third.indexOf(',')));
        assertThat(out).doesNotExist();

        // a log that is not its list's own: another person at a rank
        lines.set(2, third);
        String first = lines.get(1);
        lines.set(1, lines.get(2).substring(0, third.indexOf(',')) + first.substring(first.indexOf(',')));
        lines.set(2, first.substring(0, first.indexOf(',')) + third.substring(third.indexOf(',')));
        Files.write(log, lines);
        CliRunner.Result swapped = CliRunner.run("followup", "--model", model.toString(), "--input",
                SAMPLE.toString(), "--history", bad.toString(), "--out", out.toString());
        assertThat(swapped.exitCode()).isEqualTo(1);
        assertThat(swapped.err()).contains("contactlog-rmc.csv:2: column pseudoniem: not the person at rang 1");
        assertThat(out).doesNotExist();
    }
}
