package nl.vroegsignaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train} and {@code run} never remove a file they did not write: each case the attack on issue 11 found,
 * refused before any work, with every file where it was.
 */
class OverwriteRefusalTest {
    @TempDir
    Path dir;

    @Test
    void trainRefusesAFolderWithTheUsersNotes() throws IOException {
        Path v = Files.createDirectories(dir.resolve("v"));
        Files.writeString(v.resolve("notes.md"), "mijn aantekeningen");
        assertRefusedAndUntouched(v, "exists and holds files vroegsignaal did not write there",
                "train", "--input", "data-sample", "--out", v.toString());
    }

    @Test
    void trainRefusesToWriteOverItsOwnInputFolder() throws IOException {
        Path v2 = Files.createDirectories(dir.resolve("v2"));
        Files.writeString(v2.resolve("personen.csv"), "pseudoniem\n");
        Files.createDirectories(v2.resolve("truth"));
        Files.writeString(v2.resolve("truth/labels.csv"), "x\n");
        assertRefusedAndUntouched(v2, "is, or holds, the input", "train", "--input", v2.toString(), "--out",
                v2.toString());
    }

    @Test
    void trainRefusesTheModelsFolderHoldingOtherModels() throws IOException {
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.writeString(models.resolve("README.md"), "our models");
        Files.createDirectories(models.resolve("city"));
        Files.writeString(models.resolve("city/manifest.json"), "{}");
        assertRefusedAndUntouched(models, "exists and holds files vroegsignaal did not write there",
                "train", "--input", "data-sample", "--out", models.toString());
    }

    @Test
    void trainRefusesTheWorkingFolder() throws IOException {
        // the working folder holds data-sample/, the input
        CliRunner.Result r = CliRunner.run("train", "--input", "data-sample", "--out", ".");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("model folder . is, or holds, the input data-sample");
        assertThat(Path.of("pom.xml")).exists();
    }

    @Test
    void trainRefusesAFileInPlaceOfTheModelFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("model"), "a file");
        assertRefusedAndUntouched(dir, "exists and is not a folder", "train", "--input", "data-sample", "--out",
                file.toString());
    }

    @Test
    void runRefusesAModelFolderHoldingTheUsersFilesAndKeepsThem() throws IOException {
        Path out = dir.resolve("out");
        Path model = Files.createDirectories(out.resolve("model"));
        Files.writeString(model.resolve("kept.txt"), "mine");
        Path config = Files.writeString(dir.resolve("small.yaml"), "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n"
                + "  xgboost:\n    enabled: false\nevaluate:\n  bootstrapResamples: 50\n");
        CliRunner.Result r = CliRunner.run("run", "--input", "data-sample", "--config", config.toString(), "--out",
                out.toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("exists and holds files vroegsignaal did not write there");
        assertThat(model.resolve("kept.txt")).hasContent("mine");
        try (Stream<Path> files = Files.list(model)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void runRefusesToWriteIntoItsInputFolder() throws IOException {
        Path v = Files.createDirectories(dir.resolve("v"));
        Files.writeString(v.resolve("personen.csv"), "pseudoniem\n");
        assertRefusedAndUntouched(v, "is, or holds, the input", "run", "--input", v.toString(), "--out",
                v.toString());
    }

    @Test
    void aSecondRunIntoAFolderAnotherRunHoldsIsRefusedAtOnce() throws IOException {
        Path out = Files.createDirectories(dir.resolve("busy"));
        try (OutputLock first = OutputLock.acquire(out)) {
            assertRefusedAndUntouched(out, "another vroegsignaal command is writing into " + out,
                    "run", "--input", "data-sample", "--out", out.toString());
        }
    }

    private static void assertRefusedAndUntouched(Path folder, String message, String... args) throws IOException {
        Map<String, String> before = hashes(folder);
        CliRunner.Result r = CliRunner.run(args);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains(message).doesNotContain("Exception");
        assertThat(hashes(folder)).isEqualTo(before);
    }

    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.toList()) {
                m.put(folder.relativize(p).toString(), Files.isRegularFile(p) ? Hashing.sha256(p) : "folder");
            }
        }
        return m;
    }
}
