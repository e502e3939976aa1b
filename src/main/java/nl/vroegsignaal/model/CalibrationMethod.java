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
    /**
     * Platt, with its slope corrected above the validation cohort's top 3% (always, unless the corrected top would
     * fall); strictly increasing as well. Chosen on eight city worlds, where Platt overestimated the top of the
     * list (evaluation.md).
     */
    @JsonProperty("platt-tail") PLATT_TAIL,
    /**
     * Isotonic (monotone step) fit: more flexible, but creates ties between persons with different scores, which
     * a ranking at capacity then has to break.
     */
    @JsonProperty("isotonic") ISOTONIC;

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
            case ISOTONIC -> new Fitted(Calibration.fitIsotonic(scores, labels), key());
            case PLATT_TAIL -> {
                PlattTailFit.Result r = PlattTailFit.fit(scores, labels);
                boolean corrected = r.calibration() instanceof Calibration.PlattTail;
                yield new Fitted(r.calibration(), String.format(Locale.ROOT, "%s: %s, likelihood ratio of the "
                                + "tail correction %.2f", key(), corrected ? "top 3% corrected"
                                : "plain Platt (the corrected top would fall)", r.likelihoodRatio()));
            }
        };
    }
}
