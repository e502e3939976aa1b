package nl.vroegsignaal.fairness;

import java.util.List;

/** A signal list's composition by the groups of one attribute, in contract code order. */
public record AttributeComposition(ProtectedAttribute attribute, List<GroupComposition> groups) {

    public AttributeComposition {
        groups = List.copyOf(groups);
    }
}
