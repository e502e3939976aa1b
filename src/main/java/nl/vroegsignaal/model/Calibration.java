package nl.vroegsignaal.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Arrays;

/**
 * Maps a model's raw score to a risk that means what it says: of 100 persons with risk 12%, about 12 leave
 * school early. Fitted on the validation cohort, never on the training or test cohort. Saved as JSON with a
 * {@code type} property ({@code platt}, {@code platt-tail}, {@code isotonic} or {@code identity}).
 *
 * <p>Platt scaling keeps the ranking (it is strictly monotone), so precision at capacity is unchanged by it.
 * Isotonic calibration is more flexible but constant within each pooled block, so it creates ties; rank on the
 * raw score and show the calibrated risk, or evaluate with the tie rules of {@link Metrics#atCapacity}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Calibration.Platt.class, name = "platt"),
        @JsonSubTypes.Type(value = Calibration.PlattTail.class, name = "platt-tail"),
        @JsonSubTypes.Type(value = Calibration.Isotonic.class, name = "isotonic"),
        @JsonSubTypes.Type(value = Calibration.Identity.class, name = "identity")
})
public sealed interface Calibration permits Calibration.Platt, Calibration.PlattTail, Calibration.Isotonic,
        Calibration.Identity {

    /** The calibrated risk in [0, 1] for a raw score. */
    double apply(double score);

    /** The name of this calibration in calibration.json and in the reports: platt, platt-tail, isotonic or identity. */
    default String key() {
        return getClass().getAnnotation(JsonTypeName.class).value();
    }

    /** Calibrates every score; a new array. */
    default double[] applyAll(double[] scores) {
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = apply(scores[i]);
        }
        return out;
    }

    /** Platt scaling on logit(score); scores must lie in [0, 1]. See {@link Platt}. */
    static Calibration fitPlatt(double[] scores, byte[] labels) {
        return PlattScaling.fit(scores, labels);
    }

    /**
     * Platt scaling, with a correction of its slope above the validation cohort's top {@link PlattTailFit#SHARE}
     * unless the corrected slope there would not be positive; then plain Platt. See {@link PlattTail}.
     */
    static Calibration fitPlattTail(double[] scores, byte[] labels) {
        return PlattTailFit.fit(scores, labels).calibration();
    }

    /** Isotonic regression by pool-adjacent-violators; any finite scores. See {@link Isotonic}. */
    static Calibration fitIsotonic(double[] scores, byte[] labels) {
        return PoolAdjacentViolators.fit(scores, labels);
    }

    static Calibration identity() {
        return new Identity();
    }

    /**
     * Platt scaling: risk = 1 / (1 + exp(-(a * logit(s) + b))), with s clipped to [1e-7, 1 - 1e-7]. We work on
     * logit(score) because the models produce probability-like scores: (a, b) = (1, 0) is then the identity,
     * and a model that is only over- or under-confident needs just a slope. Fitted by Newton's method with a
     * tiny ridge pulling (a, b) towards (1, 0), so that separable data give finite coefficients.
     */
    @JsonTypeName("platt")
    record Platt(double a, double b) implements Calibration {
        static final double CLIP = 1e-7;

        public Platt {
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                throw new IllegalArgumentException("Platt calibration: a and b must be finite, got a=" + a
                        + ", b=" + b);
            }
        }

        @Override
        public double apply(double score) {
            return PlattScaling.sigmoid(a * logit(score) + b);
        }

        static double logit(double score) {
            if (Double.isNaN(score)) {
                throw new IllegalArgumentException("Platt calibration: score is NaN");
            }
            double s = Math.min(1 - CLIP, Math.max(CLIP, score));
            return Math.log(s / (1 - s));
        }
    }

    /**
     * Platt scaling with a different slope at the top: risk = sigmoid(a x + b + tail max(0, x - knot)), x =
     * logit(s) clipped as in {@link Platt}. Below the knot it is exactly the Platt map (a, b); above it the slope
     * is a + tail. The knot is the logit of the score above which the validation cohort's top
     * {@link PlattTailFit#SHARE} lay, the default length of the signal list: the risks that list prints.
     * a + tail must be above 0 when a is, so the map stays strictly increasing and the ranking the model's own.
     */
    @JsonTypeName("platt-tail")
    record PlattTail(double a, double b, double knot, double tail) implements Calibration {
        public PlattTail {
            if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(knot) || !Double.isFinite(tail)) {
                throw new IllegalArgumentException("platt-tail calibration: a, b, knot and tail must be finite, got a="
                        + a + ", b=" + b + ", knot=" + knot + ", tail=" + tail);
            }
            if (a > 0 && !(a + tail > 0)) {
                throw new IllegalArgumentException("platt-tail calibration: the slope above the knot, a + tail, must "
                        + "be above 0, got " + (a + tail));
            }
        }

        @Override
        public double apply(double score) {
            double x = Platt.logit(score);
            return PlattScaling.sigmoid(a * x + b + tail * Math.max(0, x - knot));
        }
    }

    /**
     * Isotonic calibration as a piecewise-linear function through knots: each pooled block of the fit gives a
     * knot at its lowest and at its highest score (one knot if they coincide), both with the block's mean
     * label. Between blocks the risk is interpolated linearly; below the first and above the last knot it is
     * constant. So every fitting score maps exactly to its block mean (the fit keeps the mean label), and
     * unseen scores between two blocks get a risk between theirs rather than a jump.
     *
     * @param thresholds knot scores, strictly increasing
     * @param values     knot risks, non-decreasing, in [0, 1]
     */
    @JsonTypeName("isotonic")
    record Isotonic(double[] thresholds, double[] values) implements Calibration {

        public Isotonic {
            if (thresholds == null || values == null || thresholds.length == 0
                    || thresholds.length != values.length) {
                throw new IllegalArgumentException("isotonic calibration: thresholds and values must be non-empty "
                        + "and of equal length");
            }
            thresholds = thresholds.clone();
            values = values.clone();
            for (int i = 0; i < thresholds.length; i++) {
                if (!Double.isFinite(thresholds[i]) || !(values[i] >= 0 && values[i] <= 1)) {
                    throw new IllegalArgumentException("isotonic calibration: knot " + i
                            + " needs a finite threshold and a value in [0, 1], got (" + thresholds[i] + ", "
                            + values[i] + ")");
                }
                if (i > 0 && (thresholds[i] <= thresholds[i - 1] || values[i] < values[i - 1])) {
                    throw new IllegalArgumentException("isotonic calibration: knot " + i
                            + " must have a larger threshold and a value at least that of knot " + (i - 1));
                }
            }
        }

        @Override
        public double apply(double score) {
            if (Double.isNaN(score)) {
                throw new IllegalArgumentException("isotonic calibration: score is NaN");
            }
            int last = thresholds.length - 1;
            if (score <= thresholds[0]) {
                return values[0];
            }
            if (score >= thresholds[last]) {
                return values[last];
            }
            int i = Arrays.binarySearch(thresholds, score);
            if (i >= 0) {
                return values[i];
            }
            int hi = -i - 1;
            int lo = hi - 1;
            double t = (score - thresholds[lo]) / (thresholds[hi] - thresholds[lo]);
            return values[lo] + t * (values[hi] - values[lo]);
        }

        @Override
        public double[] thresholds() {
            return thresholds.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Isotonic other && Arrays.equals(thresholds, other.thresholds)
                    && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(thresholds) + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Isotonic[thresholds=" + Arrays.toString(thresholds) + ", values=" + Arrays.toString(values) + "]";
        }
    }

    /** No calibration: the score is taken as the risk (for models trained to output probabilities). */
    @JsonTypeName("identity")
    record Identity() implements Calibration {
        @Override
        public double apply(double score) {
            return score;
        }
    }
}
