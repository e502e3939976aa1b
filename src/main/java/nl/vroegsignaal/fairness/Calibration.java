package nl.vroegsignaal.fairness;

/**
 * Calibration within a group: what the model expected against what happened.
 *
 * @param meanRisk           mean predicted risk, with a bootstrap interval
 * @param observedRate       observed rate of early school leaving (the base rate), with a Wilson interval
 * @param observedToExpected observed rate / mean predicted risk, with a bootstrap interval; above 1 means the
 *                           model underestimates the group's risk
 */
public record Calibration(Estimate meanRisk, Rate observedRate, Estimate observedToExpected) {
}
