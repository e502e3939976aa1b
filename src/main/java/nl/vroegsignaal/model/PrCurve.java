package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The precision-recall curve for plots, one candidate point per distinct score. A point's precision and recall,
 * with the selected count and the cohort's positives beside them, give away its whole 2x2 table, so a point is
 * kept only when its true positives, false positives, false negatives and true negatives are each at least
 * {@link Suppression#MIN_PERSONS} (see {@link Suppression#hidesSelection}); the last point, selecting everyone,
 * needs only at least 10 positives and 10 negatives. Of the kept points at most {@link #MAX_POINTS} remain,
 * evenly spread and always including the first and last.
 */
final class PrCurve {
    static final int MAX_POINTS = 200;

    private PrCurve() {
    }

    static List<CurvePoint> of(RankedScores r) {
        List<CurvePoint> eligible = new ArrayList<>();
        int positives = 0;
        for (int j = 0; j < r.n; j++) {
            positives += r.label[j];
        }
        int selected = 0;
        int tp = 0;
        for (int g = 0; g < r.groups; g++) {
            for (int j = r.groupStart[g]; j < r.groupStart[g + 1]; j++) {
                tp += r.label[j];
                selected++;
            }
            boolean hidden = selected == r.n
                    ? Suppression.hidesCount(tp) || Suppression.hidesCount(selected - tp)
                    : Suppression.hidesSelection(tp, selected, positives, r.n);
            if (!hidden) {
                eligible.add(new CurvePoint(r.score[r.groupStart[g]], selected,
                        positives == 0 ? Double.NaN : (double) tp / positives, (double) tp / selected));
            }
        }
        if (eligible.size() <= MAX_POINTS) {
            return eligible;
        }
        List<CurvePoint> kept = new ArrayList<>(MAX_POINTS);
        int last = eligible.size() - 1;
        for (int i = 0; i < MAX_POINTS; i++) {
            kept.add(eligible.get((int) Math.round((double) i * last / (MAX_POINTS - 1))));
        }
        return kept;
    }
}
