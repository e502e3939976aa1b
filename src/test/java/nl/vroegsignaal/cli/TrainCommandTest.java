package nl.vroegsignaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    @TempDir
    static Path dir;
    private static Path table;
    private static Path config;
    private static CliRunner.Result trained;

    @BeforeAll
    static void trainOnceFromATable() throws IOException {
        table = dir.resolve("export.csv");
        Files.writeString(table, tableText());
        config = dir.resolve("small.yaml");
        Files.writeString(config, "seed: 3\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    trees: 30\n"
                + "    maxDepth: 3\n");
        trained = CliRunner.run("train", "--table", table.toString(), "--label", "uitval", "--time", "jaar",
                "--separator", ";", "--protected", "geslacht", "--config", config.toString(), "--out",
                dir.resolve("models/t").toString());
    }

    @Test
    void trainsFromATableAndWritesTheModelFolder() {
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        assertThat(trained.out()).contains("out-of-time split: train on 2018, 2019; validation (hyperparameters, "
                + "calibration) on 2020; test (this report) on 2021", "saved: ");
        for (String f : new String[] {"model.tribuo", "calibration.json", "features.json", "provenance.json",
                "evaluation.json", "manifest.json"}) {
            assertThat(dir.resolve("models/t").resolve(f)).isNotEmptyFile();
        }
    }

    @Test
    void theConsoleShowsNoFigureThatEvaluationJsonHides() throws IOException {
        // a test year of 130 rows with few leavers (the case: "0.250" and "0.000" gave away 1 and 0),
        // beside the larger table above: in both, each ranking's console line hides what evaluation.json hides
        Path small = dir.resolve("small-test-year.csv");
        Files.writeString(small, tableText(130));
        CliRunner.Result r = CliRunner.run("train", "--table", small.toString(), "--label", "uitval", "--time",
                "jaar", "--separator", ";", "--config", config.toString(), "--out", dir.resolve("models/s").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        int hidden = 0;
        for (Object[] run : new Object[][] {{trained, dir.resolve("models/t")}, {r, dir.resolve("models/s")}}) {
            CliRunner.Result result = (CliRunner.Result) run[0];
            com.fasterxml.jackson.databind.JsonNode eval = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(((Path) run[1]).resolve("evaluation.json").toFile());
            java.util.List<com.fasterxml.jackson.databind.JsonNode> rankings = new java.util.ArrayList<>();
            eval.path("candidates").forEach(rankings::add);
            for (com.fasterxml.jackson.databind.JsonNode c : rankings) {
                String name = c.path("name").asText();
                String line = result.out().lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow();
                com.fasterxml.jackson.databind.JsonNode at = c.path("atCapacity");
                if (at.path("precision").isNull()) {
                    hidden++;
                    assertThat(at.has("precisionAfgeschermd")).isTrue();
                    assertThat(line).as(name).contains("precision@capacity afgeschermd",
                            "recall@capacity afgeschermd");
                } else {
                    assertThat(line).as(name).contains(String.format(java.util.Locale.ROOT,
                            "precision@capacity %.3f [", at.path("precision").path("value").asDouble()));
                }
            }
            if (eval.path("candidates").get(0).path("positives").isNull()) {
                assertThat(result.out()).contains("(afgeschermd VSV)");
            }
        }
        assertThat(hidden).as("the small test year hides precision at capacity for some ranking").isPositive();
    }

    @Test
    void evaluatesTheSavedModelOnTheNewestLabelledCohort() {
        Path out = dir.resolve("eval");
        CliRunner.Result r = CliRunner.run("evaluate", "--model", dir.resolve("models/t").toString(), "--table",
                table.toString(), "--label", "uitval", "--time", "jaar", "--separator", ";", "--protected",
                "geslacht", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("on the newest labelled cohort 2021 of table");
        assertThat(out.resolve("evaluation.json")).isNotEmptyFile();
    }

    @Test
    void refusesToEvaluateAnAlteredModelNamingTheFile() throws IOException {
        Path copy = dir.resolve("models/altered");
        Files.createDirectories(copy);
        try (var files = Files.list(dir.resolve("models/t"))) {
            for (Path p : files.toList()) {
                Files.copy(p, copy.resolve(p.getFileName()));
            }
        }
        Files.writeString(copy.resolve("calibration.json"), Files.readString(copy.resolve("calibration.json"))
                .replace("\"a\": ", "\"a\": 1"));
        CliRunner.Result r = CliRunner.run("evaluate", "--model", copy.toString(), "--table", table.toString(),
                "--label", "uitval", "--separator", ";", "--out", dir.resolve("eval2").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).startsWith("error: " + copy.resolve("calibration.json") + ": altered after training");
        assertThat(dir.resolve("eval2")).doesNotExist();
    }

    @Test
    void aBadConfigurationExitsOneWithEveryMessage() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "seed: x\ntrain:\n  split:\n    testCohorts: 0\n");
        CliRunner.Result r = CliRunner.run("train", "--table", table.toString(), "--label", "uitval", "--config",
                bad.toString(), "--out", dir.resolve("never").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains(bad + ": seed: must be a whole number, got 'x'",
                bad + ": train.split.testCohorts: must be >= 1, got 0");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void validateOnlyChecksTheConfigurationWithoutData() {
        CliRunner.Result r = CliRunner.run("train", "--validate-only", "--config", config.toString(), "--out", "x");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("configuration OK (" + config);
    }

    @Test
    void inputAndTableTogetherIsAUsageError() {
        CliRunner.Result r = CliRunner.run("train", "--input", "data", "--table", table.toString(), "--label", "u",
                "--out", "x");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("give exactly one of --input DIR or --table FILE");
    }

    @Test
    void aTableWithoutLabelIsAUsageError() {
        CliRunner.Result r = CliRunner.run("train", "--table", table.toString(), "--out", "x");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("--table needs --label COL");
    }

    @Test
    void aBadTableExitsOneWithLocatedErrors() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "jaar;x;uitval\n2020;1;nee\n2021;2\n");
        CliRunner.Result r = CliRunner.run("train", "--table", bad.toString(), "--label", "uitval", "--separator",
                ";", "--out", dir.resolve("never2").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains(bad + ":3: expected 3 fields (as in the header), found 2");
    }

    private static String tableText() {
        return tableText(800);
    }

    /** Four years of 800 rows, the last (the test year) of {@code lastYear} rows. */
    private static String tableText(int lastYear) {
        StringBuilder sb = new StringBuilder("\uFEFFjaar; verzuim ;uitkering;geslacht;uitval\r\n");
        java.util.SplittableRandom rng = new java.util.SplittableRandom(9);
        for (int y = 2018; y <= 2021; y++) {
            for (int i = 0; i < (y == 2021 ? lastYear : 800); i++) {
                int v = rng.nextInt(6);
                int u = rng.nextInt(2);
                boolean vsv = rng.nextDouble() < 1 / (1 + Math.exp(-(-3 + 0.5 * v + 0.6 * u)));
                sb.append(y).append(';').append(v).append(';').append(u).append(';')
                        .append(rng.nextBoolean() ? "M" : "V").append(';').append(vsv ? "ja" : "nee").append("\r\n");
            }
        }
        return sb.toString();
    }
}
