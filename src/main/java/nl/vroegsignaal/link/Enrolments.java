package nl.vroegsignaal.link;

import java.util.List;
import nl.vroegsignaal.contract.Onderwijssoort;

/**
 * Enrolments grouped by person: rows {@code offsets[p]} until {@code offsets[p+1]} belong to person p, sorted
 * by begin date. Codes are enum ordinals; {@code brin} indexes {@code brinCodes}; {@code end} may be
 * {@link Dates#OPEN}.
 */
public record Enrolments(int[] offsets, int[] brin, List<String> brinCodes, byte[] soort, byte[] leerjaar,
                         int[] begin, int[] end) {
    private static final Onderwijssoort[] SOORT = Onderwijssoort.values();

    public Onderwijssoort soort(int row) {
        return SOORT[soort[row]];
    }

    public int size() {
        return begin.length;
    }
}
