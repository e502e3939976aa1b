package nl.vroegsignaal.features;

import nl.vroegsignaal.contract.Verhuissoort;

/** The verhuizingen family: moves dated in the 3 years before P. */
final class MoveFeatures {
    private MoveFeatures() {
    }

    static void compute(KnownBefore k, double[] row) {
        int from = k.peildatum().minus3Years();
        int moves = 0;
        boolean settled = false;
        for (int i = 0; i < k.moves(); i++) {
            if (k.moveDate(i) >= from) {
                moves++;
                settled |= k.moveKind(i) == Verhuissoort.VESTIGING;
            }
        }
        row[Feature.VERHUIZINGEN_3J.column()] = moves;
        row[Feature.GEVESTIGD_3J.column()] = settled ? 1 : 0;
    }
}
