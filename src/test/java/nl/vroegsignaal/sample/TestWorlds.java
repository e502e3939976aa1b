package nl.vroegsignaal.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Generated worlds shared by the test classes of one test JVM: each set of options is generated once into a
 * temporary folder that is removed when the JVM exits.
 */
final class TestWorlds {
    private static final Map<SampleOptions, SampleResult> CACHE = new HashMap<>();

    private TestWorlds() {
    }

    static SampleResult sample() {
        return of(SampleOptions.of(Scale.SAMPLE).withThreads(2));
    }

    static SampleResult city() {
        return of(SampleOptions.of(Scale.CITY).withThreads(2));
    }

    static synchronized SampleResult of(SampleOptions options) {
        return CACHE.computeIfAbsent(options, o -> SampleGenerator.generate(o, newTempDir()));
    }

    static Path newTempDir() {
        try {
            Path dir = Files.createTempDirectory("vroegsignaal-sample-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
