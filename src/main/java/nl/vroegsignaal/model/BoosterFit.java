package nl.vroegsignaal.model;

import com.oracle.labs.mlrg.olcut.provenance.ListProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.BooleanProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.IntProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import nl.vroegsignaal.core.Cores;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Tribuo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.xgboost.XGBoostClassificationConverter;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.common.xgboost.XGBoostOutputConverter;
import org.tribuo.provenance.DatasetProvenance;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one XGBoost candidate with xgboost4j on a matrix built once from the feature matrix, and wraps the
 * booster as the Tribuo {@link XGBoostModel} that Tribuo's own {@code XGBoostClassificationTrainer} would have
 * produced: the same parameters (two-class {@code multi:softprob}), the same label ids and feature ids, the
 * trainer's own provenance. Saving, loading, scoring and explanations therefore treat it like any Tribuo model;
 * {@code BoosterFitTest} checks that both paths grow the same trees.
 * <p>
 * Tribuo's trainer converts every example again for every candidate, which cost more than the fit itself.
 * Tribuo has no public constructor for an XGBoostModel around an external booster (its
 * {@code XGBoostExternalModel} is another model class, which our explanations and saved files do not use), so
 * the package-private constructor is called, as Tribuo's trainer does.
 */
final class BoosterFit {
    static final String MODEL_NAME = "xgboost-classification-model";
    private static final Logger LOG = LoggerFactory.getLogger(BoosterFit.class);
    /** Rounds between two looks at the free cores: about 10 s of a nation-scale fit. */
    static final int ROUNDS_PER_CHECK = 25;

    private BoosterFit() {
    }

    /** The training rows as Tribuo would see them: features, label ids, provenance. */
    record TrainingRows(SparseInputs inputs, ImmutableFeatureMap features, ImmutableOutputInfo<Label> labels,
                        float[] labelIds, DatasetProvenance provenance) {

        static TrainingRows of(SparseInputs inputs, List<String> inputNames, byte[] label, int[] rows,
                               String description) {
            LabelFactory factory = new LabelFactory();
            var info = factory.generateInfo();
            for (int r : rows) {
                info.observe(label[r] == 1 ? ExampleEncoder.POSITIVE : ExampleEncoder.NEGATIVE);
            }
            ImmutableOutputInfo<Label> labels = info.generateImmutableOutputInfo();
            float[] ids = new float[rows.length];
            int positive = labels.getID(ExampleEncoder.POSITIVE);
            int negative = labels.getID(ExampleEncoder.NEGATIVE);
            for (int i = 0; i < rows.length; i++) {
                ids[i] = label[rows[i]] == 1 ? positive : negative;
            }
            ImmutableFeatureMap features = SparseInputs.featureMap(inputNames, inputs);
            return new TrainingRows(inputs, features, labels, ids,
                    datasetProvenance(description, rows.length, features.size(), labels.size()));
        }

        DMatrix toDMatrix() throws XGBoostError {
            return inputs.toDMatrix(labelIds);
        }
    }

