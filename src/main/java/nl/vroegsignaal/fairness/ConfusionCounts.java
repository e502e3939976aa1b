package nl.vroegsignaal.fairness;

/**
 * A group's 2x2 table of actual outcome by selection at capacity, with its margins, after suppression.
 * Positive means left school early (label 1); selected means on the list.
 */
public record ConfusionCounts(Count truePositives, Count falsePositives, Count falseNegatives,
                              Count trueNegatives, Count positives, Count negatives, Count selected,
                              Count notSelected) {
}
