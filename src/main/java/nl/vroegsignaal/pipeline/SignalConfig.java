package nl.vroegsignaal.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import nl.vroegsignaal.explain.KnownPersons;
import nl.vroegsignaal.explain.ReasonTopics;
import nl.vroegsignaal.model.EvaluateSettings.CapacitySetting;

/**
 * The {@code signal:} section: what the signal lists show and to whom.
 *
 * @param modelName  the model's name on the lists and in the audit; empty: the model folder's name, or
 *                   "vroegsignaal" and the peildatum when the folder is run's {@code model/}
 * @param capacity   per list; both empty: the lists share {@code evaluate.capacity}
 * @param schools    brin codes that get a list of their own
 * @param known      how persons already in view appear
 * @param visibility the privacy officer's decision: per list, the reason topics it may not show
 * @param stop       the stop rule: when no new list is written until someone reviewed the model (off for a model
 *                   saved before this key existed)
 * @param randomStream the blind random stream beside the risk selection; absent (the default): off. Left out of the
 *                   resolved configuration when absent, so that its hash does not change for those who do not use it
 */
public record SignalConfig(String modelName, Capacities capacity, List<String> schools, Known known,
                           Visibility visibility, Stop stop,
                           @JsonInclude(JsonInclude.Include.NON_NULL) RandomStreamConfig randomStream) {

    public SignalConfig {
        stop = stop == null ? Stop.OFF : stop;
    }

    /**
     * {@code signal.randomStream}: a small share of each age-band list drawn at random from those just below the
     * cut-off (see {@code explain.RandomStream}), only where the privacy officer decided so.
     *
     * @param enabled  off unless set to true
     * @param share    share of each list's places drawn at random, in (0, 0.5]
     * @param pool     the strip drawn from, as a multiple of the list's capacity, in [2 * share, 10]
     * @param seed     the draw's seed (recorded with each draw)
     * @param decision who decided to use the stream, and when or where that is recorded
     */
    public record RandomStreamConfig(Boolean enabled, Double share, Double pool, Long seed, String decision) {
        /** The stream as the lists draw it, when enabled. */
        public java.util.Optional<nl.vroegsignaal.explain.RandomStream> toStream() {
            return Boolean.TRUE.equals(enabled)
                    ? java.util.Optional.of(new nl.vroegsignaal.explain.RandomStream(share, pool, seed, decision.strip()))
                    : java.util.Optional.empty();
        }
    }

    /** The random stream, if the configuration enables it. */
    public java.util.Optional<nl.vroegsignaal.explain.RandomStream> stream() {
        return randomStream == null ? java.util.Optional.empty() : randomStream.toStream();
    }

    /**
     * When {@code signal} holds back a new list (see {@code StopRule}); each condition may be switched off alone.
     *
     * @param enabled                   the stop rule as a whole
     * @param precisionBelowAbsenceRule stop when, on the newest labelled cohort, the model's precision at
     *                                  capacity is below the absence rule's
     * @param calibrationBand           stop when a group's observed/expected risk interval lies wholly outside
     *                                  [1/band, band]; null: no such check
     * @param driftPsi                  stop when a feature's PSI from the training cohorts to the peildatum is at
     *                                  least this; null: no such check
     */
    public record Stop(Boolean enabled, Boolean precisionBelowAbsenceRule, Double calibrationBand, Double driftPsi) {
        static final Stop OFF = new Stop(false, false, null, null);
    }

    /** Either both set or neither. */
    public record Capacities(CapacitySetting leerplicht, CapacitySetting rmc) {
        public boolean shared() {
            return leerplicht == null && rmc == null;
        }
    }

    /** @param placement {@code markeren} (stay on the list, marked) or {@code apart} (a section of their own) */
    public record Known(String placement) {
        public KnownPersons.Placement toPlacement() {
            return placement.equals(KnownPersons.Placement.SECTION.key()) ? KnownPersons.Placement.SECTION
                    : KnownPersons.Placement.MARK;
        }
    }

    /**
     * @param decision   who decided this, and when or where it is recorded (printed on every list)
     * @param leerplicht topics the leerplicht list may not show
     * @param rmc        topics the RMC list may not show
     */
    public record Visibility(String decision, List<String> leerplicht, List<String> rmc) {
    }

    /** The defaults for a model saved before this section existed. */
    public static SignalConfig defaults() {
        return ConfigLoader.defaults().config().signal();
    }

    void validate(String p, List<String> errors) {
        if (modelName == null) {
            errors.add(p + ".modelName: must be text (empty for the default name)");
        }
        if (capacity == null) {
            errors.add(p + ".capacity: must be a mapping with leerplicht and rmc (both empty to share "
                    + "evaluate.capacity)");
        } else if ((capacity.leerplicht() == null) != (capacity.rmc() == null)) {
            errors.add(p + ".capacity: set both leerplicht and rmc, or neither (then the lists share "
                    + "evaluate.capacity)");
        } else if (!capacity.shared()) {
            capacity.leerplicht().validate(p + ".capacity.leerplicht", errors);
            capacity.rmc().validate(p + ".capacity.rmc", errors);
        }
        if (schools == null) {
            errors.add(p + ".schools: must be a list of brin codes (may be empty)");
        } else {
            for (int i = 0; i < schools.size(); i++) {
                if (schools.get(i) == null || !schools.get(i).matches("[0-9A-Z]{4}")) {
                    errors.add(p + ".schools[" + i + "]: must be a brin code of 4 letters or digits, got "
                            + schools.get(i));
                }
            }
        }
        if (known == null || known.placement() == null || !Set.of("markeren", "apart").contains(known.placement())) {
            errors.add(p + ".known.placement: must be markeren or apart, got "
                    + (known == null ? null : known.placement()));
        }
        if (visibility == null) {
            errors.add(p + ".visibility: must be set");
            return;
        }
        if (visibility.decision() == null || visibility.decision().isBlank()) {
            errors.add(p + ".visibility.decision: must say who decided what the lists may show");
        }
        stop(p + ".stop", stop, errors);
        randomStream(p + ".randomStream", randomStream, errors);
        topics(p + ".visibility.leerplicht", visibility.leerplicht(), errors);
        topics(p + ".visibility.rmc", visibility.rmc(), errors);
    }

    private static void stop(String p, Stop stop, List<String> errors) {
        if (stop.enabled() == null) {
            errors.add(p + ".enabled: must be true or false");
        }
        if (stop.precisionBelowAbsenceRule() == null) {
            errors.add(p + ".precisionBelowAbsenceRule: must be true or false");
        }
        if (stop.calibrationBand() != null && !(stop.calibrationBand() > 1 && stop.calibrationBand() < 10)) {
            errors.add(p + ".calibrationBand: must be above 1 and below 10 (the band is [1/band, band]), or empty, "
                    + "got " + stop.calibrationBand());
        }
        if (stop.driftPsi() != null && !(stop.driftPsi() > 0 && stop.driftPsi() < 10)) {
            errors.add(p + ".driftPsi: must be above 0 and below 10, or empty, got " + stop.driftPsi());
        }
    }

    private static void randomStream(String p, RandomStreamConfig r, List<String> errors) {
        if (r == null) {
            return;
        }
        if (r.enabled() == null) {
            errors.add(p + ".enabled: must be true or false");
            return;
        }
        if (!r.enabled()) {
            return;
        }
        if (r.share() == null || !(r.share() > 0 && r.share() <= 0.5)) {
            errors.add(p + ".share: must be a share of the list above 0 and at most 0.5 (e.g. 0.05), got " + r.share());
        }
        if (r.pool() == null || !(r.pool() <= 10) || (r.share() != null && !(r.pool() >= 2 * r.share()))) {
            errors.add(p + ".pool: must be a multiple of the list's capacity from twice the share up to 10 (e.g. 1.0: "
                    + "the next capacity's worth below the cut-off), got " + r.pool());
        }
        if (r.seed() == null) {
            errors.add(p + ".seed: must be a whole number (the draw's recorded seed)");
        }
        if (r.decision() == null || r.decision().isBlank()) {
            errors.add(p + ".decision: must say who decided to use the random stream, and where that is recorded "
                    + "(the privacy officer's decision)");
        }
    }

    private static void topics(String p, List<String> topics, List<String> errors) {
        if (topics == null) {
            errors.add(p + ": must be a list of topics (may be empty)");
            return;
        }
        for (int i = 0; i < topics.size(); i++) {
            if (!ReasonTopics.ALL.contains(topics.get(i))) {
                errors.add(p + "[" + i + "]: must be one of " + String.join(", ", ReasonTopics.ALL) + ", got "
                        + topics.get(i));
            }
        }
    }
}
