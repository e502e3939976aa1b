package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.vroegsignaal.model.Necessity;
import nl.vroegsignaal.report.NecessityReport;
import nl.vroegsignaal.report.Texts;
import nl.vroegsignaal.sample.NoiseSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With more training rows than {@code train.selectionRows} (the nation), the necessity test fits every model on the
 * same seeded sample, the reference with all sources too, instead of six models on all rows; the report says so.
 */
class NecessityOnSampleTest {
    @TempDir
    Path dir;

    @Test
    void everyModelOfTheTestIsFittedOnTheSameSampleAndTheReportSaysSo() {
        String config = NecessityWorlds.SMALL.replace("train:\n", "train:\n  selectionRows: 1000\n");
        NecessityReport report = NecessityWorlds.measure(dir, NoiseSource.SCHULDHULP, 23, 6_000, config);
        Necessity.Result r = report.result();

        assertThat(r.onSample()).isTrue();
        assertThat(r.fitRows()).isEqualTo(1000);
        assertThat(r.trainingRows()).isGreaterThan(1000);
        assertThat(r.sources()).hasSize(5);
        assertThat(r.risks()).hasSize(5);
        assertThat(r.fullRisk()).hasSize(r.testRows().length);
        assertThat(report.json().path("fitRows").asInt()).isEqualTo(1000);
        assertThat(report.json().path("trainingRows").asInt()).isEqualTo(r.trainingRows());
        assertThat(report.html(Texts.builtIn())).contains("dezelfde steekproef van 1000 van de "
                + r.trainingRows() + " jongeren");
    }
}
