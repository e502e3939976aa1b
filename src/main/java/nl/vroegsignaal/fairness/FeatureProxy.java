package nl.vroegsignaal.fairness;

import java.util.List;
import java.util.Map;

/**
 * How strongly one feature encodes the protected attributes.
 *
 * @param feature   the catalogue name
 * @param cramersV  bias-corrected Cramér's V per attribute, in the audit's order; 0 is none, 1 is complete
 * @param groupAucs single-feature AUC for each group compared with the rest
 * @param flagged   true when any value reaches its threshold in {@link ProxyOptions}
 */
public record FeatureProxy(String feature, Map<ProtectedAttribute, Double> cramersV, List<GroupAuc> groupAucs,
                           boolean flagged) {

    public FeatureProxy {
        cramersV = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cramersV));
        groupAucs = List.copyOf(groupAucs);
    }

    /** The largest Cramér's V over the attributes. */
    public double strongestV() {
        return cramersV.values().stream().mapToDouble(Double::doubleValue).max().orElse(0.0);
    }
}
