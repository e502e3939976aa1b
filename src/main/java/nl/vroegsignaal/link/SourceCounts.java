package nl.vroegsignaal.link;

/**
 * What happened to the rows of one source file: read (data rows), linked to a known person, and excluded
 * because the pseudonym is not in personen.csv.
 */
public record SourceCounts(long rowsRead, long linked, long unknownPerson) {
    public double linkRate() {
        return rowsRead == 0 ? 1.0 : (double) linked / rowsRead;
    }
}
