package nl.vroegsignaal.fairness;

import java.util.List;

/**
 * The audit's global recoding ({@link nl.vroegsignaal.disclosure.Recoding#absorptions}): per attribute at most
 * one small group that is reported together with the largest group of the attribute, so that suppression does
 * not have to hide a large group's figures beside it. The list composition uses the same groups.
 *
 * @param merges in attribute order
 */
public record MergedGroups(List<Merge> merges) {
    public static final MergedGroups NONE = new MergedGroups(List.of());

    /**
     * @param attribute the attribute as in the data (its own groups, not recoded)
     * @param into      the code of the largest group
     * @param absorbed  the code of the small group merged into it
     */
    public record Merge(ProtectedAttribute attribute, String into, String absorbed) {
        /** The code of the merged group (see {@link AttributeGroup#merged}). */
        public String code() {
            return AttributeGroup.merged(attribute.group(into), attribute.group(absorbed)).code();
        }
    }

    public MergedGroups {
        merges = List.copyOf(merges);
    }

    /** The merge of this attribute (by key), or null. */
    Merge of(ProtectedAttribute attribute) {
        return merges.stream().filter(m -> m.attribute().equals(attribute)).findFirst().orElse(null);
    }

    public boolean isEmpty() {
        return merges.isEmpty();
    }
}
