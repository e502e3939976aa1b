package nl.vroegsignaal.fairness;

import java.util.Map;

/**
 * One group comparison that the summary reports, with what the world gives beside the model's figure.
 *
 * @param group      the group
 * @param reference  the reference group; null for {@link FindingMetric#LIST_SHARE}, which compares the group's
 *                   share of the list with its own share of all leavers
 * @param metric     what is compared
 * @param kind       what it means for help offered
 * @param figures    the figures per ranking: always {@link Ranking#MODEL}; {@link Ranking#TODAY} and
 *                   {@link Ranking#ORACLE} when available (never for calibration, which only a model has)
 * @param excess     the model's ratio divided by the ratio of the ranking without the model (the oracle, else
 *                   today's practice), paired over the same resamples; suppressed when there is none
 * @param practice   today's practice's ratio divided by the oracle's, paired; suppressed unless both are there
 * @param verdict    the verdict on the model's ratio against the band
 * @param cause      who causes the difference, by the rule in src/site/fairness-audit.md
 */
public record Finding(GroupKey group, GroupKey reference, FindingMetric metric, FindingKind kind,
                      Map<Ranking, Figures> figures, Estimate excess, Estimate practice, Verdict verdict,
                      Cause cause) {

    public Finding {
        figures = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(figures));
    }

    public ProtectedAttribute attribute() {
        return group.attribute();
    }

    public Figures model() {
        return figures.get(Ranking.MODEL);
    }

    /** True for the findings the first screen names: the model causes or widens the difference. */
    public boolean causedByModel() {
        return cause == Cause.MODEL;
    }
}
