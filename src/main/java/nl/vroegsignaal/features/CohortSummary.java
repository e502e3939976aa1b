package nl.vroegsignaal.features;

import java.time.LocalDate;

/**
 * Counts for one peildatum: the population, how many got a label, were censored (moved out within the year),
 * could not be labelled yet (horizon beyond the data), and how many labels are positive.
 */
public record CohortSummary(LocalDate peildatum, int population, int labelled, int censored, int unlabelledHorizon,
                            int positives) {
}
