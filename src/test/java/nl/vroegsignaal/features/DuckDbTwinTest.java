package nl.vroegsignaal.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import nl.vroegsignaal.testdata.ContractRecords;
import nl.vroegsignaal.testdata.SyntheticWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB twin used by {@code LinkBenchmark} agrees with the pipeline on small contract files: same horizon,
 * peildata, population, labels and twinned features. The pipeline side is built in memory from the same rows
 * (standing in for the CSV reader), so this checks the SQL before the benchmark relies on it.
 */
class DuckDbTwinTest {
    @TempDir
    Path dir;

    @Test
    void twinAgreesWithThePipelineOnASyntheticWorld() throws Exception {
        ContractRecords world = SyntheticWorld.records(600, 3);
        // Rows of an unknown person: the linker drops them, so must the twin.
        world.enrolment("onbekend01", "01AB", "MBO-1", 1, "2019-08-01", "")
                .absence("onbekend01", "2026-10-14", "ongeoorloofd", 16);
        // Boundary cases next to the random world.
        world.person("grens0001", "2004-10", "V", "Europa", "WK036301")
                .enrolment("grens0001", "01AB", "VMBO-GT", 3, "2019-08-01", "2020-10-01")
                .move("grens0001", "2020-06-01", "vertrek").move("grens0001", "2020-06-01", "vestiging")
                .benefit("grens0001", "bbz", "2019-01-01", "", "2020-10-01")
                .absence("grens0001", "2019-10-01", "ongeoorloofd", null);
        world.writeCsv(dir);

        FeatureSet pipeline = FeatureBuilder.build(world.toLinkedData());
        Timeline timeline = Timeline.of(world.toLinkedData(), FeatureOptions.defaults());
        try (DuckDbTwin twin = new DuckDbTwin(dir)) {
            assertThat(twin.horizon()).isEqualTo(timeline.horizon());
            assertThat(twin.peildata(timeline.horizon())).isEqualTo(timeline.peildata());
            Map<String, DuckDbTwin.Row> expected = twin.population(timeline.peildata(), timeline.horizon());
            Map<String, DuckDbTwin.Row> actual = DuckDbTwin.fromPipeline(pipeline);
            assertThat(DuckDbTwin.differences(expected, actual, 10)).isEmpty();
            assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
            assertThat(expected).hasSizeGreaterThan(1000);
            assertThat(expected.values().stream().filter(r -> r.label() != null && r.label() == 1)).isNotEmpty();
            assertThat(expected.values().stream().filter(r -> r.features()[2] == 1)).isNotEmpty();
        }
    }
}
