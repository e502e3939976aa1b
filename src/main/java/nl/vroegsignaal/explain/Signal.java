package nl.vroegsignaal.explain;

import java.util.List;

/**
 * One person on a signal list.
 *
 * @param rank      1 for the highest risk
 * @param pseudonym the person's pseudonym (never a BSN)
 * @param risk      the calibrated risk, a probability in [0, 1]
 * @param reasons   at most three reasons that raise the model score, strongest first
 */
public record Signal(int rank, String pseudonym, double risk, List<Reason> reasons) {
    public Signal {
        reasons = List.copyOf(reasons);
        if (reasons.size() > 3) {
            throw new IllegalArgumentException("at most three reasons per signal, got " + reasons.size());
        }
    }
}
