package nl.vroegsignaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.vroegsignaal.core.Hashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline, end to end on {@code data-sample/}, in child JVMs started under a Dutch, a Turkish and
 * the root default locale: each must succeed (under Turkish, Tribuo's protobuf reflection once failed on
 * {@code addAllİnfo}) and write byte-identical outputs (under Dutch, provenance once said {@code AUC-PR (0,2823)}).
 */
class LocaleIndependenceTest {
    private static final List<List<String>> LOCALES = List.of(List.of("nl", "NL"), List.of("tr", "TR"), List.of("", ""));

    @TempDir
    Path tmp;

    @Test
    void runWritesTheSameBytesUnderDutchTurkishAndRootLocales() throws Exception {
        Path config = Files.writeString(tmp.resolve("small.yaml"), "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n"
                + "  xgboost:\n    enabled: false\nevaluate:\n  bootstrapResamples: 50\n");
        Path input = Path.of("data-sample").toAbsolutePath();
        List<Process> runs = new ArrayList<>();
        for (List<String> locale : LOCALES) {
            Path dir = Files.createDirectory(tmp.resolve("run-" + (locale.get(0).isEmpty() ? "root" : locale.get(0))));
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.language=" + locale.get(0), "-Duser.country=" + locale.get(1),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "run", "--config", config.toString(), "--input", input.toString(), "--out", "out"));
            runs.add(new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("console.txt").toFile()).start());
        }
        List<Map<String, String>> outputs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Process p = runs.get(i);
            Path dir = tmp.resolve("run-" + (LOCALES.get(i).get(0).isEmpty() ? "root" : LOCALES.get(i).get(0)));
            assertThat(p.waitFor(15, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(LOCALES.get(i) + ": " + Files.readString(dir.resolve("console.txt"))).isZero();
            outputs.add(hashes(dir.resolve("out")));
        }
        assertThat(outputs.get(0)).isNotEmpty().containsKey("model/provenance.json");
        assertThat(outputs.get(1)).as("Turkish").isEqualTo(outputs.get(0));
        assertThat(outputs.get(2)).as("root").isEqualTo(outputs.get(0));
        String provenance = Files.readString(tmp.resolve("run-nl/out/model/provenance.json"));
        assertThat(provenance).doesNotContainPattern("\\d,\\d{4}\\)");
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            // the run log (logboek/) records when each list was made: the one file meant to differ between runs
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !root.relativize(p).startsWith("logboek"))
                    .toList()) {
                out.put(root.relativize(f).toString(), Hashing.sha256(f));
            }
        }
        return out;
    }
}
