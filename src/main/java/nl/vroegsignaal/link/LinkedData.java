package nl.vroegsignaal.link;

import java.util.Map;
import java.util.Set;
import nl.vroegsignaal.contract.SourceFile;

/**
 * The eight sources linked on pseudonym: one person table and per-person event tables, all indexed by the
 * person's row in {@link Persons}. Protected attributes sit in their own field, for the audit only.
 *
 * @param counts     rows read, linked and excluded per source file
 * @param inputHashes sha256 per input file name (empty when built in memory)
 * @param places     where each file's earliest and latest knowledge dates are (empty when built in memory)
 * @param missingSources social-domain sources left out (absent and allowed, or not read for a model trained
 *                   without them), in contract order: their tables are empty and every report names them
 */
public record LinkedData(Persons persons, ProtectedAttributes protectedAttributes, Enrolments enrolments,
                         Diplomas diplomas, Absences absences, Spells benefits, Spells youthCare,
                         Spells debtSupport, Moves moves, Map<SourceFile, SourceCounts> counts,
                         Map<String, String> inputHashes, RecordPlaces places, Set<SourceFile> missingSources) {
}
