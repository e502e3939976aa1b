/** Reads and validates the eight contract files and links them on pseudonym into {@link nl.vroegsignaal.link.LinkedData}. */
package nl.vroegsignaal.link;
