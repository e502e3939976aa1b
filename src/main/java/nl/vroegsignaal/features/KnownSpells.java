package nl.vroegsignaal.features;

import java.util.Arrays;
import nl.vroegsignaal.link.Dates;
import nl.vroegsignaal.link.Spells;

/**
 * The social-domain spells of one person known before P: registered before P and begun before P, with an
 * einddatum on or after P read as running. Part of {@link KnownBefore}; the registratiedatum, not the
 * begindatum, decides whether a spell is known, so known rows need not be a prefix and are collected.
 */
final class KnownSpells {
    private final Spells spells;
    private int[] rows = new int[8];
    private int count;
    private int day;

    KnownSpells(Spells spells) {
        this.spells = spells;
    }

    void reset(int person, int peildatum) {
        this.day = peildatum;
        count = 0;
        int to = spells.offsets()[person + 1];
        for (int r = spells.offsets()[person]; r < to && spells.begin()[r] < peildatum; r++) {
            if (spells.registered()[r] < peildatum) {
                if (count == rows.length) {
                    rows = Arrays.copyOf(rows, count * 2);
                }
                rows[count++] = r;
            }
        }
    }

    int size() {
        return count;
    }

    /** Ordinal of the source's code list (Regeling, Jeugdhulpsoort; 0 for debt support). */
    int kind(int i) {
        return spells.kind()[rows[i]];
    }

    int begin(int i) {
        return spells.begin()[rows[i]];
    }

    /** The einddatum if before P, else {@link Dates#OPEN}. */
    int end(int i) {
        int end = spells.end()[rows[i]];
        return end < day ? end : Dates.OPEN;
    }

    /** Running at P: not ended before P (every known spell began before P). */
    boolean runningAt(int i) {
        return end(i) == Dates.OPEN;
    }

    /** Overlaps {@code [from, P)}. */
    boolean overlaps(int i, int from) {
        return end(i) >= from;
    }
}
