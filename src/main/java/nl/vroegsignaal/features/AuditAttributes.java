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

    /** The attributes of the given rows, in that order (for an audit of a subset of the matrix). */
    public AuditAttributes rows(int[] rows) {
        byte[] g = new byte[rows.length];
        byte[] h = new byte[rows.length];
        for (int i = 0; i < rows.length; i++) {
            g[i] = geslacht[rows[i]];
            h[i] = herkomst[rows[i]];
        }
        return new AuditAttributes(g, h);
    }
}
