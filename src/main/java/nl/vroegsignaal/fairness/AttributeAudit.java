package nl.vroegsignaal.fairness;

import java.util.List;

/**
 * The audit of one grouping: every group's metrics (in contract code order), the disparities against the
 * reference group (ordered by {@link Metric}, then group), the lowest-to-highest spread per metric, and every
 * group beside what the rankings without the model give ({@link GroupWorld}).
 */
public record AttributeAudit(ProtectedAttribute attribute, GroupKey reference, List<GroupMetrics> groups,
                             List<Disparity> disparities, List<MetricSpread> spreads, List<GroupWorld> world) {

    public AttributeAudit {
        world = List.copyOf(world);
        groups = List.copyOf(groups);
        disparities = List.copyOf(disparities);
        spreads = List.copyOf(spreads);
    }
}
