package nl.vroegsignaal.explain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The explained signal list at one peildatum: the top {@code capacity} of the population by calibrated risk,
 * with what a reader needs to judge it. Reasons explain the model's score exactly (in log-odds); the risk shown
 * is the calibrated probability, a monotone map of that score, so the order and the reasons agree.
 *
 * @param peildatum         the reference date the list is about
 * @param capacity          how many persons the list holds (K)
 * @param population        how many persons were scored (N)
 * @param modelName         the model's name, as saved
 * @param modelTypeNl       what kind of model, in Dutch (e.g. "logistische regressie")
 * @param expectedPrecision the share of persons on the list expected to leave school without a basic
 *                          qualification
 * @param precisionBasis    where {@code expectedPrecision} comes from
 * @param dataSources       the contract files the model's features are computed from, sorted
 * @param modelFamilies     the feature families the model uses, in catalogue order
 * @param provenance        what produced the list (version, hashes, seed, ...), sorted by key
 * @param signals           the list, rank 1 first
 */
public record SignalList(LocalDate peildatum, int capacity, int population, String modelName, String modelTypeNl,
                         double expectedPrecision, PrecisionBasis precisionBasis, List<String> dataSources,
                         List<String> modelFamilies, Map<String, String> provenance, List<Signal> signals) {

    /** Where the expected precision comes from. */
    public enum PrecisionBasis {
        /** Precision at this capacity measured by the evaluation on a later, held-out cohort. */
        EVALUATION,
        /** The mean calibrated risk of the persons on the list. */
        MEAN_CALIBRATED_RISK
    }

    public SignalList {
        dataSources = List.copyOf(dataSources);
        modelFamilies = List.copyOf(modelFamilies);
        provenance = Collections.unmodifiableMap(new TreeMap<>(provenance));
        signals = List.copyOf(signals);
        if (signals.size() != capacity) {
            throw new IllegalArgumentException("a list of capacity " + capacity + " holds " + signals.size()
                    + " signals");
        }
        if (!(expectedPrecision >= 0 && expectedPrecision <= 1)) {
            throw new IllegalArgumentException("expected precision must be in [0, 1], got " + expectedPrecision);
        }
    }
}
