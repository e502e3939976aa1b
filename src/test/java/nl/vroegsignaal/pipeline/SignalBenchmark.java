package nl.vroegsignaal.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;
import nl.vroegsignaal.sample.Scale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: the signal step at city scale (target: scoring and explaining the population in under
 * 15 s on 2 cores). Generates the city, trains with the default configuration, then times the signal step alone
 * (reading and linking the input, scoring, explaining the top of the list, writing the three files).
 * Run with {@code mvn -B -Pbenchmark test -Dtest=SignalBenchmark -Dbench.heap=4g}.
 */
@Tag("benchmark")
class SignalBenchmark {

    @Test
    void signalListAtCityScale() throws IOException {
        Path dir = Files.createTempDirectory("vroegsignaal-signal-bench");
        Path input = dir.resolve("city");
        SampleGenerator.generate(SampleOptions.of(Scale.CITY), input);
        Path model = dir.resolve("models/city");
        long t0 = System.nanoTime();
        TrainPipeline.run(TrainingData.fromInputFolder(input), ConfigLoader.defaults(), model);
        long t1 = System.nanoTime();
        SignalStage.Result r = SignalStage.compute(model, input, SignalStage.Options.defaults());
        long t2 = System.nanoTime();
        List<Path> files = nl.vroegsignaal.report.SignalFiles.write(r.lists(), dir.resolve("signal"));
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "SignalBenchmark (city, %d processors, max heap %d MB)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "  train (default config): %.1f s%n", (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "  signal: link + features + score + explain %.2f s, write %d files %.2f s, "
                + "total %.2f s for %d persons, list of %d (target < 15 s)%n", (t2 - t1) / 1e9, files.size(),
                (t3 - t2) / 1e9, (t3 - t1) / 1e9, r.rows().length, r.lists().listed());
    }
}
