/** Trains, calibrates, compares and saves the VSV risk model out-of-time, beside two non-learned baselines. */
package nl.vroegsignaal.model;
