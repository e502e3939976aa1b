/** A synthetic municipality: a simulated world written in the data contract's format, with its truth file. */
package nl.vroegsignaal.sample;
