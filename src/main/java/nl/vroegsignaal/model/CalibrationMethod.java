package nl.vroegsignaal.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a model's score becomes a probability, fitted on the validation cohort. */
public enum CalibrationMethod {
    /**
     * Logistic fit on the score (for models: on the logit of the model's probability). Strictly increasing, so
     * the ranking, and with it precision at capacity, stays exactly the model's own.
     */
    @JsonProperty("platt") PLATT,
    /**
     * Isotonic (monotone step) fit: more flexible, but creates ties between persons with different scores, which
     * a ranking at capacity then has to break.
     */
    @JsonProperty("isotonic") ISOTONIC;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
