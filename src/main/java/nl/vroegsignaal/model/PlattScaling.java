package nl.vroegsignaal.model;

/**
 * Fits {@link Calibration.Platt} by Newton's method with backtracking on the penalised negative log-likelihood
 * sum(log(1 + e^z) - y z) + (RIDGE / 2) ((a - 1)^2 + b^2), where z = a logit(s) + b. The ridge is tiny
 * against the data term but keeps the optimum finite on separable data or a single label value.
 */
final class PlattScaling {
    static final double RIDGE = 1e-3;
    private static final int MAX_ITERATIONS = 200;

    private PlattScaling() {
    }

    static Calibration.Platt fit(double[] scores, byte[] labels) {
        LabelChecks.requireProbabilities("Platt calibration (use isotonic calibration for scores that are not "
                + "probabilities)", scores, labels);
        int n = scores.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Calibration.Platt.logit(scores[i]);
        }
        double a = 1;
        double b = 0;
        double loss = loss(x, labels, a, b);
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double ga = RIDGE * (a - 1);
            double gb = RIDGE * b;
            double haa = RIDGE;
            double hab = 0;
            double hbb = RIDGE;
            for (int i = 0; i < n; i++) {
                double p = sigmoid(a * x[i] + b);
                double r = p - labels[i];
                double w = p * (1 - p);
                ga += r * x[i];
                gb += r;
                haa += w * x[i] * x[i];
                hab += w * x[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = -(hbb * ga - hab * gb) / det;
            double db = -(haa * gb - hab * ga) / det;
            double step = 1;
            double next = loss(x, labels, a + da, b + db);
            while (next > loss && step > 1e-10) {
                step /= 2;
                next = loss(x, labels, a + step * da, b + step * db);
            }
            if (next > loss) {
                break;
            }
            a += step * da;
            b += step * db;
            boolean converged = Math.abs(step * da) < 1e-10 && Math.abs(step * db) < 1e-10
                    || loss - next < 1e-12 * Math.max(1, loss);
            loss = next;
            if (converged) {
                break;
            }
        }
        return new Calibration.Platt(a, b);
    }

    private static double loss(double[] x, byte[] y, double a, double b) {
        double sum = 0.5 * RIDGE * ((a - 1) * (a - 1) + b * b);
        for (int i = 0; i < x.length; i++) {
            double z = a * x[i] + b;
            sum += softplus(z) - y[i] * z;
        }
        return sum;
    }

    /** log(1 + e^z) without overflow. */
    static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }
}
