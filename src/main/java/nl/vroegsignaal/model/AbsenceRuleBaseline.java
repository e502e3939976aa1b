package nl.vroegsignaal.model;

import java.util.Optional;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * How leerplicht works today: rank by the number of unexcused-absence reports in the last 12 months, ties broken
 * by the hours absent in that window (rows still tied keep their order). The raw score is
 * {@code count + hours / (hours + 1)}: the fraction is below 1, so hours only ever break ties in the count. The
 * risk is that score Platt-calibrated on the validation cohort, which keeps the ranking: Platt works on the
 * logit of a score in [0, 1], so the raw score enters as {@code sigmoid(raw / 4)}, whose logit is {@code raw / 4}
 * (the risk is then logistic in the count, and stays strictly increasing up to 64 reports a year).
 */
public final class AbsenceRuleBaseline implements RiskModel {
    private final String countFeature;
    private final String hoursFeature;
    private final Calibration calibration;

    private AbsenceRuleBaseline(String countFeature, String hoursFeature, Calibration calibration) {
        this.countFeature = countFeature;
        this.hoursFeature = hoursFeature;
        this.calibration = calibration;
    }

    /** The rule, calibrated on the validation rows; empty when the matrix lacks the count feature. */
    public static Optional<AbsenceRuleBaseline> fit(FeatureMatrix matrix, String countFeature, String hoursFeature,
                                                    int[] validationRows) {
        if (Baselines.numeric(matrix, countFeature).isEmpty()) {
            return Optional.empty();
        }
        AbsenceRuleBaseline uncalibrated = new AbsenceRuleBaseline(countFeature, hoursFeature, null);
        return Optional.of(new AbsenceRuleBaseline(countFeature, hoursFeature, Baselines.calibrate(
                squash(uncalibrated.rawScores(matrix, validationRows)), matrix, validationRows)));
    }

    @Override
    public ModelKind kind() {
        return ModelKind.ABSENCE_RULE;
    }

    @Override
    public String description() {
        return "absence rule (rank by " + countFeature + ", ties by " + hoursFeature + ")";
    }

    @Override
    public double[] rawScores(FeatureMatrix matrix, int[] rows) {
        double[] count = Baselines.numeric(matrix, countFeature).orElseThrow(
                () -> new IllegalArgumentException("the data has no numeric feature " + countFeature));
        double[] hours = Baselines.numeric(matrix, hoursFeature).orElse(null);
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double c = count[rows[i]];
            double h = hours == null ? 0 : hours[rows[i]];
            c = Double.isNaN(c) ? 0 : Math.max(0, c);
            h = Double.isNaN(h) ? 0 : Math.max(0, h);
            out[i] = c + h / (h + 1);
        }
        return out;
    }

    @Override
    public double[] score(FeatureMatrix matrix, int[] rows) {
        return calibration.applyAll(squash(rawScores(matrix, rows)));
    }

    private static double[] squash(double[] raw) {
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = 1 / (1 + Math.exp(-raw[i] / 4));
        }
        return out;
    }
}
