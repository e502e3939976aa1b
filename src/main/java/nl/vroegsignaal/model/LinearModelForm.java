package nl.vroegsignaal.model;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.ModelProvenance;

/**
 * LibLinear finds the logistic regression (deterministic trust-region Newton, fast), but its Tribuo model file
 * embeds a Java-serialised liblinear object, and loading that runs Java deserialisation. This rewrites the
 * solution as Tribuo's {@link LinearSGDModel}, whose file holds the weights as a plain protobuf tensor: one
 * weight row per label, the bias in the last column, and a softmax. Putting liblinear's weight vector (the
 * log-odds of VSV) in the row of "1" and zeros in the other gives {@code softmax = 1 / (1 + exp(-w·x))}, exactly
 * liblinear's probability. Tribuo builds that model only through its trainer's protected {@code createModel}, hence this
 * subclass, which never trains anything.
 */
final class LinearModelForm extends LinearSGDTrainer {
    private static final LinearModelForm INSTANCE = new LinearModelForm();

    private LinearModelForm() {
        super(new LogMulticlass(), new AdaGrad(1.0), 1, 0L);
    }

    /**
     * The same logistic regression as a {@link LinearSGDModel}; its provenance keeps LibLinear's trainer and
     * dataset provenance (what found the weights) under the new model class.
     *
     * @throws IllegalArgumentException unless the model is a two-class probabilistic (logistic) liblinear model
     */
    static LinearSGDModel of(LibLinearClassificationModel lib) {
        de.bwaldvogel.liblinear.Model inner = lib.getInnerModels().get(0);
        if (lib.getInnerModels().size() != 1 || !inner.isProbabilityModel() || inner.getNrClass() != 2) {
            throw new IllegalArgumentException("LibLinear model '" + lib.getName() + "' must be a two-class "
                    + "logistic regression, found " + inner.getSolverType() + " with " + inner.getNrClass()
                    + " classes");
        }
        ImmutableFeatureMap features = lib.getFeatureIDMap();
        int n = features.size();
        DenseMatrix weights = new DenseMatrix(2, n + 1);
        // liblinear's decision value is the log-odds of the first label it saw; keep the weights in the row of
        // "1" (negated when that label was "0"), so that row reads as the log-odds of VSV
        int row = inner.getLabels()[0];
        double sign = 1.0;
        int positive = lib.getOutputIDInfo().getID(ExampleEncoder.POSITIVE);
        if (positive >= 0 && positive != row) {
            row = positive;
            sign = -1.0;
        }
        // liblinear numbers features from 1 (Tribuo id + 1) and ignores those beyond the ones it was trained with
        for (int j = 0; j < Math.min(n, inner.getNrFeature()); j++) {
            weights.set(row, j, sign * inner.getDecfunCoef(j + 1, 0));
        }
        weights.set(row, n, sign * inner.getDecfunBias(0));
        ModelProvenance old = lib.getProvenance();
        ModelProvenance provenance = new ModelProvenance(LinearSGDModel.class.getName(),
                StableProvenance.FIXED_TIME, old.getDatasetProvenance(), old.getTrainerProvenance(),
                new java.util.TreeMap<>(old.getInstanceProvenance().getMap()), true);
        return INSTANCE.createModel(lib.getName(), provenance, features, lib.getOutputIDInfo(),
                new LinearParameters(weights));
    }

    /** The model in the form it is saved and scored in: a liblinear model rewritten, any other as it is. */
    static Model<Label> storable(Model<Label> model) {
        return model instanceof LibLinearClassificationModel lib ? of(lib) : model;
    }
}
