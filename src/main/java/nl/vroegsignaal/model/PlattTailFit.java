package nl.vroegsignaal.model;

import java.util.Arrays;

/**
 * Fits {@link Calibration.PlattTail}: first Platt scaling, unchanged; then, with Platt's map as a fixed offset, one
 * more coefficient for the slope above the knot, by Newton's method with backtracking (and the tiny ridge of
 * {@link PlattScaling} towards 0). The correction is always kept while the slope above the knot stays positive:
 * a likelihood-ratio test at 5% (the first default) lacked the power to find it on worlds where Platt
 * overestimated the top (evaluation.md); where the top fits Platt's shape the coefficient stays near 0. The
 * likelihood ratio is still reported, for the choice reason.
 */
final class PlattTailFit {
    /** The top share of the fitting rows above the knot: the default signal list, 3% of a cohort. */
    static final double SHARE = 0.03;
    private static final int MAX_ITERATIONS = 100;

    /** The calibration, and twice the log-likelihood the tail gains over Platt on the fitting rows. */
    record Result(Calibration calibration, double likelihoodRatio) {
    }

    private PlattTailFit() {
    }

    static Result fit(double[] scores, byte[] labels) {
        Calibration.Platt platt = PlattScaling.fit(scores, labels); // also checks the scores and labels
        int n = scores.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Calibration.Platt.logit(scores[i]);
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int top = Math.max(1, (int) Math.round(SHARE * n));
        double knot = sorted[Math.max(0, n - top - 1)];
        double[] offset = new double[n];
        double[] above = new double[n];
        for (int i = 0; i < n; i++) {
            offset[i] = platt.a() * x[i] + platt.b();
            above[i] = Math.max(0, x[i] - knot);
        }
        double tail = 0;
        double loss = loss(offset, above, labels, tail);
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double g = PlattScaling.RIDGE * tail;
            double h = PlattScaling.RIDGE;
            for (int i = 0; i < n; i++) {
                double p = PlattScaling.sigmoid(offset[i] + tail * above[i]);
                g += (p - labels[i]) * above[i];
                h += p * (1 - p) * above[i] * above[i];
            }
            double step = g / h;
            double t = 1;
            double next = loss(offset, above, labels, tail - step);
            while (next > loss && t > 1e-10) {
                t /= 2;
                next = loss(offset, above, labels, tail - t * step);
            }
            if (next > loss) {
                break;
            }
            boolean converged = Math.abs(t * step) < 1e-10 || loss - next < 1e-12 * Math.max(1, loss);
            tail -= t * step;
            loss = next;
            if (converged) {
                break;
            }
        }
        double ratio = 2 * (dataLoss(offset, above, labels, 0) - dataLoss(offset, above, labels, tail));
        boolean increasing = platt.a() <= 0 || platt.a() + tail > 0;
        Calibration chosen = increasing
                ? new Calibration.PlattTail(platt.a(), platt.b(), knot, tail) : platt;
        return new Result(chosen, ratio);
    }

    private static double loss(double[] offset, double[] above, byte[] y, double tail) {
        return dataLoss(offset, above, y, tail) + 0.5 * PlattScaling.RIDGE * tail * tail;
    }

    /** The negative log-likelihood of the labels. */
    private static double dataLoss(double[] offset, double[] above, byte[] y, double tail) {
        double sum = 0;
        for (int i = 0; i < offset.length; i++) {
            double z = offset[i] + tail * above[i];
            sum += PlattScaling.softplus(z) - y[i] * z;
        }
        return sum;
    }
}
