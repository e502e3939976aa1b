package nl.vroegsignaal.explain;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Young people who are already in view at the peildatum (a running trajectory, or a recent contact), so that
 * no one is contacted twice. They stay on the list, marked ({@link Placement#MARK}), or move to a section of
 * their own after the others ({@link Placement#SECTION}); either way their rank and risk are unchanged.
 *
 * @param kindByPseudonym per person in view, the kind of trajectory or contact in Dutch (the first by kind
 *                        code when there are several)
 * @param placement       where they appear
 */
public record KnownPersons(Map<String, String> kindByPseudonym, Placement placement) {
    public enum Placement {
        MARK("markeren"), SECTION("apart");

        private final String key;

        Placement(String key) {
            this.key = key;
        }

        /** The configuration's value: {@code markeren} or {@code apart}. */
        public String key() {
            return key;
        }
    }

    public KnownPersons {
        kindByPseudonym = java.util.Collections.unmodifiableMap(new TreeMap<>(kindByPseudonym));
    }

    public static KnownPersons none() {
        return new KnownPersons(Map.of(), Placement.MARK);
    }

    public Optional<String> kindOf(String pseudonym) {
        return Optional.ofNullable(kindByPseudonym.get(pseudonym));
    }
}
