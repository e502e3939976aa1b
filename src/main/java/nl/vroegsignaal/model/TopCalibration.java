package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Calibration where the risk is used: the mean predicted risk against the observed rate in the top 1%, 3% and
 * 10% of the ranking, with a 95% Wilson interval around the observed rate. A signal list prints the risks of
 * its top, so they must hold there; the reliability table's top bin is too wide to show it.
 *
 * @param share         the top share of the ranking, e.g. 0.01
 * @param persons       persons in it (the share of the rows, rounded half up, at least 1)
 * @param positives     of whom left school without a qualification
 * @param meanPredicted their mean predicted risk
 * @param observedRate  positives / persons
 * @param lower         95% Wilson interval of the observed rate
 * @param upper         idem
 */
public record TopCalibration(double share, int persons, int positives, double meanPredicted, double observedRate,
                             double lower, double upper) {
    public static final double[] SHARES = {0.01, 0.03, 0.10};
    private static final double Z = 1.959963984540054;

    /** True when the mean predicted risk lies inside the interval around the observed rate. */
    public boolean holds() {
        return meanPredicted >= lower && meanPredicted <= upper;
    }

    /**
     * The top shares of a ranking by risk (highest first; equal risks by row order, so the result is the same
     * on every run).
     */
    public static List<TopCalibration> of(double[] risk, byte[] label) {
        Integer[] order = new Integer[risk.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(risk[j], risk[i]));
        List<TopCalibration> out = new ArrayList<>();
        for (double share : SHARES) {
            int k = Math.max(1, Math.min(risk.length, (int) Math.round(share * risk.length)));
            double predicted = 0;
            int positives = 0;
            for (int i = 0; i < k; i++) {
                predicted += risk[order[i]];
                positives += label[order[i]];
            }
            double[] w = wilson(positives, k);
            out.add(new TopCalibration(share, k, positives, predicted / k, (double) positives / k, w[0], w[1]));
        }
        return out;
    }

    /** The Wilson score interval at 95% for x successes in n trials. */
    static double[] wilson(int x, int n) {
        double p = (double) x / n;
        double d = 1 + Z * Z / n;
        double centre = (p + Z * Z / (2.0 * n)) / d;
        double half = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)) / d;
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
