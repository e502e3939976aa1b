package nl.vroegsignaal.prepare;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vroegsignaal.contract.SourceFile;

/**
 * How one export becomes one contract file.
 *
 * @param target    the contract file it becomes
 * @param file      the export (a path relative to the mapping file is resolved against the mapping's folder)
 * @param separator the export's field separator
 * @param columns   for every contract column, the export's column that holds it
 * @param formats   for date and month columns whose export format is not the contract's ISO form, its pattern
 * @param codes     for code columns whose export codes are not the contract's, export code to contract code
 * @param drop      rows to leave out, each rule with its reason
 */
public record SourceMapping(SourceFile target, Path file, char separator, Map<String, String> columns,
                            Map<String, DateTimeFormatter> formats, Map<String, Map<String, String>> codes,
                            List<Drop> drop) {

    /** Leave out a row whose {@code column} holds one of {@code values} (after trimming); why, in {@code reason}. */
    public record Drop(String column, Set<String> values, String reason) {
    }
}
