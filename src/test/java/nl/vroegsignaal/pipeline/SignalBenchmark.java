package nl.vroegsignaal.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.report.SignalFiles;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;
import nl.vroegsignaal.sample.Scale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test: the signal step at city scale (target: under 15 s on 2 cores). Times the whole step
 * (load the model, read and link the input, score, explain, measure each list's precision on the test cohort,
 * write the files) three times, and in the same run the link step alone as the reference, so that on a busy
 * machine the ratio still says what the step costs beyond reading its input. Uses a trained model and its input
 * when given, else generates the city and trains it with the default configuration first:
 * <pre>
 * mvn -B -Pbenchmark test -Dtest=SignalBenchmark -Dbench.heap=4g [-Dbench.model=DIR -Dbench.input=DIR]
 * </pre>
 */
@Tag("benchmark")
class SignalBenchmark {
    private static final int REPEATS = 3;

    @Test
    void signalListAtCityScale(@TempDir Path dir) throws IOException {
        Path input = System.getProperty("bench.input") == null ? null : Path.of(System.getProperty("bench.input"));
        Path model = System.getProperty("bench.model") == null ? null : Path.of(System.getProperty("bench.model"));
        if (input == null || model == null) {
            input = dir.resolve("city");
            SampleGenerator.generate(SampleOptions.of(Scale.CITY), input);
            model = dir.resolve("models/city");
            long t0 = System.nanoTime();
            TrainPipeline.run(TrainingData.fromInputFolder(input), ConfigLoader.defaults(), model);
            System.out.printf(Locale.ROOT, "  train (default config): %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        Path in = input;
        Path m = model;
        double[][] link = new double[REPEATS][];
        double[][] signal = new double[REPEATS][];
        int persons = 0;
        int listed = 0;
        for (int i = 0; i < REPEATS; i++) { // alternate, so that a change in the machine's load hits both alike
            link[i] = time(() -> Linker.read(in));
            int[] counts = new int[2];
            Path out = dir.resolve("signal-" + i);
            signal[i] = time(() -> {
                SignalStage.Result r = SignalStage.compute(m, in, SignalStage.Options.defaults());
                SignalFiles.write(r.lists(), out);
                counts[0] = r.rows().length;
                counts[1] = r.lists().listed();
            });
            persons = counts[0];
            listed = counts[1];
        }
        double linkWall = median(link, 0);
        double signalWall = median(signal, 0);
        System.out.printf(Locale.ROOT, "SignalBenchmark (city, %d processors, max heap %d MB, load average %.2f)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int i = 0; i < REPEATS; i++) {
            System.out.printf(Locale.ROOT, "  run %d: link alone %.2f s wall (%.2f s CPU); signal %.2f s wall "
                    + "(%.2f s CPU)%n", i + 1, link[i][0], link[i][1], signal[i][0], signal[i][1]);
        }
        System.out.printf(Locale.ROOT, "  median: signal %.2f s for %d persons, %d listed (target < 15 s); "
                + "link alone %.2f s; ratio signal / link %.2f (wall), %.2f (CPU)%n", signalWall, persons, listed,
                linkWall, signalWall / linkWall, median(signal, 1) / median(link, 1));
    }

    /** Wall and process CPU seconds of one call. */
    private static double[] time(Runnable work) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        work.run();
        return new double[] {(System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9};
    }

    private static double median(double[][] runs, int column) {
        double[] v = Arrays.stream(runs).mapToDouble(r -> r[column]).sorted().toArray();
        return v[v.length / 2];
    }
}
