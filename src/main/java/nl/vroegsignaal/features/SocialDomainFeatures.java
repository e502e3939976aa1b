package nl.vroegsignaal.features;

import nl.vroegsignaal.contract.Jeugdhulpsoort;
import nl.vroegsignaal.link.Dates;

/**
 * The huishouden (benefits, debt support) and jeugdhulp families. Only spells registered before P count,
 * even when they began long before P: the municipality did not know them yet (see {@link KnownSpells}).
 */
final class SocialDomainFeatures {
    /** Average month length, so that months on benefit do not depend on which months they were. */
    static final double DAYS_PER_MONTH = 365.25 / 12;

    private SocialDomainFeatures() {
    }

    static void compute(KnownBefore k, double[] row) {
        PeildatumDays at = k.peildatum();
        KnownSpells benefits = k.benefits();
        row[Feature.UITKERING_LOPEND.column()] = anyRunning(benefits) ? 1 : 0;
        row[Feature.UITKERING_MAANDEN_3J.column()] = monthsCovered(benefits, at.minus3Years(), at.day());

        KnownSpells debt = k.debtSupport();
        row[Feature.SCHULDHULP_LOPEND.column()] = anyRunning(debt) ? 1 : 0;
        row[Feature.SCHULDHULP_3J.column()] = anyOverlapping(debt, at.minus3Years(), -1) ? 1 : 0;

        KnownSpells care = k.youthCare();
        row[Feature.JEUGDHULP_LOPEND.column()] = anyRunning(care) ? 1 : 0;
        int from = at.minus3Years();
        row[Feature.JEUGDHULP_ZONDER_VERBLIJF_3J.column()] =
                anyOverlapping(care, from, Jeugdhulpsoort.ZONDER_VERBLIJF.ordinal()) ? 1 : 0;
        row[Feature.JEUGDHULP_MET_VERBLIJF_3J.column()] =
                anyOverlapping(care, from, Jeugdhulpsoort.MET_VERBLIJF.ordinal()) ? 1 : 0;
        row[Feature.JEUGDHULP_JEUGDBESCHERMING_3J.column()] =
                anyOverlapping(care, from, Jeugdhulpsoort.JEUGDBESCHERMING.ordinal()) ? 1 : 0;
        row[Feature.JEUGDHULP_JEUGDRECLASSERING_3J.column()] =
                anyOverlapping(care, from, Jeugdhulpsoort.JEUGDRECLASSERING.ordinal()) ? 1 : 0;
    }

    private static boolean anyRunning(KnownSpells s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.runningAt(i)) {
                return true;
            }
        }
        return false;
    }

    /** Any spell of the given kind (-1: any kind) overlapping [from, P). */
    private static boolean anyOverlapping(KnownSpells s, int from, int kind) {
        for (int i = 0; i < s.size(); i++) {
            if ((kind < 0 || s.kind(i) == kind) && s.overlaps(i, from)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Months covered by the union of the spells within [from, P), both ends of a spell inclusive, rounded to
     * one decimal. Overlapping spells (two schemes at once) count once.
     */
    static double monthsCovered(KnownSpells s, int from, int peildatum) {
        long days = 0;
        int coveredUpTo = from - 1; // last day already counted
        // Spells come in begin order, so one sweep merges overlaps.
        for (int i = 0; i < s.size(); i++) {
            int start = Math.max(s.begin(i), coveredUpTo + 1);
            int end = s.end(i) == Dates.OPEN ? peildatum - 1 : Math.min(s.end(i), peildatum - 1);
            if (end >= start) {
                days += end - start + 1L;
                coveredUpTo = end;
            }
        }
        return Math.round(days / DAYS_PER_MONTH * 10) / 10.0;
    }
}
