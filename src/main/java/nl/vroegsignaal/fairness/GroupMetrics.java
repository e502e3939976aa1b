package nl.vroegsignaal.fairness;

import java.util.Map;

/**
 * All metrics of one group (or of the whole cohort, with a null group) at the operating point, after suppression.
 *
 * @param group       the group; null for the whole cohort
 * @param persons     persons in the group
 * @param confusion   the group's 2x2 table with margins
 * @param rates       every proportion metric ({@link Metric#isProportion()}), iterating in {@link Metric} order
 * @param calibration mean predicted risk against the observed rate
 */
public record GroupMetrics(GroupKey group, Count persons, ConfusionCounts confusion, Map<Metric, Rate> rates,
                           Calibration calibration) {

    public GroupMetrics {
        rates = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(rates));
    }

    /** The metric's shown value (the O/E ratio for calibration), NaN when suppressed. */
    public double value(Metric metric) {
        return metric == Metric.CALIBRATION ? calibration.observedToExpected().value() : rates.get(metric).value();
    }

    public boolean shown(Metric metric) {
        return metric == Metric.CALIBRATION ? !calibration.observedToExpected().suppressed()
                : !rates.get(metric).suppressed();
    }
}
