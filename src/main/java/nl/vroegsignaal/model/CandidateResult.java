package nl.vroegsignaal.model;

/**
 * One grid point after training on the training rows: how well it ranked the validation rows.
 *
 * @param validationAucPr  average precision on validation, the selection criterion
 * @param validationAucRoc area under the ROC curve on validation, for information
 */
public record CandidateResult(CandidateSpec spec, double validationAucPr, double validationAucRoc) {
}
