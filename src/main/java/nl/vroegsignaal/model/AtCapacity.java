package nl.vroegsignaal.model;

/**
 * Precision, recall and lift of the top k of a ranking. When several rows share the score at the cut-off and
 * not all of them fit, the selection is ambiguous: the headline value is the expectation under a random
 * tie-break, and the worst and best case take the fewest and the most positives among the tied rows.
 *
 * @param k             number of rows selected
 * @param positives     positives in the whole list
 * @param truePositives expected number of positives selected
 * @param cutoffScore   the score of the k-th row
 * @param tiedAtCutoff  rows with exactly the cut-off score
 * @param tiedSelected  how many of those are selected (k minus the rows scoring above the cut-off)
 */
public record AtCapacity(int k, double precision, double precisionWorst, double precisionBest,
                         double recall, double recallWorst, double recallBest,
                         double lift, double liftWorst, double liftBest,
                         int positives, double truePositives, double cutoffScore, int tiedAtCutoff,
                         int tiedSelected) {

    /** True when ties at the cut-off make the selection (and so the figures) depend on a tie-break. */
    public boolean ambiguous() {
        return tiedSelected < tiedAtCutoff && precisionWorst != precisionBest;
    }
}
