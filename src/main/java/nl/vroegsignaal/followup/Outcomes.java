package nl.vroegsignaal.followup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.vroegsignaal.explain.SignalExplainer;
import nl.vroegsignaal.features.FeatureMatrix;

/** The newest input's rows at one peildatum, by pseudonym: who was in the population then, and what happened. */
final class Outcomes {
    final int[] rows;
    private final Map<String, Integer> byPseudonym = new HashMap<>();

    Outcomes(FeatureMatrix m, LocalDate peildatum) {
        rows = SignalExplainer.rowsAt(m, peildatum);
        for (int r : rows) {
            byPseudonym.put(m.pseudonym()[r], r);
        }
    }

    /** The matrix row of the person at this peildatum, or -1 when the newest input does not hold them there. */
    int row(String pseudonym) {
        return byPseudonym.getOrDefault(pseudonym, -1);
    }
}
