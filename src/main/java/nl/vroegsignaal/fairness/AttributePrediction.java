package nl.vroegsignaal.fairness;

/**
 * How well all features together predict an attribute: the held-out AUC of a logistic regression that tells the
 * reference group (the largest) from all others. Near 0.5 the features hardly encode the attribute; the closer to
 * 1, the more a model could, in effect, use it without being given it.
 *
 * @param trainRows rows of the persons used for fitting
 * @param testRows  rows of the held-out persons the AUC is measured on
 */
public record AttributePrediction(ProtectedAttribute attribute, GroupKey reference, int trainRows, int testRows,
                                  double auc) {
}
