/**
 * Stage 0 on the analysis side: a municipality's own exports (already pseudonymised by the data steward, see
 * {@code pseudonymise}) become the data contract's eight files, by a mapping configuration that names each
 * export's file, separator, columns, date formats, code lists and rows to drop. Nothing is guessed: an unmapped
 * code or a date in another format is a located error, and then nothing is written.
 */
package nl.vroegsignaal.prepare;
