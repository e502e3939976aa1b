/** Fairness audit: group metrics with intervals, disparities, small-cell suppression and proxy checks. */
package nl.vroegsignaal.fairness;
