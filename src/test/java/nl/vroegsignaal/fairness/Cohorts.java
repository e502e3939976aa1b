package nl.vroegsignaal.fairness;

import java.util.Arrays;
import java.util.SplittableRandom;
import nl.vroegsignaal.features.AuditAttributes;

/** Synthetic labelled cohorts for the audit tests, with known generating processes. */
final class Cohorts {
    private Cohorts() {
    }

    /** Draws a level from cumulative-free probabilities. */
    static byte draw(SplittableRandom rnd, double[] p) {
        double u = rnd.nextDouble();
        double acc = 0;
        for (int i = 0; i < p.length; i++) {
            acc += p[i];
            if (u < acc) {
                return (byte) i;
            }
        }
        return (byte) (p.length - 1);
    }

    static AuditAttributes attributes(long seed, int n, double[] pGeslacht, double[] pHerkomst) {
        SplittableRandom rnd = new SplittableRandom(seed);
        byte[] g = new byte[n];
        byte[] h = new byte[n];
        for (int i = 0; i < n; i++) {
            g[i] = draw(rnd, pGeslacht);
            h[i] = draw(rnd, pHerkomst);
        }
        return AuditAttributes.contract(g, h);
    }

    /**
     * A calibrated cohort: each row's risk is logistic(intercept + effect[herkomst] + noise) and its label is a
     * Bernoulli draw with that risk; the top {@code capacity} risks are selected.
     */
    static AuditInput calibrated(long seed, AuditAttributes attrs, double intercept, double[] herkomstEffect,
                                 int capacity) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int n = attrs.rows();
        double[] risk = new double[n];
        byte[] label = new byte[n];
        for (int i = 0; i < n; i++) {
            double z = intercept + herkomstEffect[attrs.column("herkomst").codes()[i]] + 1.2 * gaussian(rnd);
            risk[i] = 1.0 / (1.0 + Math.exp(-z));
            label[i] = (byte) (rnd.nextDouble() < risk[i] ? 1 : 0);
        }
        return new AuditInput(risk, label, topK(risk, capacity), attrs);
    }

    static boolean[] topK(double[] risk, int k) {
        double[] sorted = risk.clone();
        Arrays.sort(sorted);
        double cut = sorted[sorted.length - k];
        boolean[] selected = new boolean[risk.length];
        int taken = 0;
        for (int i = 0; i < risk.length && taken < k; i++) {
            if (risk[i] > cut) {
                selected[i] = true;
                taken++;
            }
        }
        for (int i = 0; i < risk.length && taken < k; i++) {
            if (risk[i] == cut) {
                selected[i] = true;
                taken++;
            }
        }
        return selected;
    }

    static double gaussian(SplittableRandom rnd) {
        double u = 1.0 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
