package nl.vroegsignaal.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.testdata.Sinks;
import nl.vroegsignaal.testdata.SyntheticWorld;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The feature pass alone on an in-memory world (no CSV reading), timed, with the DuckDB twin on the same
 * rows written as CSV. Run:
 * <pre>
 * mvn -B -Pbenchmark test -Dtest=FeatureBuildBenchmark -Dbench.heap=4g [-Dbench.persons=100000]
 * </pre>
 */
@Tag("benchmark")
class FeatureBuildBenchmark {

    @Test
    void buildsFeaturesForAHundredThousandPersons() throws Exception {
        int persons = Integer.getInteger("bench.persons", 100_000);
        Path dir = Files.createTempDirectory("vroegsignaal-bench-");
        long g0 = System.nanoTime();
        Sinks.Builder builder = new Sinks.Builder();
        try (Sinks.CsvFolder csv = new Sinks.CsvFolder(dir)) {
            SyntheticWorld.generate(persons, 42, Sinks.both(builder, csv));
        }
        LinkedData data = builder.build();
        long g1 = System.nanoTime();
        long events = data.enrolments().size() + data.diplomas().size() + data.absences().size()
                + data.moves().size() + data.benefits().size() + data.youthCare().size() + data.debtSupport().size();

        Timeline timeline = Timeline.of(data, FeatureOptions.defaults());
        double[] runs = new double[4];
        FeatureSet set = null;
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            set = FeatureBuilder.build(data, timeline);
            runs[i] = LinkBenchmark.seconds(System.nanoTime() - t);
        }
        double[] measured = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(measured);

        long d0 = System.nanoTime();
        Map<String, DuckDbTwin.Row> expected;
        long d1;
        try (DuckDbTwin twin = new DuckDbTwin(dir)) {
            d1 = System.nanoTime();
            expected = twin.population(twin.peildata(twin.horizon()), twin.horizon());
        }
        long d2 = System.nanoTime();
        assertThat(DuckDbTwin.differences(expected, DuckDbTwin.fromPipeline(set), 10)).isEmpty();

        System.out.printf(Locale.ROOT, "%nFeatureBuildBenchmark: %d persons, %d event rows, %d peildata, %d rows "
                        + "(world generated in %.1f s)%n", persons, events, timeline.peildata().size(),
                set.matrix().rows(), LinkBenchmark.seconds(g1 - g0));
        System.out.printf(Locale.ROOT, "  FeatureBuilder.build: first %.2f s, then min %.2f s, median %.2f s%n",
                runs[0], measured[0], measured[measured.length / 2]);
        System.out.printf(Locale.ROOT, "  DuckDB twin on the same rows as CSV: load %.2f s, queries %.2f s%n",
                LinkBenchmark.seconds(d1 - d0), LinkBenchmark.seconds(d2 - d1));
        System.out.printf(Locale.ROOT, "  population, labels and %s equal; %d cores, max heap %.0f MB%n",
                DuckDbTwin.TWINNED, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e6);
        try (var files = Files.list(dir)) {
            files.forEach(p -> p.toFile().delete());
        }
        Files.delete(dir);
    }
}