    /**
     * A fit of one candidate on {@code train}, with the run's provenance recorded inside the model. {@code threads}
     * is 1 (in the grid) or the most the fit may use, on the cores other processes leave free. It sets only the speed: XGBoost's {@code hist} method grows the same trees, byte for byte, on any number of
     * threads ({@code BoosterFitTest}), so the recorded trainer keeps {@link CandidateSpec.BoostedTrees#THREADS}.
     */
    static Fitted fit(CandidateSpec.BoostedTrees spec, long seed, TrainingRows rows, DMatrix train,
                      DMatrix validation, Map<String, Provenance> runProvenance, int threads) {
        try {
            Booster booster = threads == 1
                    ? XGBoost.train(train, parameters(spec, seed, rows.labels().size(), 1), spec.trees(), Map.of(),
                            null, null)
                    : trainOnFreeCores(spec, seed, rows.labels().size(), train, threads);
            float[][] p = booster.predict(validation);
            int positive = rows.labels().getID(ExampleEncoder.POSITIVE);
            double[] validationP = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                validationP[i] = p[i][positive];
            }
            ModelProvenance provenance = new ModelProvenance(XGBoostModel.class.getName(),
                    StableProvenance.FIXED_TIME, rows.provenance(), spec.trainer(seed).getProvenance(),
                    new java.util.TreeMap<>(runProvenance), true);
            return new Fitted(wrap(provenance, rows, booster), validationP);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not train " + spec.description() + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Boosting rounds in batches of {@link #ROUNDS_PER_CHECK}, each batch on the cores other processes leave free
     * (at most {@code maxThreads}), so that a long fit follows a neighbour that comes or goes instead of keeping the
     * thread count of its first quarter second. The batches continue one booster (XGBoost's own continuation),
     * changing only {@code nthread}, so the trees are those of one uninterrupted fit.
     */
    private static Booster trainOnFreeCores(CandidateSpec.BoostedTrees spec, long seed, int classes, DMatrix train,
                                            int maxThreads) throws XGBoostError {
        Cores.Meter meter = Cores.Meter.sampled();
        return trainInBatches(spec, seed, classes, train, meter.free(maxThreads), () -> meter.free(maxThreads));
    }

    /** The rounds in batches, the first on {@code threads}, each next one on what {@code next} says then. */
    static Booster trainInBatches(CandidateSpec.BoostedTrees spec, long seed, int classes, DMatrix train,
                                  int threads, java.util.function.IntSupplier next) throws XGBoostError {
        int upTo = Math.min(spec.trees(), ROUNDS_PER_CHECK);
        Booster booster = XGBoost.train(train, parameters(spec, seed, classes, threads), upTo, Map.of(), null, null);
        while (upTo < spec.trees()) {
            int now = next.getAsInt();
            if (now != threads) {
                LOG.info("XGBoost on {} thread(s) from round {} of {}", now, upTo + 1, spec.trees());
                threads = now;
            }
            upTo = Math.min(spec.trees(), upTo + ROUNDS_PER_CHECK);
            booster = XGBoost.train(train, Map.of("nthread", threads), upTo, Map.of(), null, null, null, 0, booster);
        }
        return booster;
    }

    /** A Tribuo model and its probabilities of VSV on the validation rows. */
    record Fitted(Model<Label> model, double[] validationProbabilities) {
    }

    /** The parameters Tribuo's XGBoostClassificationTrainer passes for this candidate. */
    static Map<String, Object> parameters(CandidateSpec.BoostedTrees spec, long seed, int classes, int threads) {
        Map<String, Object> m = new HashMap<>();
        m.put("eta", spec.eta());
        m.put("gamma", 0.0);
        m.put("max_depth", spec.maxDepth());
        m.put("min_child_weight", spec.minChildWeight());
        m.put("subsample", spec.subsample());
        m.put("colsample_bytree", spec.colsample());
        m.put("lambda", spec.lambda());
        m.put("alpha", spec.alpha());
        m.put("nthread", threads);
        m.put("seed", seed);
        m.put("verbosity", 0);
        m.put("booster", "gbtree");
        m.put("tree_method", "hist");
        m.put("objective", "multi:softprob");
        m.put("num_class", classes);
        return m;
    }

    private static DatasetProvenance datasetProvenance(String description, int rows, int features, int outputs) {
        Map<String, Provenance> m = new HashMap<>();
        m.put(ObjectProvenance.CLASS_NAME, new StringProvenance(ObjectProvenance.CLASS_NAME,
                SparseInputs.class.getName()));
        m.put("datasource", new SimpleDataSourceProvenance(description, StableProvenance.FIXED_TIME,
                new LabelFactory()));
        m.put("transformations", new ListProvenance<>());
        m.put("is-dense", new BooleanProvenance("is-dense", false));
        m.put("is-sequence", new BooleanProvenance("is-sequence", false));
        m.put("num-examples", new IntProvenance("num-examples", rows));
        m.put("num-features", new IntProvenance("num-features", features));
        m.put("num-outputs", new IntProvenance("num-outputs", outputs));
        m.put("tribuo-version", new StringProvenance("tribuo-version", Tribuo.VERSION));
        return new DatasetProvenance(m);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Model<Label> wrap(ModelProvenance provenance, TrainingRows rows, Booster booster) {
        try {
            Constructor<XGBoostModel> c = XGBoostModel.class.getDeclaredConstructor(String.class,
                    ModelProvenance.class, ImmutableFeatureMap.class, ImmutableOutputInfo.class, List.class,
                    XGBoostOutputConverter.class);
            c.setAccessible(true);
            return c.newInstance(MODEL_NAME, provenance, rows.features(), rows.labels(), List.of(booster),
                    new XGBoostClassificationConverter());
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("could not wrap an XGBoost booster as a Tribuo model: " + cause, cause);
        }
    }
}
