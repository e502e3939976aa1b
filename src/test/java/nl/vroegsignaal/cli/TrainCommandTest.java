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
        StringBuilder sb = new StringBuilder("\uFEFFjaar; verzuim ;uitkering;geslacht;uitval\r\n");
        java.util.SplittableRandom rng = new java.util.SplittableRandom(9);
        for (int y = 2018; y <= 2021; y++) {
            for (int i = 0; i < 800; i++) {
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
