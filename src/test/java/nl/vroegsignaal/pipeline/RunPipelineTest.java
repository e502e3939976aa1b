package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.vroegsignaal.core.Hashing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the committed sample with a small configuration: outputs, reuse, and what reruns. */
class RunPipelineTest {
    private static final Path SAMPLE = Path.of("data-sample");
    private static final String SMALL = "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    trees: 40\n"
            + "    maxDepth: 2\nevaluate:\n  bootstrapResamples: 100\n";
    private static final List<String> ALL = List.of("link", "train", "evaluate", "signal", "audit");

    @TempDir
    static Path dir;
    private static LoadedConfig small;
    private static LoadedConfig smallCapacity30;

    @BeforeAll
    static void configs() throws IOException {
        small = config("small.yaml", SMALL);
        smallCapacity30 = config("capacity.yaml", SMALL + "  capacity:\n    count: 30\n");
    }

    @Test
    void writesEveryOutputThenReusesEveryStageOnARerun() {
        Path out = dir.resolve("reuse");
        RunPipeline.Result first = RunPipeline.run(small, SAMPLE, out);
        assertThat(first.ran()).isEqualTo(ALL);
        for (String f : List.of("link/features.csv", "link/protected.csv", "link/link-report.json",
                "link/link-report.md", "model/model.tribuo", "model/evaluation.json", "model/evaluation.html",
                "model/manifest.json", "signal/signalen-leerplicht.csv", "signal/signalen-leerplicht.html",
                "signal/signalen-leerplicht.json", "signal/signalen-rmc.csv", "signal/signalen-rmc.html",
                "signal/signalen-rmc.json",
                "audit/fairness.html", "audit/fairness.json", "audit/modelkaart.md", "audit/algoritmeregister.json",
                "audit/algoritmeregister.md", "stages/link.json", "stages/train.json", "stages/evaluate.json",
                "stages/signal.json", "stages/audit.json")) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
        }
        assertThat(first.toRead()).extracting(r -> out.relativize(r.file()).toString())
                .contains("link/link-report.md", "model/evaluation.html", "signal/signalen-leerplicht.html",
                        "signal/signalen-rmc.html", "audit/fairness.html");

        RunPipeline.Result second = RunPipeline.run(small, SAMPLE, out);
        assertThat(second.ran()).isEmpty();
        assertThat(second.stages()).allMatch(s -> s.status() == RunPipeline.Status.REUSED);
    }

    @Test
    void aCapacityChangeReReportsWithoutLinkingOrTrainingAndMatchesAFreshRun() throws IOException {
        Path changed = dir.resolve("changed");
        RunPipeline.run(small, SAMPLE, changed);
        RunPipeline.Result rerun = RunPipeline.run(smallCapacity30, SAMPLE, changed);
        assertThat(rerun.ran()).containsExactly("evaluate", "signal", "audit");
        assertThat(Files.readAllLines(changed.resolve("signal/signalen-leerplicht.csv")).size()
                + Files.readAllLines(changed.resolve("signal/signalen-rmc.csv")).size()).isEqualTo(2 + 30);
        assertThat(Files.readString(changed.resolve("model/provenance.json"))).contains("\"count\": 30");

        Path fresh = dir.resolve("fresh-capacity");
        assertThat(RunPipeline.run(smallCapacity30, SAMPLE, fresh).ran()).isEqualTo(ALL);
        assertThat(hashes(changed)).isEqualTo(hashes(fresh));
    }

    @Test
    void twoFreshRunsWriteByteIdenticalOutputs() throws IOException {
        Path a = dir.resolve("fresh-a");
        Path b = dir.resolve("fresh-b");
        RunPipeline.run(small, SAMPLE, a);
        RunPipeline.run(small, SAMPLE, b);
        Map<String, String> ha = hashes(a);
        assertThat(ha).containsKeys("model/model.tribuo", "signal/signalen-rmc.html", "stages/signal.json",
                "audit/fairness.html", "audit/algoritmeregister.json");
        assertThat(ha).isEqualTo(hashes(b));
    }

    @Test
    void anAlteredOutputMakesItsStageRunAgainAndOnlyThatStage() throws IOException {
        Path out = dir.resolve("altered");
        RunPipeline.run(small, SAMPLE, out);
        Path list = out.resolve("signal/signalen-rmc.csv");
        String original = Files.readString(list);
        Files.writeString(list, original + "tampered\n");
        assertThat(RunPipeline.run(small, SAMPLE, out).ran()).containsExactly("signal");
        assertThat(Files.readString(list)).isEqualTo(original);

        // link writes the same bytes again, so nothing after it needs to run
        Files.writeString(out.resolve("link/link-report.md"), "tampered\n");
        assertThat(RunPipeline.run(small, SAMPLE, out).ran()).containsExactly("link");

        Files.delete(out.resolve("model/model.tribuo"));
        assertThat(RunPipeline.run(small, SAMPLE, out).ran()).containsExactly("train");
        assertThat(out.resolve("model/model.tribuo")).isRegularFile();
    }

    @Test
    void aRelativeOutputFolderAsInTheReadmeWorksAndIsReused() throws IOException {
        Path out = Path.of("target", "run-pipeline-test-relative");
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        assertThat(RunPipeline.run(small, SAMPLE, out).ran()).isEqualTo(ALL);
        assertThat(RunPipeline.run(small, SAMPLE, out).ran()).isEmpty();
        assertThat(Files.readString(out.resolve("stages/signal.json"))).contains("\"signal/signalen-rmc.html\"");
    }

    @Test
    void refusesAMissingInputFolderWithAHint() {
        Path missing = dir.resolve("no-such-input");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RunPipeline.run(small, missing, dir.resolve("x")))
                .hasMessage("input folder " + missing + " not found: run from the repository root (where "
                        + "data-sample/ is) or pass --input DIR");
    }

    private static LoadedConfig config(String name, String yaml) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, yaml);
        return ConfigLoader.load(f);
    }

    /**
     * sha256 of every file under the folder, by relative path; the run log (logboek/) is left out, as it records
     * when each list was made and is the one file meant to differ between runs.
     */
    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).filter(p -> !root.relativize(p).startsWith(RunLog.FOLDER))
                    .forEach(p -> m.put(root.relativize(p).toString(), Hashing.sha256(p)));
        }
        return m;
    }
}
