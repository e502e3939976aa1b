package nl.vroegsignaal.fairness;

/**
 * Across the shown groups of one attribute: the group with the lowest value of a metric, the one with the
 * highest, and lowest / highest (1 is equal; the smaller, the larger the gap). Only present when at least two
 * groups have the metric shown; no interval, because which groups are extreme changes between resamples.
 */
public record MetricSpread(Metric metric, GroupKey lowest, GroupKey highest, double ratio) {
}
