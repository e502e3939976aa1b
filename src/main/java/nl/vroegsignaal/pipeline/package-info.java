/** Runs the stages in order and writes their outputs all-or-nothing, for the command line and notebooks alike. */
package nl.vroegsignaal.pipeline;
