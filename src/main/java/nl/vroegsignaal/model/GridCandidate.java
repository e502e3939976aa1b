package nl.vroegsignaal.model;

/**
 * One trained grid point with the validation figures model selection compared (the test cohort is not used
 * for this choice), for the report's table of every trained candidate.
 *
 * @param saved true for the candidate that was saved
 * @see TrainingProvenance#grid()
 */
public record GridCandidate(String description, double validationAucPr, double validationAucRoc, boolean saved) {
}
