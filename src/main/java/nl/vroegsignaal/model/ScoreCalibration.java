package nl.vroegsignaal.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Arrays;

/**
 * INTERIM, until the evaluation side's {@code Calibration} is merged: maps a score to a probability. It mirrors
 * that API ({@code apply}, {@code fitPlatt}, {@code fitIsotonic}, records {@code Platt} and {@code Isotonic})
 * so that the merge is a rename of this type to {@code Calibration} and the deletion of this file.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "method")
@JsonSubTypes({@JsonSubTypes.Type(value = ScoreCalibration.Platt.class, name = "platt"),
        @JsonSubTypes.Type(value = ScoreCalibration.Isotonic.class, name = "isotonic")})
public sealed interface ScoreCalibration {

    double apply(double score);

    /** p = 1 / (1 + exp(-(a * score + b))). */
    record Platt(double a, double b) implements ScoreCalibration {
        @Override
        public double apply(double score) {
            return 1.0 / (1.0 + Math.exp(-(a * score + b)));
        }
    }

    /** Step function: the value of the last threshold at or below the score (first value below all). */
    record Isotonic(double[] thresholds, double[] values) implements ScoreCalibration {
        @Override
        public double apply(double score) {
            int i = Arrays.binarySearch(thresholds, score);
            if (i < 0) {
                i = -i - 2;
            }
            return values[Math.max(0, Math.min(values.length - 1, i))];
        }
    }

    /**
     * Maximum-likelihood logistic fit of the label on the score: Newton's method from the intercept-only model,
     * with step halving so that the log-likelihood never decreases.
     */
    static ScoreCalibration fitPlatt(double[] scores, byte[] labels) {
        double positives = 0;
        for (byte y : labels) {
            positives += y;
        }
        double rate = Math.min(1 - 1e-6, Math.max(1e-6, positives / Math.max(1, labels.length)));
        double a = 0;
        double b = Math.log(rate / (1 - rate));
        double ll = logLikelihood(scores, labels, a, b);
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < scores.length; i++) {
                double p = 1.0 / (1.0 + Math.exp(-(a * scores[i] + b)));
                double r = p - labels[i];
                double w = p * (1 - p);
                ga += r * scores[i];
                gb += r;
                haa += w * scores[i] * scores[i];
                hab += w * scores[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double step = 1;
            double next = logLikelihood(scores, labels, a - da, b - db);
            while (next < ll && step > 1e-6) {
                step /= 2;
                next = logLikelihood(scores, labels, a - step * da, b - step * db);
            }
            a -= step * da;
            b -= step * db;
            boolean done = Math.abs(next - ll) < 1e-10 * Math.max(1, Math.abs(ll));
            ll = next;
            if (done) {
                break;
            }
        }
        return new Platt(a, b);
    }

    private static double logLikelihood(double[] scores, byte[] labels, double a, double b) {
        double ll = 0;
        for (int i = 0; i < scores.length; i++) {
            double z = a * scores[i] + b;
            // log(sigmoid(z)) = -log1p(exp(-z)), computed stably for both signs
            double logP = z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
            double log1mP = z >= 0 ? -z - Math.log1p(Math.exp(-z)) : -Math.log1p(Math.exp(z));
            ll += labels[i] == 1 ? logP : log1mP;
        }
        return ll;
    }

    /** Pool-adjacent-violators on the scores sorted ascending; ties in score are pooled first. */
    static ScoreCalibration fitIsotonic(double[] scores, byte[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(scores[x], scores[y]));
        double[] thr = new double[scores.length];
        double[] sum = new double[scores.length];
        double[] cnt = new double[scores.length];
        int blocks = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (blocks > 0 && scores[i] == thr[blocks - 1]) {
                sum[blocks - 1] += labels[i];
                cnt[blocks - 1]++;
            } else {
                thr[blocks] = scores[i];
                sum[blocks] = labels[i];
                cnt[blocks] = 1;
                blocks++;
            }
            while (blocks > 1 && sum[blocks - 2] / cnt[blocks - 2] >= sum[blocks - 1] / cnt[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                cnt[blocks - 2] += cnt[blocks - 1];
                blocks--;
            }
        }
        double[] values = new double[blocks];
        for (int j = 0; j < blocks; j++) {
            values[j] = sum[j] / cnt[j];
        }
        return new Isotonic(Arrays.copyOf(thr, blocks), values);
    }
}
