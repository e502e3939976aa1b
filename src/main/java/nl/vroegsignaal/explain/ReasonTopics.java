package nl.vroegsignaal.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vroegsignaal.features.ContactInput;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureDefinition;

/**
 * What a reason on a signal list can be about: the catalogue families that a conversation with the young
 * person can be about (absence, gaps and switches in enrolment, moves, the social-domain support), with the
 * household's debt support and youth justice as topics of their own so that a privacy officer can keep them
 * off a list. Age, onderwijssoort, sector, leerjaar, years in the onderwijssoort and the diploma count are {@link #CONTEXT}: shown beside
 * the person, never a reason, since they are not something a contact can change. The neighbourhood is never
 * a reason at all ({@link Reason#NEVER_A_REASON}). The recorded contact input of a model trained with
 * {@code contacts.training: feature} ({@link ContactInput}) is context too: it says what the team did, not something
 * about the young person, and on a signal list it is 0 for everyone. Its contribution stays in the exact sum (base
 * plus contributions is the model's log-odds); the note on a row without reasons does not count it
 * ({@link ReasonSelector}).
 */
public final class ReasonTopics {
    /** The topic of the context features; never a reason. */
    public static final String CONTEXT = "context";
    public static final String DEBT = "schuldhulp";
    public static final String YOUTH_JUSTICE = "jeugdreclassering";

    /** The topics of the current catalogue, in catalogue order: what a visibility decision can name. */
    public static final List<String> ALL = List.of("schoolloopbaan", "verzuim", "uitkering", DEBT, "jeugdhulp",
            YOUTH_JUSTICE, "verhuizingen");

    /** Context features: the catalogue features that describe the person's situation, not what can change. */
    static final Set<String> CONTEXT_FEATURES = Set.of("leeftijd", "onderwijssoort", "sector", "leerjaar",
            "jaren_in_soort", "diplomas_totaal", ContactInput.NAME);

    /** Dutch names of the topics, as a list states what it leaves out. */
    private static final Map<String, String> NAMES_NL = Map.of(
            "schoolloopbaan", "schoolloopbaan (zittenblijven, afstroom, wisselen, onderbrekingen)",
            "verzuim", "verzuim",
            "uitkering", "uitkering van het huishouden",
            DEBT, "schuldhulp van het huishouden",
            "jeugdhulp", "jeugdhulp en jeugdbescherming",
            YOUTH_JUSTICE, "jeugdreclassering",
            "verhuizingen", "verhuizingen");

    private ReasonTopics() {
    }

    /** The topic of one catalogue feature. */
    public static String of(FeatureDefinition feature) {
        String name = feature.name();
        if (CONTEXT_FEATURES.contains(name)) {
            return CONTEXT;
        }
        if (name.startsWith("schuldhulp")) {
            return DEBT;
        }
        if (name.startsWith("uitkering")) {
            return "uitkering";
        }
        if (name.equals("jeugdhulp_jeugdreclassering_3j")) {
            return YOUTH_JUSTICE;
        }
        return feature.family();
    }

    /** The topics a reason can be about in this catalogue, in catalogue order (no context, no wijk). */
    public static List<String> reasonTopics(FeatureCatalogue catalogue) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (FeatureDefinition f : catalogue.features()) {
            String t = of(f);
            if (!t.equals(CONTEXT) && !Reason.NEVER_A_REASON.contains(t)) {
                seen.put(t, true);
            }
        }
        return new ArrayList<>(seen.keySet());
    }

    /** A topic's name in Dutch (the key itself for a topic a future catalogue adds). */
    public static String nameNl(String topic) {
        return NAMES_NL.getOrDefault(topic, topic);
    }
}
