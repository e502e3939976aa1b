package nl.vroegsignaal.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speed of the bootstrap: n = 20,000 rows, 1000 resamples. Target: well under 2 s per candidate on one core.
 * Prints wall and CPU time of this thread (CPU time is the fairer figure on a shared machine). The lists of a
 * paired evaluation are shared out over the processors: {@link #listsSharedOverTheProcessors} prints the wall
 * ratio of that against one worker, in the same run.
 * Run: {@code mvn -B -o -Pbenchmark test -Dtest=EvaluatorBenchmark -Dbench.heap=1g}
 */
@Tag("benchmark")
class EvaluatorBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void bootstrapOfTwentyThousandRowsWithAThousandResamples() {
        SyntheticCohort cohort = SyntheticCohort.draw(1, 20_000);
        EvaluationOptions opt = EvaluationOptions.of(Capacity.ofCount(400), 1);
        Evaluator.evaluate(cohort.modelInput(), opt); // warm-up
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        Evaluation e = Evaluator.evaluate(cohort.modelInput(), opt);
        report("one candidate", 1, wall, cpu);
        System.out.printf(Locale.ROOT, "  AUC %.4f [%.4f, %.4f]%n", e.aucRoc().value(), e.aucRoc().lower(),
                e.aucRoc().upper());

        List<EvaluationInput> candidates = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(2);
        for (int c = 0; c < 4; c++) {
            double[] risk = new double[20_000];
            for (int i = 0; i < risk.length; i++) {
                double z = Math.log(cohort.model()[i] / (1 - cohort.model()[i])) + 0.5 * random.nextGaussian();
                risk[i] = 1 / (1 + Math.exp(-z));
            }
            candidates.add(new EvaluationInput("candidate " + c, risk, cohort.label(), cohort.sector()));
        }
        wall = System.nanoTime();
        cpu = THREADS.getCurrentThreadCpuTime();
        Evaluator.evaluatePaired(candidates, cohort.oracleInput(), opt);
        report("4 candidates + oracle, paired", 5, wall, cpu);
    }

    @Test
    void listsSharedOverTheProcessors() {
        SyntheticCohort cohort = SyntheticCohort.draw(3, 200_000);
        SplittableRandom random = new SplittableRandom(4);
        byte[] labels = cohort.label();
        List<RankedScores> lists = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            double[] risk = new double[labels.length];
            for (int i = 0; i < risk.length; i++) {
                double z = Math.log(cohort.model()[i] / (1 - cohort.model()[i])) + 0.5 * random.nextGaussian();
                risk[i] = 1 / (1 + Math.exp(-z));
            }
            lists.add(RankedScores.ofRisks(risk, labels, cohort.sector(), 10));
        }
        int processors = Runtime.getRuntime().availableProcessors();
        ResampledMetrics.resample(lists, 6000, 20, 1, processors); // warm-up
        long start = System.nanoTime();
        ResampledMetrics.resample(lists, 6000, 200, 1, 1);
        double one = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        ResampledMetrics.resample(lists, 6000, 200, 1, processors);
        double shared = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "6 lists x 200,000 rows, 200 resamples: one worker %.2f s, %d workers %.2f s, "
                + "ratio %.2f; load average %.1f%n", one, processors, shared, shared / one,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void report(String what, int lists, long wallStart, long cpuStart) {
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "%s: wall %.3f s, cpu %.3f s (cpu %.3f s per list)%n", what, wall, cpu,
                cpu / lists);
    }
}
