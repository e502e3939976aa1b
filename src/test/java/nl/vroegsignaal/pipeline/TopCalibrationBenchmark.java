package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.model.Calibration;
import nl.vroegsignaal.model.Comparison;
import nl.vroegsignaal.model.Estimate;
import nl.vroegsignaal.model.Evaluation;
import nl.vroegsignaal.model.EvaluationInput;
import nl.vroegsignaal.model.Evaluator;
import nl.vroegsignaal.model.RiskModelTrainer;
import nl.vroegsignaal.model.SplitRows;
import nl.vroegsignaal.model.TopCalibration;
import nl.vroegsignaal.model.TrainingResult;
import nl.vroegsignaal.model.TribuoRiskModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: calibration at the top of the list (issue 15, point 6) on several worlds. Trains the
 * default configuration on each folder, then evaluates on the test cohort, with the evaluation's own code and
 * bootstrap, the saved model's risk (the configured calibration, {@code train.calibration}) against Platt scaling
 * fitted on the same validation scores (the calibration before {@code platt-tail}). Prints per world the top
 * 1%, 3% and 10% (mean predicted / observed [95% Wilson interval], and the generator's true mean when the folder
 * has its truth file), whether the top 1% and 3% hold, the ECE and precision at capacity with their intervals,
 * and whether the ranking is the same. Fails when the ranking differs: the calibration may only move the risk.
 * <pre>
 * java -jar target/vroegsignaal.jar sample --scale city --out W1   (and --seed 2 ... 8 for W2 ... W8)
 * mvn -B -o -Pbenchmark test -Dtest=TopCalibrationBenchmark -Dbench.heap=4g -Dbench.inputs=W1,...,W8
 * </pre>
 */
@Tag("benchmark")
class TopCalibrationBenchmark {

    @Test
    void topOfTheListOnEveryWorld() {
        String inputs = System.getProperty("bench.inputs");
        Assumptions.assumeTrue(inputs != null, "-Dbench.inputs=DIR[,DIR...] (folders made by sample) is required");
        LoadedConfig loaded = ConfigLoader.defaults();
        VroegsignaalConfig config = loaded.config();
        int[] holds = new int[2];
        int checks = 0;
        StringBuilder summary = new StringBuilder();
        for (String dir : inputs.split(",")) {
            TrainingData data = TrainingData.fromInputFolder(Path.of(dir));
            FeatureMatrix m = data.matrix();
            long seed = config.seed();
            TrainingResult result = RiskModelTrainer.train(m, data.split(config.train().split(), seed),
                    config.train(), seed);
            SplitRows rows = result.rows();
            TribuoRiskModel model = result.chosen();
            byte[] validationLabels = labels(m, rows.validation());
            Calibration platt = Calibration.fitPlatt(model.rawScores(m, rows.validation()), validationLabels);
            double[] raw = model.rawScores(m, rows.test());
            double[] before = platt.applyAll(raw);
            double[] after = model.calibration().applyAll(raw);
            List<double[]> risks = List.of(before, after);
            List<String> names = List.of("before", "after");
            EvaluationInput oracle = data.oracle() == null ? null : EvaluationInput.of("oracle",
                    Arrays.stream(rows.test()).mapToDouble(r -> data.oracle()[r]).toArray(), m, rows.test());
            Comparison c = Evaluator.evaluatePaired(List.of(EvaluationInput.of("before", before, m, rows.test()),
                    EvaluationInput.of("after", after, m, rows.test())), oracle, config.evaluate().options(seed));
            boolean sameRanking = sameOrder(raw, before) && sameOrder(raw, after);
            System.out.printf(Locale.ROOT, "%s: %d test rows, saved calibration %s%n", dir, raw.length,
                    model.calibration());
            double[] truth = oracle == null ? null : oracle.risk();
            for (int i = 0; i < risks.size(); i++) {
                Evaluation e = c.candidates().get(i);
                System.out.printf(Locale.ROOT, "  %-8s ECE %s, precision at capacity %s, mean risk %.4f (true %s)%n",
                        names.get(i), show(e.expectedCalibrationError()),
                        show(e.atCapacity().precision()), mean(risks.get(i)),
                        truth == null ? "-" : String.format(Locale.ROOT, "%.4f", mean(truth)));
                for (TopCalibration t : TopCalibration.of(risks.get(i), labels(m, rows.test()))) {
                    boolean checked = t.share() < 0.05;
                    System.out.printf(Locale.ROOT, "    top %2.0f%%: %.3f / %.3f [%.3f-%.3f]%s%s%n", 100 * t.share(),
                            t.meanPredicted(), t.observedRate(), t.lower(), t.upper(),
                            truth == null ? "" : String.format(Locale.ROOT, " true %.3f", topTruth(raw, truth, t)),
                            checked ? (t.holds() ? " holds" : " MISSES") : "");
                    if (checked) {
                        holds[i] += t.holds() ? 1 : 0;
                        checks += i == 0 ? 1 : 0;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "  same ranking before and after: %s%n", sameRanking);
            summary.append(String.format(Locale.ROOT, "  %s: ECE %.4f -> %.4f, precision at capacity %.4f -> %.4f%n",
                    dir, c.candidates().get(0).expectedCalibrationError().value(),
                    c.candidates().get(1).expectedCalibrationError().value(),
                    c.candidates().get(0).atCapacity().precision().value(),
                    c.candidates().get(1).atCapacity().precision().value()));
            assertThat(sameRanking).as("the calibration keeps the ranking on " + dir).isTrue();
        }
        System.out.printf(Locale.ROOT, "TopCalibrationBenchmark (%d processors, load average %.2f): top 1%% and 3%% "
                        + "hold on %d of %d checks before (platt), %d after (%s)%n%s",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), holds[0], checks,
                holds[1], config.train().calibration().key(), summary);
    }

    private static byte[] labels(FeatureMatrix m, int[] rows) {
        byte[] y = new byte[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = m.label()[rows[i]];
        }
        return y;
    }

    /** True when ordering by risk gives the order by raw score, with ties exactly where the raw scores tie. */
    private static boolean sameOrder(double[] raw, double[] risk) {
        Integer[] order = new Integer[raw.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(raw[i], raw[j]));
        for (int i = 1; i < order.length; i++) {
            int cmpRaw = Double.compare(raw[order[i]], raw[order[i - 1]]);
            int cmpRisk = Double.compare(risk[order[i]], risk[order[i - 1]]);
            if (cmpRaw != cmpRisk) {
                return false;
            }
        }
        return true;
    }

    /** The true mean risk of the top share, ranked as {@link TopCalibration#of} ranks (by risk, same order). */
    private static double topTruth(double[] raw, double[] truth, TopCalibration t) {
        Integer[] order = new Integer[raw.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(raw[j], raw[i]));
        double sum = 0;
        for (int i = 0; i < t.persons(); i++) {
            sum += truth[order[i]];
        }
        return sum / t.persons();
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElse(Double.NaN);
    }

    private static String show(Estimate e) {
        return e.hasInterval() ? String.format(Locale.ROOT, "%.4f [%.4f-%.4f]", e.value(), e.lower(), e.upper())
                : String.format(Locale.ROOT, "%.4f", e.value());
    }
}
