package nl.vroegsignaal.link;

import nl.vroegsignaal.contract.Verhuissoort;

/** Moves (BRP) grouped by person, sorted by date. */
public record Moves(int[] offsets, int[] date, byte[] kind) {
    private static final Verhuissoort[] KIND = Verhuissoort.values();

    public Verhuissoort kind(int row) {
        return KIND[kind[row]];
    }

    public int size() {
        return date.length;
    }
}
