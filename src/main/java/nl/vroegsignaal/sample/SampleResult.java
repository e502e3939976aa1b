package nl.vroegsignaal.sample;

import java.nio.file.Path;
import java.util.Map;
import nl.vroegsignaal.contract.SourceFile;

/**
 * What a generation run wrote.
 *
 * @param outputDir  the folder holding the eight contract files and truth/waarheid.csv
 * @param options    the options it ran with
 * @param rows       data rows (without header) per contract file
 * @param truthRows  rows of truth/waarheid.csv: one per person and peildatum in the population
 * @param sha256     sha256 per written file, keyed by its path relative to outputDir ('/' separated)
 */
public record SampleResult(Path outputDir, SampleOptions options, Map<SourceFile, Long> rows, long truthRows,
                           Map<String, String> sha256) {
    public SampleResult {
        rows = Map.copyOf(rows);
        sha256 = Map.copyOf(sha256);
    }

    /** All data rows written, truth file included. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum() + truthRows;
    }
}
