package nl.vroegsignaal.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** How a model's score becomes a probability, fitted on the validation cohort ({@code train.calibration}). */
public enum CalibrationMethod {
    /**
     * Logistic fit on the score (for models: on the logit of the model's probability). Strictly increasing, so
     * the ranking, and with it precision at capacity, stays exactly the model's own.
     */
    @JsonProperty("platt") PLATT,
    /** Beta calibration: Platt's map with one more parameter for the shape near 0 and near 1; keeps the ranking. */
    @JsonProperty("beta") BETA,
    /**
     * Platt, unless beta calibration fits the validation cohort clearly better: it must lower the negative
     * log-likelihood by more than {@link #TAIL_CHECK} (a likelihood-ratio test of its one extra parameter at 5%).
     * Chosen on four city worlds, where Platt overestimated the top of the list (evaluation.md).
     */
    @JsonProperty("platt-or-beta") PLATT_OR_BETA,
    /**
     * Isotonic (monotone step) fit: more flexible, but creates ties between persons with different scores, which
     * a ranking at capacity then has to break.
     */
    @JsonProperty("isotonic") ISOTONIC;

    /** Half the 95% point of the chi-square distribution with one degree of freedom. */
    static final double TAIL_CHECK = 3.841458820694124 / 2;

    /** The calibration and a few words on how it was chosen, for the saved model's choice reason. */
    public record Fitted(Calibration calibration, String note) {
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Fits this method on the validation scores and labels. */
    public Fitted fit(double[] scores, byte[] labels) {
        return switch (this) {
            case PLATT -> new Fitted(Calibration.fitPlatt(scores, labels), key());
            case BETA -> new Fitted(Calibration.fitBeta(scores, labels), key());
            case ISOTONIC -> new Fitted(Calibration.fitIsotonic(scores, labels), key());
            case PLATT_OR_BETA -> {
                Calibration platt = Calibration.fitPlatt(scores, labels);
                Calibration beta = Calibration.fitBeta(scores, labels);
                double gain = scores.length * (Metrics.logLoss(platt.applyAll(scores), labels)
                        - Metrics.logLoss(beta.applyAll(scores), labels));
                boolean useBeta = gain > TAIL_CHECK;
                yield new Fitted(useBeta ? beta : platt, String.format(Locale.ROOT,
                        "%s: %s, beta calibration lowers the validation negative log-likelihood by %.2f, %s %.2f",
                        key(), useBeta ? "beta" : "platt", gain, useBeta ? "more than" : "not more than",
                        TAIL_CHECK));
            }
        };
    }
}
