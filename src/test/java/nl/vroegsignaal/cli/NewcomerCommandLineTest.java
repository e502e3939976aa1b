package nl.vroegsignaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.vroegsignaal.core.BuildInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a newcomer meets it (issue 11, point 10). */
class NewcomerCommandLineTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"sample", "link", "train", "evaluate", "signal", "audit", "run"})
    void everySubcommandPrintsTheVersion(String command) {
        CliRunner.Result r = CliRunner.run(command, "--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("vroegsignaal " + BuildInfo.version());
    }

    @Test
    void trainValidateOnlyNeedsNoOut() {
        CliRunner.Result r = CliRunner.run("train", "--validate-only");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("configuration OK");
        CliRunner.Result without = CliRunner.run("train", "--input", "data-sample");
        assertThat(without.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(without.err()).contains("Missing required option: '--out=DIR'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"signal", "audit", "evaluate"})
    void anOutThatIsAFileIsRefusedBeforeAnyWork(String command) throws IOException {
        Path file = Files.writeString(tmp.resolve("taken.txt"), "mine");
        // The model does not exist either: the --out check must come first, before the model is even read.
        CliRunner.Result r = CliRunner.run(command, "--model", tmp.resolve("no-model").toString(), "--input",
                "data-sample", "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).isEqualTo("error: output folder " + file + " exists and is not a folder" + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void outputFoldersAreOwnerOnly() throws IOException {
        Path out = tmp.resolve("new/link");
        CliRunner.Result r = CliRunner.run("link", "--input", "data-sample", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (Path p : List.of(tmp.resolve("new"), out)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                    .isEqualTo("rwx------");
        }
    }
}
