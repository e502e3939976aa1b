package nl.vroegsignaal.model;

/**
 * The headline at capacity: the point figures (with worst and best case under ties) and the bootstrap
 * intervals of the expected precision, recall and lift.
 */
public record CapacityEstimate(AtCapacity point, Estimate precision, Estimate recall, Estimate lift) {
}
