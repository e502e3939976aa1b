/**
 * Disclosure control for every aggregated output: which figures are statistics about persons, the rule that
 * none of them may show or give away fewer than {@link nl.vroegsignaal.disclosure.Disclosure#MIN_PERSONS}
 * persons, how a hidden figure is written (one way in JSON, one way on a page), and the table protection that
 * chooses which further figures to hide so that no sum or difference of shown figures narrows a hidden count
 * down. Depends on nothing but the JDK, Jackson and Commons Math, so every stage may use it.
 */
package nl.vroegsignaal.disclosure;
