package nl.vroegsignaal.link;

import java.util.Locale;
import java.util.Optional;

/**
 * What happened to the rows of one source file: read (data rows), linked to a known person, and excluded
 * because the pseudonym is not in personen.csv.
 */
public record SourceCounts(long rowsRead, long linked, long unknownPerson) {
    /**
     * Below this share of linked rows a source almost certainly was not pseudonymised with the same key as
     * personen.csv: with one key, nearly every row of a source names a person of the population's register.
     */
    public static final double LOW_LINK_RATE = 0.5;

    public double linkRate() {
        return rowsRead == 0 ? 1.0 : (double) linked / rowsRead;
    }

    /** A plain warning when few rows link, naming the likely cause; rows of a file are not persons, so exact. */
    public Optional<String> warning(String file) {
        if (rowsRead == 0 || linkRate() >= LOW_LINK_RATE) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s: only %d of %d rows (%.1f%%) have a pseudonym that is in "
                + "personen.csv. The most likely cause is that this export and personen.csv were pseudonymised "
                + "with different keys: compare the key id that pseudonymise logged for each export, and "
                + "pseudonymise them again with the one key of the municipality.", file, linked, rowsRead,
                100.0 * linkRate()));
    }
}
