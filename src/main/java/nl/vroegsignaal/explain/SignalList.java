package nl.vroegsignaal.explain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One explained signal list at one peildatum (leerplicht, RMC, or one school's), with what a reader needs to
 * judge it. Reasons explain the model's score exactly (in log-odds); the risk shown is the calibrated
 * probability, a monotone map of that score, so the order and the reasons agree.
 *
 * @param key                the list's key, also its file names' suffix: {@code leerplicht}, {@code rmc} or
 *                           {@code school-BRIN}
 * @param nameNl             the list's name, printed on every page
 * @param peildatum          the reference date the list is about
 * @param capacity           how many persons the list holds
 * @param population         how many persons of the list's group were scored (N)
 * @param modelName          the model's name
 * @param modelTypeNl        what kind of model, in Dutch (e.g. "logistische regressie")
 * @param expectedPrecision  the share of persons on the list expected to leave school without a basic
 *                           qualification
 * @param precisionBasis     where {@code expectedPrecision} comes from
 * @param dataSources        the contract files the model's features are computed from, sorted
 * @param modelFamilies      the feature families the model uses, in catalogue order
 * @param hiddenTopics       reason topics this list may not show, sorted
 * @param visibilityDecision who decided what this list may show
 * @param knownPlacement     where persons already in view appear
 * @param provenance         what produced the list (version, hashes, seed, visibility, ...), sorted by key
 * @param signals            the list, rank 1 first
 */
public record SignalList(String key, String nameNl, LocalDate peildatum, int capacity, int population,
                         String modelName, String modelTypeNl, double expectedPrecision,
                         PrecisionBasis precisionBasis, List<String> dataSources, List<String> modelFamilies,
                         List<String> hiddenTopics, String visibilityDecision,
                         KnownPersons.Placement knownPlacement, Map<String, String> provenance,
                         List<Signal> signals) {

    /** Where the expected precision comes from. */
    public enum PrecisionBasis {
        /** Precision of the same selection rule measured on the test cohort, for this list's age band. */
        EVALUATION,
        /** The mean calibrated risk of the persons on the list. */
        MEAN_CALIBRATED_RISK
    }

    public SignalList {
        dataSources = List.copyOf(dataSources);
        modelFamilies = List.copyOf(modelFamilies);
        hiddenTopics = List.copyOf(hiddenTopics);
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

    /** The persons not yet in view, and those already in view, each in rank order. */
    public List<Signal> notKnown() {
        return signals.stream().filter(s -> s.known().isEmpty()).toList();
    }

    public List<Signal> known() {
        return signals.stream().filter(s -> s.known().isPresent()).toList();
    }
}
