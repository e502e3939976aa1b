package nl.vroegsignaal.model;

import java.util.List;

/**
 * What training produced: the split, the encoding, the validation result of every candidate, the model that
 * is saved, and every ranking the report compares on the test rows (the best of each learner and the
 * baselines; the saved model is one of them).
 *
 * @param chosen       the model that is saved: the best validation AUC-PR over all candidates
 * @param choiceReason why it was chosen, in one sentence
 * @param compared     best logistic regression, best boosted trees, absence rule, environment baseline (as available)
 * @param notes        things every report must say (e.g. no out-of-time validation, a baseline left out)
 */
public record TrainingResult(DataSplit split, SplitRows rows, FeatureEncoding encoding,
                             List<CandidateResult> candidates, TribuoRiskModel chosen, String choiceReason,
                             List<RiskModel> compared, List<String> notes) {
    public TrainingResult {
        candidates = List.copyOf(candidates);
        compared = List.copyOf(compared);
        notes = List.copyOf(notes);
    }

    /** The same result with notes added (e.g. how a user's table was read), for every report and provenance. */
    public TrainingResult withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new TrainingResult(split, rows, encoding, candidates, chosen, choiceReason, compared, all);
    }
}
