package nl.vroegsignaal.explain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.report.SignalFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;

/**
 * The signal step at city scale: 70,000 persons in the population at P, 31 catalogue features (35 model
 * features after one-hot encoding), a logistic regression and a 200-tree depth-6 XGBoost model. Times each
 * phase of what {@code signal} does after loading: encode, score, explain the top K, write the three files; and,
 * as a worst case, exact contributions for all 70,000 rows. Target: the whole step under 15 s on 2 cores.
 * <p>
 * Run: {@code mvn -B -o -Pbenchmark test -Dtest=ExplainBenchmark -Dbench.heap=4g}
 */
@Tag("benchmark")
class ExplainBenchmark {
    private static final int POPULATION = 70_000;
    private static final int CAPACITY = 1_000;

    @Test
    void signalStepAtCityScale(@TempDir Path tmp) throws Exception {
        FeatureMatrix matrix = SyntheticPopulation.matrix(POPULATION, 41);
        MatrixEncoder encoder = new MatrixEncoder();
        List<Example<Label>> train = encoder.examples(matrix, SignalExplainer.rowsAt(matrix, SyntheticPopulation.TRAIN));
        int[] population = SignalExplainer.rowsAt(matrix, SyntheticPopulation.SCORE);

        Mark t = now();
        Model<Label> linear = new LogisticRegressionTrainer().train(SyntheticExamples.dataset(train));
        report("train LR (not part of the step)", t);
        t = now();
        Model<Label> trees = new XGBoostClassificationTrainer(200, Map.of("max_depth", 6, "eta", 0.1,
                "objective", "multi:softprob", "tree_method", "hist", "nthread", 2, "seed", 1))
                .train(SyntheticExamples.dataset(train));
        report("train XGBoost 200 x depth 6 (not part of the step)", t);

        for (Model<Label> model : List.of(linear, trees)) {
            String name = ContributionEngines.modelTypeNl(model);
            System.out.println("== " + name);
            for (int run = 1; run <= 2; run++) {
                Mark start = now();
                t = start;
                List<Example<Label>> examples = encoder.examples(matrix, population);
                report("encode " + POPULATION + " rows", t);
                t = now();
                double[] score = model.predict(examples).stream().mapToDouble(BinaryLabels::probability).toArray();
                double[] risk = Arrays.stream(score).map(p -> p * 0.5).toArray();
                report("score " + POPULATION + " rows", t);
                t = now();
                SignalLists list = SignalExplainer.explain(new SignalInput(model, encoder, matrix, population, score,
                        risk), new SignalSettings(SyntheticPopulation.SCORE, "bench", new Selection.Shared(CAPACITY),
                        Map.of(), "bench", Map.of(), List.of(), KnownPersons.none(), Map.of("version", "bench")));
                report("select, explain and give reasons for the top " + CAPACITY, t);
                t = now();
                Path dir = tmp.resolve("run-" + run);
                SignalFiles.write(list, dir);
                report("write csv, json, html", t);
                report("RUN " + run + ": WHOLE SIGNAL STEP", start);
            }
            // TreeSHAP costs about a millisecond of CPU per row for this ensemble: measure a slice, not all rows
            int[] slice = model == trees ? Arrays.copyOf(population, 5_000) : population;
            t = now();
            Contributions all = ContributionEngines.forModel(model).explain(model, encoder.examples(matrix, slice));
            report("worst case: contributions for " + all.rows() + " rows (incl. encoding)", t);
            double maxError = 0;
            List<Double> logOdds = model.predict(encoder.examples(matrix, slice)).stream()
                    .map(BinaryLabels::logOdds).toList();
            for (int r = 0; r < all.rows(); r++) {
                if (Double.isFinite(logOdds.get(r))) {
                    maxError = Math.max(maxError, Math.abs(all.logOdds(r) - logOdds.get(r)));
                }
            }
            System.out.printf("   max |base + sum - model log-odds| over %d rows: %.3g%n", all.rows(), maxError);
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /** A start point in wall time and in process CPU time (all threads, XGBoost's native ones included). */
    private record Mark(long wall, long cpu) {
    }

    private static Mark now() {
        return new Mark(System.nanoTime(), OS.getProcessCpuTime());
    }

    /** On a shared machine the wall time varies with load; the CPU time much less. */
    private static void report(String what, Mark start) {
        System.out.printf("   %-66s %7.2f s wall %7.2f s cpu%n", what, (System.nanoTime() - start.wall()) / 1e9,
                (OS.getProcessCpuTime() - start.cpu()) / 1e9);
    }
}
