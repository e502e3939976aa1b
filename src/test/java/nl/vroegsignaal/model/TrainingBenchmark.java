package nl.vroegsignaal.model;

import nl.vroegsignaal.report.EvaluationReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.vroegsignaal.pipeline.ConfigLoader;
import nl.vroegsignaal.pipeline.LoadedConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * City scale with the default configuration: 7 cohorts of 75,000 rows (6 labelled, about 450,000 rows) and 30
 * features, trained, reported and saved; prints the wall time per stage and the quality against the oracle.
 * Run: {@code mvn -B -o -Pbenchmark test -Dtest=TrainingBenchmark -Dbench.heap=4g}
 */
@Tag("benchmark")
class TrainingBenchmark {

    @Test
    void trainAtCityScaleWithTheDefaultConfiguration(@TempDir Path dir) throws Exception {
        long t0 = System.nanoTime();
        long c0 = cpu();
        SyntheticCohorts data = SyntheticCohorts.generate(7, 75_000, 21, 2024);
        long t1 = System.nanoTime();
        long c1 = cpu();
        LoadedConfig config = ConfigLoader.defaults();
        long seed = config.config().seed();
        TrainSettings settings = config.config().train();
        TrainingResult result = RiskModelTrainer.train(data.matrix(),
                OutOfTimeSplit.byPeildatum(data.matrix(), 1, 1), settings, seed);
        long t2 = System.nanoTime();
        RunInfo run = new RunInfo("synthetic", java.util.Map.of(), config.resolved(), config.sha256(), "defaults",
                seed);
        TrainingProvenance provenance = TrainingProvenance.of(result, run);
        TrainingReport report = TrainingReport.ofTraining(result, data.matrix(), config.config().evaluate(),
                provenance, null).writtenBy(EvaluationReport::write);
        long t3 = System.nanoTime();
        SavedModel.save(dir.resolve("city"), result, provenance, report);
        long t4 = System.nanoTime();
        long c4 = cpu();
        SavedModel.load(dir.resolve("city")).model().score(data.matrix());
        long t5 = System.nanoTime();

        int[] test = result.rows().test();
        byte[] label = Baselines.labels(data.matrix(), test);
        double[] truth = Arrays.stream(test).mapToDouble(r -> data.truth()[r]).toArray();
        EvaluationOptions options = config.config().evaluate().options(seed);
        Comparison vsOracle = Evaluator.evaluatePaired(List.of(
                new EvaluationInput("xgboost", model(result, ModelKind.GRADIENT_BOOSTED_TREES).score(data.matrix(),
                        test), label, null),
                new EvaluationInput("logistic", model(result, ModelKind.LOGISTIC_REGRESSION).score(data.matrix(),
                        test), label, null)), new EvaluationInput("oracle", truth, label, null), options);
        int capacity = options.capacity().resolve(test.length);
        double oracle = vsOracle.oracle().atCapacity().precision().value();
        double gbt = precision(report, ModelKind.GRADIENT_BOOSTED_TREES);
        double lr = precision(report, ModelKind.LOGISTIC_REGRESSION);
        double gbtEce = report.evaluation(ModelKind.GRADIENT_BOOSTED_TREES).orElseThrow()
                .expectedCalibrationError().value();
        Estimate ratio = vsOracle.ratioFor("xgboost").orElseThrow().precisionRatio();
        System.out.printf(Locale.ROOT, "%nrows %d (labelled %d), model features %d%n", data.matrix().rows(),
                result.rows().train().length + result.rows().validation().length + test.length,
                result.encoding().modelFeatureNames().size());
        System.out.printf(Locale.ROOT, "generate %.1fs, train (all candidates + baselines) %.1fs, report %.1fs, "
                + "save %.1fs, load + score all rows %.1fs; train+report+save %.1fs%n", s(t0, t1), s(t1, t2),
                s(t2, t3), s(t3, t4), s(t4, t5), s(t1, t4));
        System.out.printf(Locale.ROOT, "process CPU time: generate %.1fs, train+report+save %.1fs (on 2 cores the "
                + "wall time is at least half of that); load average now %.1f%n", (c1 - c0) / 1e9, (c4 - c1) / 1e9,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.summary().forEach(System.out::println);
        System.out.printf(Locale.ROOT, "precision@capacity (k=%d): oracle %.4f, boosted trees %.4f (%.1f%% of "
                + "oracle, paired 95%% interval %.1f%%-%.1f%%), logistic %.4f%n", capacity, oracle, gbt,
                100 * ratio.value(), 100 * ratio.lower(), 100 * ratio.upper(), lr);
        assertThat(ratio.value()).isGreaterThanOrEqualTo(0.9);
        assertThat(gbt).isGreaterThan(lr);
        assertThat(gbtEce).isLessThan(0.01);
    }

    private static RiskModel model(TrainingResult result, ModelKind kind) {
        return result.compared().stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
    }

    private static double precision(TrainingReport report, ModelKind kind) {
        return report.evaluation(kind).orElseThrow().atCapacity().precision().value();
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double s(long from, long to) {
        return (to - from) / 1e9;
    }
}
