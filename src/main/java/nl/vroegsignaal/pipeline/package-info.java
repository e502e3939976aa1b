/** Runs the stages in order for the command line and notebooks alike: configuration, inputs, outputs written all-or-nothing. */
package nl.vroegsignaal.pipeline;
