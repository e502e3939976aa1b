/** The files people read: signal lists for case workers and systems, reports for privacy officers. */
package nl.vroegsignaal.report;
