package nl.vroegsignaal.explain;

import java.util.Set;

/**
 * One reason on a signal list: a topic ({@link ReasonTopics}) that raised this person's model score, stated in
 * plain Dutch with the person's own value.
 *
 * @param topic        the reason's topic, e.g. {@code verzuim}
 * @param textNl       the statement, e.g. "Ongeoorloofd verzuim: 3 meldingen in de afgelopen 12 maanden"
 * @param contribution the topic's summed contribution to the model's log-odds (always positive)
 */
public record Reason(String topic, String textNl, double contribution) {
    /**
     * What is never a reason: the neighbourhood (a known proxy for origin), the protected attributes (which
     * never reach a model; named here so that no future catalogue can slip them in) and the context (age,
     * onderwijssoort, sector, leerjaar: shown beside the person, but nothing a conversation can change).
     */
    public static final Set<String> NEVER_A_REASON = Set.of("wijk", "geslacht", "herkomst", ReasonTopics.CONTEXT);

    public Reason {
        if (NEVER_A_REASON.contains(topic)) {
            throw new IllegalArgumentException("'" + topic + "' is never a reason on a signal list");
        }
        if (!(contribution > 0)) {
            throw new IllegalArgumentException("a reason must raise the risk; topic '" + topic
                    + "' contributes " + contribution);
        }
        if (textNl == null || textNl.isBlank()) {
            throw new IllegalArgumentException("a reason needs a text; topic '" + topic + "' has none");
        }
    }
}
