package nl.vroegsignaal.link;

import java.util.List;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.InputError;

/**
 * The outcome of reading one file.
 *
 * @param rows   data records read
 * @param sha256 hash of the file's bytes, or null when it was not read to the end
 */
record FileReport(SourceFile source, List<InputError> errors, long rows, String sha256) {
}
