package nl.vroegsignaal.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.vroegsignaal.core.Hashing;

/**
 * Renders data-sample/README.md from the files in the folder, so the README cannot drift from the data
 * ({@link DataSampleFreshnessTest} compares them). After changing the generator, regenerate both:
 * <pre>
 * mvn -B -q package -DskipTests   (builds target/vroegsignaal.jar and the test classes)
 * java -jar target/vroegsignaal.jar sample --scale sample --seed 20261001 --out data-sample
 * java -cp target/vroegsignaal.jar:target/test-classes nl.vroegsignaal.sample.DataSampleReadme data-sample
 * </pre>
 */
final class DataSampleReadme {
    static final String COMMAND = "java -jar target/vroegsignaal.jar sample --scale sample --seed 20261001 --out data-sample";

    private DataSampleReadme() {
    }

    static String render(Path dir) {
        StringBuilder sb = new StringBuilder();
        sb.append("# data-sample: a synthetic municipality\n\n");
        sb.append("Everything in this folder is **synthetic**: made by `vroegsignaal sample` from a random seed. No real\n");
        sb.append("person, school, address or record is in it; pseudonyms, BRIN codes and wijk codes are invented (the wijk\n");
        sb.append("codes use the CBS format with municipality code 0363). Use it to try the pipeline and in tests.\n\n");
        sb.append("It was made with the default seed at `sample` scale (5,000 persons), from the repository root:\n\n");
        sb.append("```\nmvn -B -q package -DskipTests\n").append(COMMAND).append('\n');
        sb.append("java -cp target/vroegsignaal.jar:target/test-classes nl.vroegsignaal.sample.DataSampleReadme data-sample\n```\n\n");
        sb.append("The last line rewrites this README from the files. `DataSampleFreshnessTest` fails when the generator\n");
        sb.append("no longer produces exactly these bytes, or when this README does not match them.\n\n");
        sb.append("The eight files follow the data contract; `truth/waarheid.csv` holds the true probability of leaving per\n");
        sb.append("person and peildatum (the pipeline never reads it) and `truth/generator.json` records what produced the\n");
        sb.append("folder. How the world is simulated, and how the true probability is computed, is described in\n");
        sb.append("`src/site/world-model.md`.\n\n");
        sb.append("| file | rows | bytes | sha256 |\n|---|---:|---:|---|\n");
        for (String name : files()) {
            Path f = dir.resolve(name);
            try (java.util.stream.Stream<String> lineStream = Files.lines(f, StandardCharsets.UTF_8)) {
                long lines = lineStream.count();
                long rows = name.endsWith(".json") ? 0 : lines - 1;
                sb.append(String.format(Locale.ROOT, "| `%s` | %s | %,d | `%s` |%n", name,
                        name.endsWith(".json") ? "" : String.format(Locale.ROOT, "%,d", rows), Files.size(f),
                        Hashing.sha256(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sb.toString();
    }

    static String[] files() {
        String[] names = SampleGenerator.fileNames();
        String[] out = new String[names.length + 1];
        System.arraycopy(names, 0, out, 0, names.length);
        out[names.length] = SampleGenerator.PROVENANCE_FILE;
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data-sample");
        Files.writeString(dir.resolve("README.md"), render(dir), StandardCharsets.UTF_8);
    }
}
