package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixes the bytes of every user-facing output of one small fixed run (the committed sample with a small
 * configuration): signal lists, fairness report, model card, register entry, link and evaluation reports.
 * Only what identifies the build (jar hash, commit) is masked, since it changes with every commit.
 *
 * <p>Refresh on purpose, after reading the diff: {@code mvn -B test -Dtest=GoldenOutputsTest -Dgolden.update=true},
 * then review {@code git diff src/test/resources/golden} and commit it with a message that says why.
 */
class GoldenOutputsTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path SAMPLE = Path.of("data-sample");
    private static final String SMALL = "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    trees: 40\n"
            + "    maxDepth: 2\nevaluate:\n  bootstrapResamples: 100\n";
    /** Folders of a run that are not read by people: the model's own files, caches and stage records. */
    private static final Pattern NOT_USER_FACING = Pattern.compile(
            "(cache|stages|logboek)/.*|link/(features|protected)\\.csv|model/(model\\.tribuo|manifest\\.json|features\\.json"
                    + "|provenance\\.json|calibration\\.json)|.*\\.lock|.*/\\..*");
    private static final Pattern BUILD = Pattern.compile(
            "\\b[0-9a-f]{64}\\b|\\b[0-9a-f]{40}\\b|(\"(commit|jarSha256|codeVersion)\"\\s*:\\s*)\"[^\"]*\"");

    @TempDir
    static Path dir;
    private static Path out;

    @BeforeAll
    static void runOnce() throws IOException {
        // a fixed relative path: the configuration's path is recorded in the outputs
        Path config = Path.of("target", "golden-small.yaml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, SMALL);
        out = dir.resolve("out");
        RunPipeline.run(ConfigLoader.load(config), SAMPLE, out);
    }

    @TestFactory
    Stream<DynamicTest> everyUserFacingOutputMatchesItsGoldenFile() throws IOException {
        List<String> produced = userFacing(out);
        assertThat(produced).as("user-facing outputs of the run").isNotEmpty();
        if (Boolean.getBoolean("golden.update")) {
            refresh(produced);
        }
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the golden set is exactly what the run writes", () ->
                assertThat(userFacing(GOLDEN)).as("golden files (refresh: -Dgolden.update=true)")
                        .isEqualTo(produced)));
        for (String f : produced) {
            tests.add(DynamicTest.dynamicTest(f, () -> {
                Path golden = GOLDEN.resolve(f);
                assertThat(golden).as("golden file for " + f + " (refresh: -Dgolden.update=true)").isRegularFile();
                assertThat(normalised(out.resolve(f))).as(f).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
            }));
        }
        return tests.stream();
    }

    static String normalised(Path file) throws IOException {
        return BUILD.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(m ->
                java.util.regex.Matcher.quoteReplacement(m.group(2) != null ? m.group(1) + "\"BUILD\"" : "BUILD"));
    }

    private static List<String> userFacing(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !NOT_USER_FACING.matcher(f).matches()).sorted().toList();
        }
    }

    private static void refresh(List<String> produced) throws IOException {
        for (String stale : userFacing(GOLDEN)) {
            if (!produced.contains(stale)) {
                Files.delete(GOLDEN.resolve(stale));
            }
        }
        for (String f : produced) {
            Path golden = GOLDEN.resolve(f);
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, normalised(out.resolve(f)), StandardCharsets.UTF_8);
        }
    }
}
