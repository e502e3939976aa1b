/** The command line: parses options, calls the pipeline, maps failures to exit codes. */
package nl.vroegsignaal.cli;
