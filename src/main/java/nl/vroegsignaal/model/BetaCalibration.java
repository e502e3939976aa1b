package nl.vroegsignaal.model;

/**
 * Fits {@link Calibration.Beta}: a logistic regression of the labels on the inputs ln(s) and -ln(1 - s) and a
 * constant, by Newton's method with backtracking on the negative log-likelihood plus the tiny ridge of
 * {@link PlattScaling} pulling (a, b, c) towards the identity (1, 1, 0). As in the paper, a coefficient that comes
 * out below 0 is fixed at 0 and the others fitted again, so the map never decreases.
 */
final class BetaCalibration {
    private static final int MAX_ITERATIONS = 200;
    private static final double[] IDENTITY = {1, 1, 0};

    private BetaCalibration() {
    }

    static Calibration.Beta fit(double[] scores, byte[] labels) {
        LabelChecks.requireProbabilities("beta calibration", scores, labels);
        int n = scores.length;
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[]{logScore(scores[i]), logRest(scores[i]), 1};
        }
        double[] w = fit(x, labels, new boolean[]{true, true, true});
        if (w[1] < 0) {
            w = fit(x, labels, new boolean[]{true, false, true});
        }
        if (w[0] < 0) {
            w = fit(x, labels, new boolean[]{false, true, true});
            if (w[1] < 0) { // a score that does not rank: the mean risk for everyone
                w = fit(x, labels, new boolean[]{false, false, true});
            }
        }
        return new Calibration.Beta(w[0], w[1], w[2]);
    }

    /** ln(s), s clipped as in Platt scaling. */
    static double logScore(double score) {
        return Math.log(clip(score));
    }

    /** -ln(1 - s), s clipped as in Platt scaling; increasing in s, so that b >= 0 keeps the map increasing. */
    static double logRest(double score) {
        return -Math.log1p(-clip(score));
    }

    private static double clip(double score) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("beta calibration: score is NaN");
        }
        return Math.min(1 - Calibration.Platt.CLIP, Math.max(Calibration.Platt.CLIP, score));
    }

    /** The coefficients with those not {@code free} held at 0. */
    private static double[] fit(double[][] x, byte[] y, boolean[] free) {
        int k = free.length;
        double[] w = new double[k];
        for (int j = 0; j < k; j++) {
            w[j] = free[j] ? IDENTITY[j] : 0;
        }
        double loss = loss(x, y, w, free);
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double[] g = new double[k];
            double[][] h = new double[k][k];
            for (int j = 0; j < k; j++) {
                if (free[j]) {
                    g[j] = PlattScaling.RIDGE * (w[j] - IDENTITY[j]);
                    h[j][j] = PlattScaling.RIDGE;
                } else {
                    h[j][j] = 1; // a fixed coefficient gets a zero step
                }
            }
            for (int i = 0; i < x.length; i++) {
                double p = PlattScaling.sigmoid(dot(w, x[i]));
                double r = p - y[i];
                double v = p * (1 - p);
                for (int j = 0; j < k; j++) {
                    if (!free[j]) {
                        continue;
                    }
                    g[j] += r * x[i][j];
                    for (int l = 0; l < k; l++) {
                        if (free[l]) {
                            h[j][l] += v * x[i][j] * x[i][l];
                        }
                    }
                }
            }
            double[] step = solve(h, g);
            double t = 1;
            double next = loss(x, y, plus(w, step, -t), free);
            while (next > loss && t > 1e-10) {
                t /= 2;
                next = loss(x, y, plus(w, step, -t), free);
            }
            if (next > loss) {
                break;
            }
            double[] moved = plus(w, step, -t);
            double largest = 0;
            for (int j = 0; j < k; j++) {
                largest = Math.max(largest, Math.abs(moved[j] - w[j]));
            }
            boolean converged = largest < 1e-10 || loss - next < 1e-12 * Math.max(1, loss);
            w = moved;
            loss = next;
            if (converged) {
                break;
            }
        }
        return w;
    }

    private static double loss(double[][] x, byte[] y, double[] w, boolean[] free) {
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            if (free[j]) {
                sum += 0.5 * PlattScaling.RIDGE * (w[j] - IDENTITY[j]) * (w[j] - IDENTITY[j]);
            }
        }
        for (int i = 0; i < x.length; i++) {
            double z = dot(w, x[i]);
            sum += PlattScaling.softplus(z) - y[i] * z;
        }
        return sum;
    }

    private static double dot(double[] w, double[] x) {
        double z = 0;
        for (int j = 0; j < w.length; j++) {
            z += w[j] * x[j];
        }
        return z;
    }

    private static double[] plus(double[] w, double[] step, double t) {
        double[] out = w.clone();
        for (int j = 0; j < w.length; j++) {
            out[j] += t * step[j];
        }
        return out;
    }

    /** Solves h s = g by Gaussian elimination with partial pivoting (h is small, symmetric, positive definite). */
    private static double[] solve(double[][] h, double[] g) {
        int k = g.length;
        double[][] a = new double[k][];
        for (int j = 0; j < k; j++) {
            a[j] = java.util.Arrays.copyOf(h[j], k + 1);
            a[j][k] = g[j];
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = col + 1; r < k; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= k; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        double[] s = new double[k];
        for (int r = k - 1; r >= 0; r--) {
            double sum = a[r][k];
            for (int c = r + 1; c < k; c++) {
                sum -= a[r][c] * s[c];
            }
            s[r] = sum / a[r][r];
        }
        return s;
    }
}
