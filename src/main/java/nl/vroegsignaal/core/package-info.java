/**
 * Shared plumbing every stage uses: located input errors, atomic owner-only output, hashing, progress, and the
 * one of each that several stages need: the CSV reader, the bootstrap, the HTML escaper, the JSON set-up.
 */
package nl.vroegsignaal.core;
