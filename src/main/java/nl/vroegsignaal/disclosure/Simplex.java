package nl.vroegsignaal.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * A small dense two-phase simplex method with Bland's rule (so it never cycles), for the bounds a reader can put
 * on a hidden count: optimise {@code c.x} subject to {@code A x = b}, {@code x >= 0}. The problems here have at
 * most a few hundred unknowns with coefficients 0 and 1, so a dense tableau in doubles is exact enough.
 * (Commons Math 3.6.1's SimplexSolver returns wrong optima for equality-constrained problems such as
 * "maximise x2 subject to x1 + x2 + x3 = 48"; hence this class.)
 */
public final class Simplex {
    private static final double EPS = 1e-9;

    private Simplex() {
    }

    /** The optimum and, per equation, its shadow price (how much the optimum moves per unit of its right side). */
    public record Result(double value, double[] duals) {
    }

    /** The largest value of {@code c.x}; +infinity when unbounded. Throws when no x satisfies the equations. */
    public static double maximise(double[] c, List<double[]> a, List<Double> b) {
        return solve(c, a, b).value();
    }

    /** The smallest value of {@code c.x}; -infinity when unbounded. */
    public static double minimise(double[] c, List<double[]> a, List<Double> b) {
        return -solve(negate(c), a, b).value();
    }

    /** As {@link #maximise}, with the shadow prices (null when unbounded). */
    public static Result maximum(double[] c, List<double[]> a, List<Double> b) {
        return solve(c, a, b);
    }

    /** As {@link #minimise}, with the shadow prices of maximising -c.x (null when unbounded). */
    public static Result minimum(double[] c, List<double[]> a, List<Double> b) {
        Result r = solve(negate(c), a, b);
        return new Result(-r.value(), r.duals());
    }

    private static double[] negate(double[] c) {
        double[] n = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            n[i] = -c[i];
        }
        return n;
    }

    /** Maximises c.x; the artificial columns stay in the tableau (never entering again) to read the duals. */
    private static Result solve(double[] c, List<double[]> a, List<Double> b) {
        int n = c.length;
        int m = a.size();
        // tableau rows: [A | I (artificials) | b], with b made non-negative
        double[][] t = new double[m][n + m + 1];
        double[] sign = new double[m];
        int[] basis = new int[m];
        boolean[] basic = new boolean[n + m];
        for (int i = 0; i < m; i++) {
            sign[i] = b.get(i) < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[i][j] = sign[i] * a.get(i)[j];
            }
            t[i][n + i] = 1;
            t[i][n + m] = sign[i] * b.get(i);
            basis[i] = n + i;
            basic[n + i] = true;
        }
        Tableau tab = new Tableau(t, basis, basic);
        // phase 1: maximise -sum(artificials)
        double[] phase1 = new double[n + m];
        for (int j = n; j < n + m; j++) {
            phase1[j] = -1;
        }
        tab.run(phase1, n + m);
        if (objectiveValue(t, basis, phase1) < -1e-6) {
            throw new IllegalArgumentException("the equations have no non-negative solution");
        }
        // drive artificials out of the basis where a row allows it; in a redundant row one stays, at zero
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                for (int j = 0; j < n; j++) {
                    if (Math.abs(t[i][j]) > EPS && !basic[j]) {
                        tab.pivot(i, j, null);
                        break;
                    }
                }
            }
        }
        if (tab.run(c, n) == Double.POSITIVE_INFINITY) {
            return new Result(Double.POSITIVE_INFINITY, null);
        }
        double[] duals = new double[m];
        for (int i = 0; i < m; i++) {
            double y = 0;
            for (int k = 0; k < m; k++) {
                y += cost(c, basis[k]) * t[k][n + i];
            }
            duals[i] = sign[i] * y;
        }
        return new Result(objectiveValue(t, basis, c), duals);
    }

    /**
     * The tableau with its basis. Bland's rule as before (the lowest column with a positive reduced cost enters;
     * the lowest ratio leaves, on a tie the lowest basic column), with the reduced costs kept as a row that every
     * pivot updates, and each pivot touching only the non-zero entries of the pivot row.
     */
    private static final class Tableau {
        private final double[][] t;
        private final int[] basis;
        private final boolean[] basic;
        private final int[] nonZero;

        Tableau(double[][] t, int[] basis, boolean[] basic) {
            this.t = t;
            this.basis = basis;
            this.basic = basic;
            this.nonZero = new int[t.length == 0 ? 0 : t[0].length];
        }

        /** Pivots to optimality over the first {@code cols} columns (last column is the right-hand side). */
        double run(double[] c, int cols) {
            int width = t.length == 0 ? cols + 1 : t[0].length;
            int rhs = width - 1;
            // reduced costs of every column (the right-hand side's entry is unused)
            double[] z = new double[width];
            for (int j = 0; j < rhs; j++) {
                z[j] = cost(c, j);
            }
            for (int i = 0; i < t.length; i++) {
                double cb = cost(c, basis[i]);
                if (cb != 0) {
                    double[] ri = t[i];
                    for (int j = 0; j < rhs; j++) {
                        z[j] -= cb * ri[j];
                    }
                }
            }
            while (true) {
                int enter = -1;
                for (int j = 0; j < cols; j++) {
                    if (!basic[j] && z[j] > EPS) {
                        enter = j;
                        break;
                    }
                }
                if (enter < 0) {
                    return 0;
                }
                int leave = -1;
                double best = Double.POSITIVE_INFINITY;
                for (int i = 0; i < t.length; i++) {
                    if (t[i][enter] > EPS) {
                        double ratio = t[i][rhs] / t[i][enter];
                        if (ratio < best - EPS || leave >= 0 && Math.abs(ratio - best) <= EPS
                                && basis[i] < basis[leave]) {
                            best = ratio;
                            leave = i;
                        }
                    }
                }
                if (leave < 0) {
                    return Double.POSITIVE_INFINITY;
                }
                pivot(leave, enter, z);
            }
        }

        /** Pivots on (row, col), updating the reduced costs {@code z} too when given. */
        void pivot(int row, int col, double[] z) {
            double[] r = t[row];
            double p = r[col];
            int nz = 0;
            for (int j = 0; j < r.length; j++) {
                if (r[j] != 0) {
                    r[j] /= p;
                    nonZero[nz++] = j;
                }
            }
            for (int i = 0; i < t.length; i++) {
                if (i != row && t[i][col] != 0) {
                    double f = t[i][col];
                    double[] ri = t[i];
                    for (int k = 0; k < nz; k++) {
                        int j = nonZero[k];
                        ri[j] -= f * r[j];
                    }
                }
            }
            if (z != null && z[col] != 0) {
                double f = z[col];
                for (int k = 0; k < nz; k++) {
                    int j = nonZero[k];
                    if (j < z.length - 1) {
                        z[j] -= f * r[j];
                    }
                }
            }
            basic[basis[row]] = false;
            basis[row] = col;
            basic[col] = true;
        }
    }

    private static double cost(double[] c, int j) {
        return j < c.length ? c[j] : 0;
    }

    private static double objectiveValue(double[][] t, int[] basis, double[] c) {
        double v = 0;
        for (int i = 0; i < t.length; i++) {
            v += cost(c, basis[i]) * t[i][t[i].length - 1];
        }
        return v;
    }
}
