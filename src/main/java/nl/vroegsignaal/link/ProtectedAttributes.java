package nl.vroegsignaal.link;

import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;

/**
 * Protected attributes per person index, kept apart from everything a model can see: only the fairness
 * audit reads them (an architecture test keeps the model stage away from this type).
 */
public record ProtectedAttributes(byte[] geslacht, byte[] herkomst) {
    private static final Geslacht[] G = Geslacht.values();
    private static final Herkomst[] H = Herkomst.values();

    public Geslacht geslacht(int person) {
        return G[geslacht[person]];
    }

    public Herkomst herkomst(int person) {
        return H[herkomst[person]];
    }
}
