package nl.vroegsignaal.fairness;

import java.util.HashMap;
import java.util.Map;

/**
 * The observed base rate per group from a labelled cohort, used as the yardstick for a signal list: who would be
 * on it if selection followed each group's rate of early school leaving. Taken from a published audit, so it
 * only holds rates that were shown and can reveal nothing the audit did not.
 *
 * @param rates   shown base rate per group (any attribute)
 * @param overall the whole cohort's base rate, used for groups without a shown rate of their own
 * @param merged  the audit's merged groups, which the list composition reports in the same way
 */
public record GroupBaseRates(Map<GroupKey, Double> rates, double overall, MergedGroups merged) {

    /** Rates without a recoding of the groups. */
    public GroupBaseRates(Map<GroupKey, Double> rates, double overall) {
        this(rates, overall, MergedGroups.NONE);
    }

    public GroupBaseRates {
        rates = Map.copyOf(rates);
        if (!(overall > 0 && overall <= 1)) {
            throw new IllegalArgumentException("overall base rate must be in (0, 1], got " + overall);
        }
    }

    public static GroupBaseRates from(FairnessAudit audit) {
        Map<GroupKey, Double> rates = new HashMap<>();
        for (AttributeAudit a : audit.attributes()) {
            for (GroupMetrics g : a.groups()) {
                Rate r = g.rates().get(Metric.BASE_RATE);
                if (!r.suppressed()) {
                    rates.put(g.group(), r.value());
                }
            }
        }
        Rate overall = audit.overall().rates().get(Metric.BASE_RATE);
        if (overall.suppressed()) {
            throw new IllegalArgumentException("the audited cohort's overall base rate is suppressed (fewer than "
                    + audit.options().minCell() + " early school leavers or stayers); it cannot serve as a yardstick");
        }
        return new GroupBaseRates(rates, overall.value(), audit.merged());
    }
}
