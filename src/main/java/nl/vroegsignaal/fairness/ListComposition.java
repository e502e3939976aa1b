package nl.vroegsignaal.fairness;

import java.util.List;

/**
 * Who is on a produced signal list, by group (geslacht, herkomst and their intersection), after suppression.
 *
 * @param listSize the number of persons on the list (the capacity used)
 * @param persons  the scored population
 */
public record ListComposition(AuditOptions options, Count listSize, Count persons,
                              List<AttributeComposition> attributes) {

    public ListComposition {
        attributes = List.copyOf(attributes);
    }

    public AttributeComposition attribute(ProtectedAttribute attribute) {
        return attributes.stream().filter(a -> a.attribute().equals(attribute)).findFirst().orElseThrow();
    }
}
