package nl.vroegsignaal.link;

import nl.vroegsignaal.contract.Diplomasoort;

/** Diplomas grouped by person (see {@link Enrolments} for the layout), sorted by date. */
public record Diplomas(int[] offsets, int[] date, byte[] soort) {
    private static final Diplomasoort[] SOORT = Diplomasoort.values();

    public Diplomasoort soort(int row) {
        return SOORT[soort[row]];
    }

    public int size() {
        return date.length;
    }
}
