package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;
import nl.vroegsignaal.sample.Scale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} end to end at city scale with the default configuration (target: under 3 minutes on 2 cores),
 * then again after changing only the capacity. Prints wall time per stage and in total:
 * {@code mvn -B -Pbenchmark test -Dtest=RunBenchmark -Dbench.heap=4g}
 */
@Tag("benchmark")
class RunBenchmark {
    @TempDir
    Path dir;

    @Test
    void cityEndToEndThenACapacityChange() throws Exception {
        Path input = dir.resolve("city");
        SampleGenerator.generate(SampleOptions.of(Scale.CITY), input);
        Path out = dir.resolve("out");

        RunPipeline.Result first = timed("city, default configuration", () -> RunPipeline.run(ConfigLoader.defaults(),
                input, out));
        assertThat(first.ran()).containsExactly("link", "train", "evaluate", "signal", "audit");

        Path capacity = dir.resolve("capacity.yaml");
        Files.writeString(capacity, "evaluate:\n  capacity:\n    count: 2000\n");
        RunPipeline.Result rerun = timed("city, rerun after changing only evaluate.capacity",
                () -> RunPipeline.run(ConfigLoader.load(capacity), input, out));
        assertThat(rerun.ran()).containsExactly("evaluate", "signal", "audit");

        RunPipeline.Result same = timed("city, rerun with nothing changed",
                () -> RunPipeline.run(ConfigLoader.load(capacity), input, out));
        assertThat(same.ran()).isEmpty();
    }

    /**
     * The necessity test's share of {@code run} on the city: the whole run (which includes the test in its audit
     * stage), then the test alone on the same data and model, in the same JVM. Prints both and the ratio of the
     * run to the run without the test (the whole run minus the test alone); prints the load average before and
     * after, as the machine is shared. Target: the whole run under 3 minutes.
     * {@code mvn -B -Pbenchmark test -Dtest=RunBenchmark#necessityShareOfTheRun -Dbench.heap=4g}
     */
    @Test
    void necessityShareOfTheRun() throws Exception {
        Path input = dir.resolve("city");
        SampleGenerator.generate(SampleOptions.of(Scale.CITY), input);
        Path out = dir.resolve("out");
        System.out.println("load before: " + load());
        long start = System.nanoTime();
        RunPipeline.run(ConfigLoader.defaults(), input, out);
        double whole = (System.nanoTime() - start) / 1e9;
        nl.vroegsignaal.link.LinkedData linked = nl.vroegsignaal.link.Linker.read(input);
        nl.vroegsignaal.features.FeatureSet features = nl.vroegsignaal.features.FeatureBuilder.build(linked);
        VroegsignaalConfig c = ConfigLoader.defaults().config();
        TrainingData data = TrainingData.fromLinked(input, linked, features);
        start = System.nanoTime();
        NecessityCheck.compute(features.matrix(), features.audit(), data.split(c.train().split(), c.seed()),
                c.train(), c.evaluate(), c.seed(),
                nl.vroegsignaal.model.SavedModel.load(out.resolve("model")).model(), linked.inputHashes());
        double necessity = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "whole run %.1f s; necessity test alone %.1f s; run without it %.1f s; "
                + "ratio %.2f%n", whole, necessity, whole - necessity, whole / (whole - necessity));
        System.out.println("load after: " + load());
    }

    private static String load() throws java.io.IOException {
        Path p = Path.of("/proc/loadavg");
        return Files.exists(p) ? Files.readString(p).strip() : "unknown";
    }

    private static RunPipeline.Result timed(String what, java.util.function.Supplier<RunPipeline.Result> run) {
        long start = System.nanoTime();
        RunPipeline.Result r = run.get();
        double total = (System.nanoTime() - start) / 1e9;
        System.out.println("== " + what);
        r.stages().forEach(s -> System.out.printf(Locale.ROOT, "   %-9s %-7s %7.1f s%n", s.name(),
                s.status().toString().toLowerCase(Locale.ROOT), s.seconds()));
        System.out.printf(Locale.ROOT, "   total             %7.1f s%n", total);
        return r;
    }
}
