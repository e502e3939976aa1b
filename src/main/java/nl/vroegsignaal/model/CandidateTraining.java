package nl.vroegsignaal.model;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.IntStream;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import nl.vroegsignaal.core.Parallel;
import nl.vroegsignaal.core.Progress;
import nl.vroegsignaal.features.FeatureMatrix;
import de.bwaldvogel.liblinear.FeatureNode;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains every candidate of the grid on the training rows and scores it on the validation rows, several at
 * once. In the grid each fit runs on one thread, so a busy machine slows every fit evenly instead of stalling a
 * multi-threaded one; the final fits after a sampled grid give XGBoost the cores other processes leave free,
 * looked at again every few rounds ({@link nl.vroegsignaal.core.Cores}). A model never depends on the number of
 * threads; results come back in candidate order whatever
 * finishes first. Each library's input is built once, straight from the feature matrix ({@link SparseInputs}),
 * and shared by its candidates: an XGBoost matrix, liblinear nodes. No Tribuo example is built for training.
 */
final class CandidateTraining {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateTraining.class);

    /** A trained candidate: its validation figures, the model and its probabilities on the validation rows. */
    record Fit(CandidateResult result, Model<Label> model, double[] validationProbabilities) {
    }

    private final long seed;
    private final int xgboostThreads;
    private final Map<String, Provenance> runProvenance;
    private final boolean[] isPositive;
    private BoosterFit.TrainingRows trainRows;
    private SparseInputs validationRows;
    private FeatureNode[][] liblinearTrain;
    private FeatureNode[][] liblinearValidation;
    /** XGBoost matrices (training, validation), one pair per fit running at once: native caches are not shared. */
    private final LinkedBlockingQueue<DMatrix[]> matrices = new LinkedBlockingQueue<>();
    private final List<DMatrix[]> allMatrices = new ArrayList<>();

    private CandidateTraining(long seed, int xgboostThreads, Map<String, Provenance> runProvenance,
                              boolean[] isPositive) {
        this.seed = seed;
        this.xgboostThreads = xgboostThreads;
        this.runProvenance = runProvenance;
        this.isPositive = isPositive;
    }

    /**
     * Every candidate trained on {@code train} and scored on {@code validation}, in candidate order, {@code parallel}
     * at a time; each XGBoost fit on one thread, or on the free cores up to {@code xgboostThreads} (the trees do not
     * depend on it).
     */
    static List<Fit> run(List<CandidateSpec> candidates, FeatureEncoding encoding, FeatureMatrix matrix,
                         int[] train, int[] validation, long seed, Map<String, Provenance> runProvenance,
                         int parallel, int xgboostThreads) {
        byte[] y = Baselines.labels(matrix, validation);
        boolean[] isPositive = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            isPositive[i] = y[i] == 1;
        }
        CandidateTraining t = new CandidateTraining(seed, xgboostThreads, runProvenance, isPositive);
        t.prepare(candidates, encoding, matrix, train, validation);
        int workers = Math.max(1, Math.min(parallel, candidates.size()));
        LOG.info("training {} candidates, {} at a time, XGBoost on {} each", candidates.size(), workers,
                xgboostThreads == 1 ? "1 thread" : "the free cores, at most " + xgboostThreads);
        Progress progress = Progress.start("training candidates", candidates.size(), "models");
        try {
            int[] schedule = longestFirst(candidates);
            List<Callable<Fit>> fits = new ArrayList<>();
            for (int c : schedule) {
                CandidateSpec spec = candidates.get(c);
                fits.add(() -> {
                    Fit fit = t.fit(spec);
                    synchronized (progress) {
                        progress.stepBy(1);
                    }
                    return fit;
                });
            }
            List<Fit> done = Parallel.all(fits, workers, "train", "training");
            Fit[] inCandidateOrder = new Fit[candidates.size()];
            for (int i = 0; i < schedule.length; i++) {
                inCandidateOrder[schedule[i]] = done.get(i);
            }
            return List.of(inCandidateOrder);
        } finally {
            progress.close();
            t.dispose();
        }
    }

    /**
     * The order in which the fits start: the longest first, so that with several at a time the short logistic
     * fits fill the gaps at the end instead of a long tree fit starting last (on city this shortens the grid by
     * about the length of one logistic fit). Trees before logistic fits; trees by rounds times depth, logistic
     * fits by cost (weaker shrinkage takes more iterations); ties keep the candidate order. Only the start order
     * changes: every fit is seeded on its own and results come back in candidate order.
     */
    static int[] longestFirst(List<CandidateSpec> candidates) {
        Comparator<Integer> order = Comparator
                .comparing((Integer c) -> !(candidates.get(c) instanceof CandidateSpec.BoostedTrees))
                .thenComparing(c -> -expectedCost(candidates.get(c)));
        return IntStream.range(0, candidates.size()).boxed().sorted(order)
                .mapToInt(Integer::intValue).toArray();
    }

    /** Comparable within one family only. */
    private static double expectedCost(CandidateSpec spec) {
        return spec instanceof CandidateSpec.BoostedTrees trees
                ? (double) trees.trees() * trees.maxDepth()
                : ((CandidateSpec.Logistic) spec).cost();
    }

    private void prepare(List<CandidateSpec> candidates, FeatureEncoding encoding, FeatureMatrix matrix,
                         int[] train, int[] validation) {
        boolean logistic = candidates.stream().anyMatch(c -> c instanceof CandidateSpec.Logistic);
        String description = "vroegsignaal training rows (" + train.length + ")";
        List<String> names = encoding.modelFeatureNames();
        var ids = SparseInputs.ids(names);
        trainRows = BoosterFit.TrainingRows.of(SparseInputs.of(encoding, matrix, train, ids), names, matrix.label(),
                train, description);
        validationRows = SparseInputs.of(encoding, matrix, validation, ids);
        if (logistic) {
            liblinearTrain = trainRows.inputs().toLiblinear();
            liblinearValidation = validationRows.toLiblinear();
        }
        LOG.info("training set: {} rows, {} model features", train.length, encoding.modelFeatureNames().size());
    }

    private Fit fit(CandidateSpec spec) {
        long t0 = System.nanoTime();
        Model<Label> model;
        double[] p;
        if (spec instanceof CandidateSpec.BoostedTrees trees) {
            DMatrix[] m = takeMatrices();
            try {
                BoosterFit.Fitted fitted = BoosterFit.fit(trees, seed, trainRows, m[0], m[1], runProvenance,
                        xgboostThreads);
                model = fitted.model();
                p = fitted.validationProbabilities();
            } finally {
                matrices.add(m);
            }
        } else {
            BoosterFit.Fitted fitted = LogisticFit.fit((CandidateSpec.Logistic) spec, seed, trainRows, liblinearTrain,
                    liblinearValidation, runProvenance);
            // stored as plain coefficients: a LibLinear model file embeds a Java object stream
            model = LinearModelForm.storable(fitted.model());
            p = fitted.validationProbabilities();
        }
        CandidateResult result = new CandidateResult(spec, LabelEvaluationUtil.averagedPrecision(isPositive, p),
                LabelEvaluationUtil.binaryAUCROC(isPositive, p));
        LOG.info("{}: validation AUC-PR {}, AUC-ROC {} ({} s)", spec.description(),
                String.format(Locale.ROOT, "%.4f", result.validationAucPr()),
                String.format(Locale.ROOT, "%.4f", result.validationAucRoc()),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        return new Fit(result, model, p);
    }

    private DMatrix[] takeMatrices() {
        DMatrix[] m = matrices.poll();
        if (m != null) {
            return m;
        }
        try {
            m = new DMatrix[] {trainRows.toDMatrix(), validationRows.toDMatrix(null)};
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not build its input matrix: " + e.getMessage(), e);
        }
        synchronized (allMatrices) {
            allMatrices.add(m);
        }
        return m;
    }

    private void dispose() {
        synchronized (allMatrices) {
            for (DMatrix[] m : allMatrices) {
                m[0].dispose();
                m[1].dispose();
            }
            allMatrices.clear();
        }
    }
}
