package nl.vroegsignaal.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.pipeline.ConfigLoader;
import nl.vroegsignaal.pipeline.LoadedConfig;
import nl.vroegsignaal.pipeline.TrainingData;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;
import nl.vroegsignaal.sample.Scale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How close {@code train} is to the libraries it calls, and how it holds up beside a busy neighbour, on the
 * synthetic city (generated, or {@code -Dbench.input=DIR}), with the default configuration.
 * <p>
 * The library grid is the same candidates fitted by xgboost4j and liblinear called directly on arrays prepared
 * beforehand (a dense float matrix for XGBoost, liblinear nodes for the logistic regressions), with their
 * validation predictions, as many fits at once as {@code train} runs, one thread each. The ratio
 * {@code train / library grid} is measured in one run, so load on the machine hits both alike; the machine's
 * load average is printed with every figure. The neighbour test runs {@code train} once, then once more beside
 * one CPU-bound process it starts itself (a shell busy loop), and prints the ratio.
 * Run: {@code mvn -B -o -Pbenchmark test -Dtest=LibraryLimitBenchmark -Dbench.heap=4g}
 * ({@code -Dtest=LibraryLimitBenchmark#busyNeighbour} for the second figure alone).
 */
@Tag("benchmark")
class LibraryLimitBenchmark {

    @Test
    void libraryLimit(@TempDir Path tmp) throws Exception {
        City city = City.load(tmp);
        TrainSettings settings = city.config.config().train();
        long seed = city.config.config().seed();
        SplitRows rows = city.split.assign(city.matrix);
        FeatureEncoding encoding = FeatureEncoding.fit(city.matrix, rows.train());
        Prepared prepared = Prepared.of(encoding, city.matrix, rows);
        System.out.printf(Locale.ROOT, "%ncity: %d training rows, %d validation rows, %d model inputs, %d candidates, "
                        + "%d at a time; %d processors, load average %.1f%n", rows.train().length,
                rows.validation().length, prepared.width, settings.candidates().size(), settings.parallelFits(),
                Runtime.getRuntime().availableProcessors(), load());

        Timed lib = time(() -> libraryGrid(settings, seed, prepared));
        Timed project = time(() -> RiskModelTrainer.train(city.matrix, city.split, settings, seed));
        Timed lib2 = time(() -> libraryGrid(settings, seed, prepared));
        double libWall = Math.min(lib.wall, lib2.wall);
        System.out.printf(Locale.ROOT, "library grid: %.1f s wall, %.1f s CPU (again: %.1f s wall, %.1f s CPU)%n",
                lib.wall, lib.cpu, lib2.wall, lib2.cpu);
        System.out.printf(Locale.ROOT, "train (encoding, inputs, grid, selection, calibration, baselines): %.1f s "
                + "wall, %.1f s CPU%n", project.wall, project.cpu);
        System.out.printf(Locale.ROOT, "RATIO train / library grid: %.2f wall, %.2f CPU; outside the libraries "
                        + "%.1f s wall, %.1f s CPU; load average now %.1f%n", project.wall / libWall,
                project.cpu / Math.min(lib.cpu, lib2.cpu), project.wall - libWall,
                project.cpu - Math.min(lib.cpu, lib2.cpu), load());
    }

    @Test
    void busyNeighbour(@TempDir Path tmp) throws Exception {
        City city = City.load(tmp);
        TrainSettings settings = city.config.config().train();
        long seed = city.config.config().seed();
        System.out.printf(Locale.ROOT, "%n%d processors, load average %.1f before%n",
                Runtime.getRuntime().availableProcessors(), load());
        Timed alone = time(() -> RiskModelTrainer.train(city.matrix, city.split, settings, seed));
        double loadAlone = load();
        Process neighbour = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        Timed beside;
        double loadBeside;
        try {
            Thread.sleep(1000);
            beside = time(() -> RiskModelTrainer.train(city.matrix, city.split, settings, seed));
            loadBeside = load();
        } finally {
            neighbour.destroyForcibly();
        }
        System.out.printf(Locale.ROOT, "train without our neighbour: %.1f s wall, %.1f s CPU (load average %.1f)%n",
                alone.wall, alone.cpu, loadAlone);
        System.out.printf(Locale.ROOT, "train beside one CPU-bound process: %.1f s wall, %.1f s CPU (load average "
                + "%.1f)%n", beside.wall, beside.cpu, loadBeside);
        System.out.printf(Locale.ROOT, "RATIO with / without the neighbour: %.2f wall%n", beside.wall / alone.wall);
    }

    /** The city's feature matrix and split. */
    private record City(FeatureMatrix matrix, DataSplit split, LoadedConfig config) {
        static City load(Path tmp) throws IOException {
            Path dir;
            String input = System.getProperty("bench.input");
            if (input != null) {
                dir = Path.of(input);
            } else {
                dir = tmp.resolve("city");
                SampleGenerator.generate(SampleOptions.of(Scale.CITY), dir);
            }
            LoadedConfig config = ConfigLoader.defaults();
            TrainingData data = TrainingData.fromInputFolder(dir);
            return new City(data.matrix(), data.split(config.config().train().split(), config.config().seed()),
                    config);
        }
    }

    /** The arrays the bare library calls start from (built before any timing starts). */
    private record Prepared(float[] dense, int width, float[] trainLabels, float[] validationDense,
                            Feature[][] nodes, double[] y, Feature[][] validationNodes) {
        static Prepared of(FeatureEncoding encoding, FeatureMatrix matrix, SplitRows rows) {
            List<String> names = encoding.modelFeatureNames();
            var ids = SparseInputs.ids(names);
            SparseInputs train = SparseInputs.of(encoding, matrix, rows.train(), ids);
            SparseInputs validation = SparseInputs.of(encoding, matrix, rows.validation(), ids);
            float[] labels = new float[rows.train().length];
            double[] y = new double[labels.length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = matrix.label()[rows.train()[i]];
                y[i] = labels[i];
            }
            return new Prepared(dense(train), train.width(), labels, dense(validation), nodes(train), y,
                    nodes(validation));
        }

        /** Row-major, NaN where the sparse matrix stores nothing (XGBoost's missing, as on the sparse path). */
        private static float[] dense(SparseInputs s) {
            float[] d = new float[s.rows() * s.width()];
            Arrays.fill(d, Float.NaN);
            for (int r = 0; r < s.rows(); r++) {
                for (long k = s.rowStarts()[r]; k < s.rowStarts()[r + 1]; k++) {
                    d[r * s.width() + s.ids()[(int) k]] = (float) s.values()[(int) k];
                }
            }
            return d;
        }

        /** liblinear rows: feature ids from 1, then the bias input, as Tribuo feeds liblinear. */
        private static Feature[][] nodes(SparseInputs s) {
            return s.toLiblinear();
        }
    }

    /** Every candidate fitted by the bare library, with its validation predictions. */
    private static Object libraryGrid(TrainSettings settings, long seed, Prepared p) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(settings.parallelFits());
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            // the same start order as train, so that the ratio compares the fits and not the schedule
            for (int c : CandidateTraining.longestFirst(settings.candidates())) {
                CandidateSpec spec = settings.candidates().get(c);
                futures.add(pool.submit(() -> spec instanceof CandidateSpec.BoostedTrees trees
                        ? xgboost(trees, seed, p) : liblinear((CandidateSpec.Logistic) spec, p)));
            }
            for (Future<double[]> f : futures) {
                f.get();
            }
            return futures;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] xgboost(CandidateSpec.BoostedTrees spec, long seed, Prepared p) throws Exception {
        DMatrix train = new DMatrix(p.dense, p.trainLabels.length, p.width, Float.NaN);
        train.setLabel(p.trainLabels);
        DMatrix validation = new DMatrix(p.validationDense, p.validationDense.length / p.width, p.width, Float.NaN);
        try {
            Booster b = XGBoost.train(train, BoosterFit.parameters(spec, seed, 2, CandidateSpec.BoostedTrees.THREADS), spec.trees(), java.util.Map.of(),
                    null, null);
            float[][] pred = b.predict(validation);
            b.dispose();
            double[] out = new double[pred.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = pred[i][1];
            }
            return out;
        } finally {
            train.dispose();
            validation.dispose();
        }
    }

    private static double[] liblinear(CandidateSpec.Logistic spec, Prepared p) {
        Problem problem = new Problem();
        problem.l = p.y.length;
        problem.n = p.width + 1;
        problem.x = p.nodes;
        problem.y = p.y;
        problem.bias = 1.0;
        Parameter parameter = new Parameter(SolverType.L2R_LR, spec.cost(), spec.tolerance(), spec.maxIterations());
        parameter.setRandom(new java.util.Random(1));
        Linear.disableDebugOutput();
        de.bwaldvogel.liblinear.Model model = Linear.train(problem, parameter);
        double[] out = new double[p.validationNodes.length];
        double[] prob = new double[2];
        for (int i = 0; i < out.length; i++) {
            Linear.predictProbability(model, p.validationNodes[i], prob);
            out[i] = prob[1];
        }
        return out;
    }

    private interface Work {
        Object run() throws Exception;
    }

    private record Timed(double wall, double cpu) {
    }

    private static Timed time(Work w) throws Exception {
        long t0 = System.nanoTime();
        long c0 = cpu();
        w.run();
        return new Timed((System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
