package nl.vroegsignaal.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;

/**
 * One point of a hyperparameter grid: which learner, with which settings. In provenance.json its {@code kind}
 * names the learner, which is how it is read back ({@link TrainingProvenance#read}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = CandidateSpec.Logistic.class, name = "LOGISTIC_REGRESSION"),
        @JsonSubTypes.Type(value = CandidateSpec.BoostedTrees.class, name = "GRADIENT_BOOSTED_TREES")})
@JsonIgnoreProperties(value = "description", allowGetters = true)
public sealed interface CandidateSpec {

    @JsonProperty("kind")
    ModelKind kind();

    /** The hyperparameters, in a fixed order, for reports and provenance. */
    @JsonIgnore
    Map<String, Object> hyperparameters();

    /** A fresh Tribuo trainer (fresh, so that its invocation count, part of the provenance, is always 0). */
    Trainer<Label> trainer(long seed);

    @JsonProperty("description")
    default String description() {
        StringBuilder sb = new StringBuilder(kind().label()).append(" (");
        String sep = "";
        for (Map.Entry<String, Object> e : hyperparameters().entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = ", ";
        }
        return sb.append(')').toString();
    }

    /**
     * L2-regularised logistic regression (LibLinear, primal trust-region Newton: deterministic and fast). The
     * trained weights are kept as a Tribuo linear model ({@link LinearModelForm}), whose file holds no Java
     * serialisation.
     *
     * @param cost inverse regularisation strength C: smaller means stronger shrinkage
     */
    record Logistic(double cost, int maxIterations, double tolerance) implements CandidateSpec {
        @Override
        public ModelKind kind() {
            return ModelKind.LOGISTIC_REGRESSION;
        }

        @Override
        public Map<String, Object> hyperparameters() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cost", cost);
            m.put("maxIterations", maxIterations);
            m.put("tolerance", tolerance);
            return m;
        }

        @Override
        public Trainer<Label> trainer(long seed) {
            return new LibLinearClassificationTrainer(
                    new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), cost, maxIterations,
                    tolerance, seed);
        }
    }

    /**
     * Gradient-boosted trees (XGBoost, histogram method, a fixed seed). Every fit runs on one thread, so its trees
     * never depend on how many cores there are; candidates run side by side instead ({@code train.threads}).
     */
    record BoostedTrees(int trees, int maxDepth, double eta, double minChildWeight, double subsample,
                        double colsample, double lambda, double alpha) implements CandidateSpec {
        /**
         * XGBoost threads recorded in the trainer's provenance and used in the grid, where fits run side by side.
         * A fit that runs alone may use more ({@link BoosterFit#fit}); the trees are the same.
         */
        static final int THREADS = 1;

        @Override
        public ModelKind kind() {
            return ModelKind.GRADIENT_BOOSTED_TREES;
        }

        @Override
        public Map<String, Object> hyperparameters() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trees", trees);
            m.put("maxDepth", maxDepth);
            m.put("eta", eta);
            m.put("minChildWeight", minChildWeight);
            m.put("subsample", subsample);
            m.put("colsample", colsample);
            m.put("lambda", lambda);
            m.put("alpha", alpha);
            return m;
        }

        @Override
        public Trainer<Label> trainer(long seed) {
            return new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE, XGBoostTrainer.TreeMethod.HIST,
                    trees, eta, 0.0, maxDepth, minChildWeight, subsample, colsample, lambda, alpha, THREADS,
                    XGBoostTrainer.LoggingVerbosity.SILENT, seed);
        }
    }
}
