package nl.vroegsignaal.explain;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How to make the list.
 *
 * @param peildatum          the reference date of the rows
 * @param capacity           how many persons the case workers can contact (K); the list holds at most this
 * @param modelName          the model's name, as saved (e.g. the folder name under models/)
 * @param evaluatedPrecision the evaluation's precision at this capacity on a held-out cohort, if known; else
 *                           the list states the mean calibrated risk of its persons
 * @param provenance         what produced the inputs: version, model hash, input hashes, seed, config
 */
public record SignalSettings(LocalDate peildatum, int capacity, String modelName, OptionalDouble evaluatedPrecision,
                             Map<String, String> provenance) {
    public SignalSettings {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be > 0, got " + capacity);
        }
        provenance = Map.copyOf(provenance);
    }
}
