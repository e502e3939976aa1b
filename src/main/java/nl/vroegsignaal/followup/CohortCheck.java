package nl.vroegsignaal.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.explain.SignalExplainer;
import nl.vroegsignaal.fairness.Estimate;
import nl.vroegsignaal.fairness.Rate;
import nl.vroegsignaal.fairness.Wilson;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.model.Metrics;
import nl.vroegsignaal.model.TribuoRiskModel;

/**
 * The model on each labelled cohort since training, as the clinical prediction literature checks a model in use:
 * the base rate, the mean predicted risk, calibration-in-the-large (observed / expected, with the observed rate's
 * Wilson interval divided by the mean risk) and the AUC (the ranking). Then the advice: when the newest cohort's
 * observed/expected lies wholly outside the band while the ranking holds (AUC at most {@link #AUC_DROP} below the
 * first cohort's), recalibrate (shift the intercept); when the ranking itself has weakened, retrain.
 */
final class CohortCheck {
    /** Observed/expected within [1/BAND, BAND] is calibrated in the large. */
    static final double BAND = 1.25;
    /** A fall in AUC of this much or more means the relations changed, not only the level. */
    static final double AUC_DROP = 0.05;

    private CohortCheck() {
    }

    static List<FollowUp.CohortFit> of(TribuoRiskModel model, FeatureMatrix m, List<LocalDate> cohorts) {
        List<FollowUp.CohortFit> out = new ArrayList<>();
        for (LocalDate p : cohorts) {
            int[] rows = IntStream.of(SignalExplainer.rowsAt(m, p)).filter(r -> m.label()[r] != FeatureMatrix.NO_LABEL)
                    .toArray();
            if (rows.length == 0) {
                continue;
            }
            double[] raw = model.rawScores(m, rows);
            double[] risk = model.calibration().applyAll(raw);
            byte[] label = new byte[rows.length];
            int left = 0;
            double expected = 0;
            for (int i = 0; i < rows.length; i++) {
                label[i] = m.label()[rows[i]];
                left += label[i];
                expected += risk[i];
            }
            double meanRisk = expected / rows.length;
            boolean hidden = Disclosure.hidesRate(left, rows.length);
            Rate base = Wilson.rate(left, hidden, rows.length, Disclosure.hidesCount(rows.length));
            Estimate oe = hidden || meanRisk <= 0 ? Estimate.suppressedEstimate()
                    : Estimate.of(base.value() / meanRisk, base.lower() / meanRisk, base.upper() / meanRisk);
            double auc = hidden ? Double.NaN : Metrics.aucRoc(raw, label);
            out.add(new FollowUp.CohortFit(p, rows.length, base, meanRisk, oe, auc));
        }
        return out;
    }

    static FollowUp.Advice advice(List<FollowUp.CohortFit> fits) {
        List<FollowUp.CohortFit> shown = fits.stream().filter(f -> !f.observedToExpected().suppressed()).toList();
        if (shown.isEmpty()) {
            return FollowUp.Advice.NOT_DETERMINABLE;
        }
        FollowUp.CohortFit first = shown.get(0);
        FollowUp.CohortFit newest = shown.get(shown.size() - 1);
        if (first.auc() - newest.auc() >= AUC_DROP) {
            return FollowUp.Advice.RETRAIN;
        }
        Estimate oe = newest.observedToExpected();
        if (oe.upper() < 1 / BAND || oe.lower() > BAND) {
            return FollowUp.Advice.RECALIBRATE;
        }
        return FollowUp.Advice.NONE;
    }
}
