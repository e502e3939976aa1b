/** Runs the stages in order for the command line and notebooks alike: configuration, inputs, training, outputs. */
package nl.vroegsignaal.pipeline;
