package nl.vroegsignaal.fairness;

/**
 * How many disparity ratios were judged and what that means for false alarms, as numbers for the report to word.
 * Each shown ratio is one comparison; with 95% intervals, a comparison with no true disparity is flagged
 * {@link Verdict#BUITEN_BAND} at most 5% of the time (in fact less, because the whole interval must also clear
 * the band edge). Many ratios are strongly related (recall and false negative rate mirror each other), so
 * {@code chanceOfAnyFalseAlarm}, which assumes independent comparisons, is an upper bound.
 *
 * @param made                  shown ratios that got a verdict
 * @param withinBand            of those, {@link Verdict#BINNEN_BAND}
 * @param outsideBand           of those, {@link Verdict#BUITEN_BAND}
 * @param notDeterminable       of those, {@link Verdict#NIET_TE_BEPALEN} because the interval straddles an edge
 * @param suppressed            ratios not computed because a group is too small (not counted in {@code made})
 * @param errorRate             the per-comparison error rate of the intervals, 0.05
 * @param expectedFalseAlarms   errorRate x made: false alarms to expect if there were no true disparities
 * @param chanceOfAnyFalseAlarm 1 - (1 - errorRate)^made
 * @param bonferroniErrorRate   errorRate / made: the per-comparison rate that would keep the family-wise chance
 *                              of any false alarm at 5%
 */
public record Comparisons(int made, int withinBand, int outsideBand, int notDeterminable, int suppressed,
                          double errorRate, double expectedFalseAlarms, double chanceOfAnyFalseAlarm,
                          double bonferroniErrorRate) {

    static Comparisons count(Iterable<Disparity> disparities, double errorRate) {
        int within = 0;
        int outside = 0;
        int open = 0;
        int hidden = 0;
        for (Disparity d : disparities) {
            if (d.ratio().suppressed()) {
                hidden++;
                continue;
            }
            switch (d.verdict()) {
                case BINNEN_BAND -> within++;
                case BUITEN_BAND -> outside++;
                case NIET_TE_BEPALEN -> open++;
            }
        }
        int made = within + outside + open;
        return new Comparisons(made, within, outside, open, hidden, errorRate, errorRate * made,
                1.0 - Math.pow(1.0 - errorRate, made), made == 0 ? Double.NaN : errorRate / made);
    }
}
