package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.vroegsignaal.disclosure.Disclosure;

/**
 * The precision-recall curve for plots, one candidate point per distinct score. A point's precision and recall,
 * with the selected count and the cohort's positives beside them, give away its whole 2x2 table, so a point is
 * kept only when its true positives, false positives, false negatives and true negatives are each at least
 * {@link Disclosure#MIN_PERSONS} (see {@link Disclosure#hidesSelection}); the last point, selecting everyone,
 * needs only at least 10 positives and 10 negatives.
 *
 * <p>Two published points also give away the persons between them (the difference of their selected counts and
 * of their true positives), and so do a point and any other published cut of the same ranking (the list at
 * capacity, the top shares, the edges of the reliability bins). So a point is kept only when the band between
 * it and the nearest published cut on either side, kept points included, holds at least 10 positives and 10
 * negatives. Of the kept points at most {@link #MAX_POINTS} remain, evenly spread (dropping a point merges two
 * bands, which keeps them large enough).
 */
final class PrCurve {
    static final int MAX_POINTS = 200;

    private PrCurve() {
    }

    /** The curve, with {@code otherCuts} the positions (top c persons) of the ranking's other published cuts. */
    static List<CurvePoint> of(RankedScores r, List<Integer> otherCuts) {
        int[] cumPos = new int[r.n + 1];
        for (int j = 0; j < r.n; j++) {
            cumPos[j + 1] = cumPos[j] + r.label[j];
        }
        int positives = cumPos[r.n];
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(r.n);
        for (int c : otherCuts) {
            if (c >= 0 && c <= r.n) {
                cuts.add(c);
            }
        }
        List<CurvePoint> eligible = new ArrayList<>();
        for (int g = 0; g < r.groups; g++) {
            int selected = r.groupStart[g + 1];
            int tp = cumPos[selected];
            boolean hidden = selected == r.n
                    ? Disclosure.hidesCount(tp) || Disclosure.hidesCount(selected - tp)
                    : Disclosure.hidesSelection(tp, selected, positives, r.n);
            if (selected != r.n && !hidden) {
                Integer before = cuts.floor(selected);
                Integer after = cuts.ceiling(selected);
                hidden = before == selected || after == selected
                        || smallBand(cumPos, before, selected) || smallBand(cumPos, selected, after);
            }
            if (!hidden) {
                eligible.add(new CurvePoint(r.score[r.groupStart[g]], selected,
                        positives == 0 ? Double.NaN : (double) tp / positives, (double) tp / selected));
                cuts.add(selected);
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

    /** Fewer than 10 positives or 10 negatives among ranks from+1 .. to. */
    private static boolean smallBand(int[] cumPos, int from, int to) {
        int pos = cumPos[to] - cumPos[from];
        return Disclosure.hidesCount(pos) || Disclosure.hidesCount(to - from - pos);
    }
}
