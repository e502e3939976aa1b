package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The precision-recall curve for plots, one candidate point per distinct score. Only points that select at
 * least {@link Suppression#MIN_PERSONS} persons and leave none or at least that many unselected are kept, so no
 * point describes fewer than 10 persons; then at most {@link #MAX_POINTS}, evenly spread over the rest and
 * always including the first and last.
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
            int rest = r.n - selected;
            if (selected >= Suppression.MIN_PERSONS && (rest == 0 || rest >= Suppression.MIN_PERSONS)) {
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
