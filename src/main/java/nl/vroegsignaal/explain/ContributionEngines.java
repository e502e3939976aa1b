package nl.vroegsignaal.explain;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.transform.TransformedModel;
import org.tribuo.transform.TransformerMap;

/**
 * Picks the exact engine for a model. Models without an exact additive explanation are refused rather than
 * approximated: a reason shown to a case worker must be what the model actually did.
 */
public final class ContributionEngines {
    private ContributionEngines() {
    }

    public static ContributionEngine forModel(Model<Label> model) {
        if (model instanceof TransformedModel<Label> transformed) {
            return new Transformed(forModel(transformed.getInnerModel()));
        }
        if (model instanceof LinearSGDModel) {
            return new LinearContributions();
        }
        if (model instanceof XGBoostModel) {
            return new TreeContributions();
        }
        throw new IllegalArgumentException("no exact explanation for a " + model.getClass().getSimpleName()
                + "; supported: LinearSGDModel, XGBoostModel (optionally inside a "
                + "TransformedModel)");
    }

    /** What kind of model this is, in Dutch, for the reader of a signal list. */
    public static String modelTypeNl(Model<Label> model) {
        if (model instanceof TransformedModel<Label> transformed) {
            return modelTypeNl(transformed.getInnerModel());
        }
        if (model instanceof LinearSGDModel) {
            return "logistische regressie";
        }
        if (model instanceof XGBoostModel) {
            return "gradient boosting met beslisbomen (XGBoost)";
        }
        return model.getClass().getSimpleName();
    }

    /**
     * A TransformedModel rescales features before its inner model sees them; transforming the examples the
     * same way (including densifying over the sorted feature names) explains the inner model's score, which is
     * the outer model's score, in terms of the same feature names.
     */
    private record Transformed(ContributionEngine inner) implements ContributionEngine {
        @Override
        public Contributions explain(Model<Label> model, List<Example<Label>> examples) {
            TransformedModel<Label> transformed = (TransformedModel<Label>) model;
            TransformerMap map = transformed.getTransformerMap();
            List<String> names = new ArrayList<>(model.getFeatureIDMap().keySet());
            names.sort(null);
            List<Example<Label>> inputs = new ArrayList<>(examples.size());
            for (Example<Label> e : examples) {
                inputs.add(transformed.getDensify() ? map.transformExample(e, names) : map.transformExample(e));
            }
            return inner.explain(transformed.getInnerModel(), inputs);
        }
    }
}
