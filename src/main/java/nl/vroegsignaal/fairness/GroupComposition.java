package nl.vroegsignaal.fairness;

/**
 * One group on a produced signal list, after suppression.
 *
 * @param onList              persons of the group on the list
 * @param persons             persons of the group in the scored population
 * @param shareOfList         onList / list size (Wilson)
 * @param shareOfPopulation   persons / population (Wilson)
 * @param expectedByBaseRate  list size x the group's share of expected early school leavers (persons x base
 *                            rate, over the same sum for the population); bootstrap interval
 * @param expectedByPopulation list size x shareOfPopulation; bootstrap interval
 * @param ratioToBaseRate     onList / expectedByBaseRate; below 1 the group is under-represented relative to its
 *                            need for help
 * @param ratioToPopulation   onList / expectedByPopulation
 */
public record GroupComposition(GroupKey group, Count onList, Count persons, Rate shareOfList,
                               Rate shareOfPopulation, Estimate expectedByBaseRate, Estimate expectedByPopulation,
                               Estimate ratioToBaseRate, Verdict verdictToBaseRate, Estimate ratioToPopulation,
                               Verdict verdictToPopulation) {
}
