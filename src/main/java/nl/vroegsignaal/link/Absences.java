package nl.vroegsignaal.link;

import nl.vroegsignaal.contract.Verzuimsoort;

/**
 * Absence registrations grouped by person, sorted by meldingsdatum (their knowledge date). {@code hours} is
 * {@link #NO_HOURS} where the optional uren column was empty.
 */
public record Absences(int[] offsets, int[] date, byte[] soort, int[] hours) {
    public static final int NO_HOURS = -1;
    private static final Verzuimsoort[] SOORT = Verzuimsoort.values();

    public Verzuimsoort soort(int row) {
        return SOORT[soort[row]];
    }

    public int size() {
        return date.length;
    }
}
