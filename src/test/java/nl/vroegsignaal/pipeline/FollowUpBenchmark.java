package nl.vroegsignaal.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.vroegsignaal.followup.FollowUp;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.sample.ContactSimulator;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;
import nl.vroegsignaal.sample.Scale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test: {@code followup} on a city-scale three-year history (target: under 60 s on 2 cores). Builds
 * the city, a logistic model with its three newest labelled cohorts held out, and the history of the three lists with
 * filled contact logs and a 5% random stream; then times the follow-up (read the history, link the newest input, back-test, step audit,
 * drift, calibration; without writing) and, in the same run, the link step alone as the reference:
 * <pre>
 * mvn -B -Pbenchmark test -Dtest=FollowUpBenchmark -Dbench.heap=4g
 * </pre>
 */
@Tag("benchmark")
class FollowUpBenchmark {
    @Test
    void followUpOfACityScaleThreeYearHistory(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("city");
        SampleGenerator.generate(SampleOptions.of(Scale.CITY), input);
        Path config = dir.resolve("followup.yaml");
        // the lists with a 5% random stream, so that the effect estimate is timed too
        Files.writeString(config, FollowUpKnownTruthTest.CONFIG + "signal:\n  randomStream:\n    enabled: true\n"
                + "    share: 0.05\n    pool: 1.0\n    seed: 7\n    decision: \"benchmark\"\n");
        Path model = dir.resolve("model");
        TrainPipeline.run(TrainingData.fromInputFolder(input), ConfigLoader.load(config), model);
        List<LocalDate> years = AuditCohort.testPeildata(SavedModel.load(model));
        Path history = dir.resolve("history");
        HistoryBuilder.build(model, input, years, ContactSimulator.Knobs.unbiased(1), history);
        long l0 = System.nanoTime();
        Linker.read(input);
        double link = (System.nanoTime() - l0) / 1e9;
        long t0 = System.nanoTime();
        FollowUp.Report r = FollowUpStage.compute(model, input, history);
        double followUp = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "FollowUpBenchmark (city, %d processors, max heap %d MB, load average %.2f): "
                        + "followup %.1f s wall for %d past lists at %s (target < 60 s); link alone %.1f s; ratio %.2f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), followUp, r.backTests().size(),
                years, link, followUp / link);
        System.out.println("FollowUpBenchmark: effect of contact " + r.effect().verdict() + " from " + r.effect().lists()
                + " lists with a draw");
        org.assertj.core.api.Assertions.assertThat(followUp).as("followup on city, s").isLessThan(60);
    }
}
