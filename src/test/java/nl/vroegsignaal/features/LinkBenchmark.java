package nl.vroegsignaal.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import nl.vroegsignaal.link.DataQuality;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Link and features on a folder of contract files, timed, against the DuckDB twin on the same files. Run:
 * <pre>
 * java -jar target/vroegsignaal.jar sample --scale city --out /tmp/city
 * mvn -B -Pbenchmark test -Dtest=LinkBenchmark -Dbench.input=/tmp/city -Dbench.heap=4g
 * </pre>
 * Targets: city (100k persons) under 30 s with -Xmx4g on 2 cores; nation (2.5M) under 10 minutes with
 * -Xmx16g; time ratio vroegsignaal / DuckDB at most 2. Population, labels and the twinned features must be
 * equal; timings are printed, not asserted.
 */
@Tag("benchmark")
class LinkBenchmark {

    @Test
    void linkAndFeaturesMatchDuckDbAndReportTheTimeRatio() throws Exception {
        String input = System.getProperty("bench.input");
        assumeTrue(input != null, "set -Dbench.input=DIR (a folder written by `vroegsignaal sample`)");
        Path dir = Path.of(input);
        assertThat(dir).as("bench.input").isDirectory();

        long t0 = System.nanoTime();
        LinkedData data = Linker.read(dir);
        long t1 = System.nanoTime();
        Timeline timeline = Timeline.of(data, FeatureOptions.defaults());
        FeatureSet set = FeatureBuilder.build(data, timeline);
        long t2 = System.nanoTime();
        // the link report's data-quality part, which link computes too (one pass per source)
        DataQuality quality = DataQuality.of(data, (int) timeline.horizon().toEpochDay(),
                (int) timeline.peildata().get(0).toEpochDay());
        long t2q = System.nanoTime();

        Map<String, DuckDbTwin.Row> expected;
        long t3 = System.nanoTime();
        long t4;
        try (DuckDbTwin twin = new DuckDbTwin(dir)) {
            t4 = System.nanoTime();
            assertThat(twin.horizon()).isEqualTo(timeline.horizon());
            assertThat(twin.peildata(timeline.horizon())).isEqualTo(timeline.peildata());
            expected = twin.population(timeline.peildata(), timeline.horizon());
        }
        long t5 = System.nanoTime();
        Map<String, DuckDbTwin.Row> actual = DuckDbTwin.fromPipeline(set);
        assertThat(DuckDbTwin.differences(expected, actual, 10)).isEmpty();

        double vroeg = seconds(t2q - t0);
        double duck = seconds(t5 - t3);
        long bytes = 0;
        try (var files = Files.list(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "%nLinkBenchmark on %s (%.1f MB of CSV, %d persons, %d peildata, %d rows)%n",
                dir, bytes / 1e6, data.persons().size(), timeline.peildata().size(), set.matrix().rows());
        System.out.printf(Locale.ROOT, "  vroegsignaal: read+link %.2f s, features %.2f s, data quality %.2f s (%d "
                + "volume jumps), total %.2f s%n", seconds(t1 - t0), seconds(t2 - t1), seconds(t2q - t2),
                quality.jumps().size(), vroeg);
        System.out.printf(Locale.ROOT, "  DuckDB twin:  load %.2f s, queries %.2f s, total %.2f s%n",
                seconds(t4 - t3), seconds(t5 - t4), duck);
        System.out.printf(Locale.ROOT, "  ratio vroegsignaal / DuckDB = %.2f (target <= 2); population, labels and %s equal%n",
                vroeg / duck, DuckDbTwin.TWINNED);
        System.out.printf(Locale.ROOT, "  ratio without the data-quality part = %.2f%n", seconds(t2 - t0) / duck);
        System.out.printf(Locale.ROOT, "  heap used %.0f MB of max %.0f MB, %d cores%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, Runtime.getRuntime().availableProcessors());
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
