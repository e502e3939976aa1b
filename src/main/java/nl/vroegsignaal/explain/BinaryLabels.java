package nl.vroegsignaal.explain;

import java.util.Map;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * The two labels of the VSV task as a model knows them: "1" (left school without a basic qualification) and
 * "0", with their ids in the model's output domain.
 */
final class BinaryLabels {
    static final String POSITIVE = "1";
    static final String NEGATIVE = "0";

    final int positiveId;
    final int negativeId;

    private BinaryLabels(int positiveId, int negativeId) {
        this.positiveId = positiveId;
        this.negativeId = negativeId;
    }

    static BinaryLabels of(Model<Label> model) {
        ImmutableOutputInfo<Label> info = model.getOutputIDInfo();
        int pos = info.getID(new Label(POSITIVE));
        int neg = info.getID(new Label(NEGATIVE));
        if (info.size() != 2 || pos < 0 || neg < 0) {
            throw new IllegalArgumentException("model '" + model.getName() + "' must predict exactly the labels "
                    + POSITIVE + " and " + NEGATIVE + ", found " + info.getDomain());
        }
        return new BinaryLabels(pos, neg);
    }

    /** P("1") as the model reports it. */
    static double probability(Prediction<Label> prediction) {
        return score(prediction.getOutputScores(), POSITIVE);
    }

    /**
     * The model's log-odds of "1" versus "0", from the two scores it reports (not from 1 - p, which loses
     * precision near 1): this is the quantity the contribution engines decompose.
     */
    static double logOdds(Prediction<Label> prediction) {
        Map<String, Label> scores = prediction.getOutputScores();
        return Math.log(score(scores, POSITIVE)) - Math.log(score(scores, NEGATIVE));
    }

    private static double score(Map<String, Label> scores, String label) {
        Label l = scores.get(label);
        if (l == null) {
            throw new IllegalArgumentException("prediction has no score for label " + label);
        }
        return l.getScore();
    }
}
