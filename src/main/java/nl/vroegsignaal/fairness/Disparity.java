package nl.vroegsignaal.fairness;

/**
 * One group's metric as a ratio to the reference group's, with a percentile bootstrap interval and a verdict.
 * The ratio is suppressed when either group's metric is.
 */
public record Disparity(GroupKey group, GroupKey reference, Metric metric, Estimate ratio, Verdict verdict) {
}
