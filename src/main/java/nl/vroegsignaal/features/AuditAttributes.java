package nl.vroegsignaal.features;

import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;

/**
 * Protected attributes per row of a {@link FeatureMatrix} (same row order), for the fairness audit only.
 * Kept out of the matrix by type: the model stage receives a FeatureMatrix and cannot reach these.
 */
public record AuditAttributes(byte[] geslacht, byte[] herkomst) {
    private static final Geslacht[] G = Geslacht.values();
    private static final Herkomst[] H = Herkomst.values();

    public Geslacht geslacht(int row) {
        return G[geslacht[row]];
    }

    public Herkomst herkomst(int row) {
        return H[herkomst[row]];
    }
}
