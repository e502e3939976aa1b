package nl.vroegsignaal.fairness;

import java.util.Objects;

/**
 * One group of a protected attribute with the Dutch words a reader sees.
 *
 * @param code      the value as in the data: "V", "buiten Europa", "1"; an intersection's is "V/buiten Europa"
 * @param label     the group in a table: "V (meisjes)", "buiten Europa", "gender 1"
 * @param people    the group as the subject of a sentence: "meisjes", "jongeren met een herkomst buiten Europa"
 * @param qualifier what it adds behind another group's people in an intersection: " met een herkomst buiten
 *                  Europa" (so "meisjes met een herkomst buiten Europa"), " en leeftijd 17"
 */
public record AttributeGroup(String code, String label, String people, String qualifier) {
    public AttributeGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(qualifier, "qualifier");
    }

    /**
     * Two groups reported as one (global recoding): "Nederland of onbekend", "Nederland of herkomst onbekend",
     * "jongeren met een Nederlandse herkomst of van wie de herkomst onbekend is".
     */
    static AttributeGroup merged(AttributeGroup into, AttributeGroup absorbed) {
        return new AttributeGroup(into.code() + " of " + absorbed.code(), into.label() + " of " + absorbed.label(),
                into.people() + " of" + absorbed.qualifier(), into.qualifier() + " of" + absorbed.qualifier());
    }

    /** A group named by its own value, as a table holds it: integer codes stay codes. */
    static AttributeGroup ofValue(String attribute, String value) {
        String named = attribute + " " + value;
        return new AttributeGroup(value, named, "jongeren met " + named, " en " + named);
    }
}
