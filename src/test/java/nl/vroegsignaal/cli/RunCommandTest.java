package nl.vroegsignaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's own behaviour: what it prints, and how it refuses (the pipeline has its own test). */
class RunCommandTest {
    @TempDir
    Path dir;

    @Test
    void runsEveryStageAndPrintsWhereToLook() throws IOException {
        Path config = dir.resolve("small.yaml");
        Files.writeString(config, "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
                + "evaluate:\n  bootstrapResamples: 50\n");
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--input", "data-sample",
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("link      ran", "signal    ran", "for case workers: "
                + out.resolve("signal/signalen-leerplicht.html"), "for case workers: "
                + out.resolve("signal/signalen-rmc.html"), "for data scientists: " + out.resolve("model/evaluation.html"));
        CliRunner.Result again = CliRunner.run("run", "--config", config.toString(), "--input", "data-sample",
                "--out", out.toString());
        assertThat(again.out()).contains("link      reused", "train     reused", "signal    reused");
    }

    @Test
    void aBadConfigurationExitsOneWithItsLocatedMessageBeforeAnyWork() throws IOException {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "evaluate:\n  capacity:\n    count: 0\nrun:\n  out: ''\n");
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("evaluate.capacity.count: must be >= 1, got 0", "run.out: must be a folder path")
                .doesNotContain("at nl.vroegsignaal");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingInputFolderTellsWhereToRunFrom() {
        Path missing = dir.resolve("data-sample");
        CliRunner.Result r = CliRunner.run("run", "--input", missing.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("input folder " + missing + " not found: run from the repository root "
                + "(where data-sample/ is) or pass --input DIR");
    }
}
