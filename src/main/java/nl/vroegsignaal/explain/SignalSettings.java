package nl.vroegsignaal.explain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to make the lists.
 *
 * @param peildatum          the reference date of the rows
 * @param modelName          the model's name as the lists show it
 * @param selection          how many persons go on the leerplicht and the RMC list
 * @param hidden             per band, the reason topics ({@link ReasonTopics}) its list may not show
 * @param visibilityDecision who decided what each list may show, and when or where (the privacy officer's
 *                           decision, recorded on each list and in its provenance)
 * @param evaluatedPrecision per band, the share of a list at this selection that left school without a
 *                           qualification on the test cohort, if measured; else a list states the mean
 *                           calibrated risk of its persons
 * @param schools            brin codes that get a list of their own (the persons of both lists at that school)
 * @param known              persons already in view
 * @param provenance         what produced the inputs: version, model hash, input hashes, seed, config
 * @param randomStream       the blind random stream beside the risk selection, if the configuration enables it
 */
public record SignalSettings(LocalDate peildatum, String modelName, Selection selection,
                             Map<AgeBand, Set<String>> hidden, String visibilityDecision,
                             Map<AgeBand, OptionalDouble> evaluatedPrecision, List<String> schools,
                             KnownPersons known, Map<String, String> provenance,
                             java.util.Optional<RandomStream> randomStream) {
    /** Settings without a random stream. */
    public SignalSettings(LocalDate peildatum, String modelName, Selection selection,
                          Map<AgeBand, Set<String>> hidden, String visibilityDecision,
                          Map<AgeBand, OptionalDouble> evaluatedPrecision, List<String> schools,
                          KnownPersons known, Map<String, String> provenance) {
        this(peildatum, modelName, selection, hidden, visibilityDecision, evaluatedPrecision, schools, known,
                provenance, java.util.Optional.empty());
    }

    public SignalSettings {
        randomStream = randomStream == null ? java.util.Optional.empty() : randomStream;
        Map<AgeBand, Set<String>> h = new EnumMap<>(AgeBand.class);
        for (AgeBand b : AgeBand.values()) {
            h.put(b, Set.copyOf(hidden.getOrDefault(b, Set.of())));
        }
        hidden = java.util.Collections.unmodifiableMap(h);
        evaluatedPrecision = Map.copyOf(evaluatedPrecision);
        schools = List.copyOf(new TreeSet<>(schools));
        provenance = Map.copyOf(provenance);
    }

    /** Topics hidden on a band's list, sorted. */
    public Set<String> hiddenOn(AgeBand band) {
        return new TreeSet<>(hidden.get(band));
    }

    public OptionalDouble precisionOf(AgeBand band) {
        return evaluatedPrecision.getOrDefault(band, OptionalDouble.empty());
    }
}
