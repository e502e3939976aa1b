package nl.vroegsignaal.fairness;

/**
 * How well one feature on its own separates a group from everyone else: max(AUC, 1 - AUC), so 0.5 is not at all
 * and 1 is perfectly, whichever direction. Categorical features score each level by the group's share in it,
 * estimated on the other half of the persons (cross-fitted), so that many levels do not flatter the AUC.
 */
public record GroupAuc(GroupKey group, double auc) {
}
