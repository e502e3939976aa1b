package nl.vroegsignaal.model;

import java.util.Map;
import java.util.TreeMap;
import nl.vroegsignaal.disclosure.Disclosure;

/**
 * Which figures of an evaluation may be shown, by {@link Disclosure}'s rule; the JSON, the tables and the
 * charts all ask here, so they hide the same figures.
 */
public final class EvaluationDisclosure {
    private EvaluationDisclosure() {
    }

    /** Whole-cohort figures (AUC, Brier, log loss, ECE): hidden only when the cohort is under 10. */
    public static boolean hidesCohort(Evaluation e) {
        return Disclosure.hidesCount(e.rows());
    }

    /** The base rate gives away the positives and negatives of the cohort. */
    public static boolean hidesBaseRate(Evaluation e) {
        return Disclosure.hidesRate(e.positives(), e.rows());
    }

    /** Precision, recall, lift and true positives at capacity: with k and the positives they show the 2x2 table. */
    public static boolean hidesAtCapacity(Evaluation e) {
        AtCapacity p = e.atCapacity().point();
        return hidesBaseRate(e) || Disclosure.hidesSelection(p.truePositives(), p.k(), e.positives(), e.rows());
    }

    /** The worst and best case under ties give away the true positives of those two selections as well. */
    public static boolean hidesTieRange(Evaluation e) {
        AtCapacity p = e.atCapacity().point();
        return hidesAtCapacity(e)
                || Disclosure.hidesSelection(p.precisionWorst() * p.k(), p.k(), e.positives(), e.rows())
                || Disclosure.hidesSelection(p.precisionBest() * p.k(), p.k(), e.positives(), e.rows());
    }

    /** Model / oracle precision: shown only when both precisions are. */
    public static boolean hidesOracleRatio(Evaluation model, Evaluation oracle) {
        return hidesAtCapacity(model) || oracle == null || hidesAtCapacity(oracle);
    }

    /** A reliability bin: its observed rate gives away its positives and negatives. */
    public static boolean hidesBin(ReliabilityTable.Bin b) {
        return Disclosure.hidesRate(b.positives(), b.n());
    }

    /**
     * A top share of the ranking: its observed rate, like a reliability bin's; and, because the leavers above two
     * published cuts of one ranking give away those between them, also when the band between it and the nearest
     * other published cut (k, the edges of the shown reliability bins, a smaller shown top share) has fewer than
     * 10 leavers or 10 others. (Its size is not hidden: it is the share of the rows.)
     */
    public static boolean hidesTop(Evaluation e, TopCalibration t) {
        if (Disclosure.hidesRate(t.positives(), t.persons())) {
            return true;
        }
        TreeMap<Integer, Double> cuts = new TreeMap<>();
        cuts.put(0, 0.0);
        cuts.put(e.rows(), (double) e.positives());
        if (!hidesAtCapacity(e)) {
            cuts.put(e.atCapacity().point().k(), e.atCapacity().point().truePositives());
        }
        int fromBottom = 0;
        long positivesBottom = 0;
        for (ReliabilityTable.Bin b : e.reliability().bins()) {
            if (hidesBin(b)) {
                break;
            }
            fromBottom += b.n();
            positivesBottom += b.positives();
            cuts.put(e.rows() - fromBottom, (double) (e.positives() - positivesBottom));
        }
        for (TopCalibration other : e.top()) {
            if (other.share() < t.share() && !hidesTop(e, other)) {
                cuts.put(other.persons(), (double) other.positives());
            }
        }
        if (cuts.containsKey(t.persons())) {
            return false; // the same cut is published already (k, or the edge of a bin): nothing new
        }
        Map.Entry<Integer, Double> below = cuts.lowerEntry(t.persons());
        Map.Entry<Integer, Double> above = cuts.higherEntry(t.persons());
        return smallBand(below.getKey(), below.getValue(), t.persons(), t.positives())
                || smallBand(t.persons(), t.positives(), above.getKey(), above.getValue());
    }

    private static boolean smallBand(int from, double positivesFrom, int to, double positivesTo) {
        double leavers = positivesTo - positivesFrom;
        return Disclosure.hidesCount(leavers) || Disclosure.hidesCount(to - from - leavers);
    }

    /** Precision and recall of one cohort of a trend, like {@link #hidesAtCapacity}. */
    public static boolean hidesTrendPoint(CohortTrend.Point p) {
        double truePositives = p.precision().value() * p.k();
        return Disclosure.hidesRate(p.positives(), p.rows())
                || Disclosure.hidesSelection(truePositives, p.k(), p.positives(), p.rows());
    }
}
