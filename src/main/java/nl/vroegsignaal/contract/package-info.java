/** The data contract: input files, columns, closed code lists, pseudonym rules and reference dates. */
package nl.vroegsignaal.contract;
