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
        for (int i = 0; i < m; i++) {
            sign[i] = b.get(i) < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[i][j] = sign[i] * a.get(i)[j];
            }
            t[i][n + i] = 1;
            t[i][n + m] = sign[i] * b.get(i);
            basis[i] = n + i;
        }
        // phase 1: maximise -sum(artificials)
        double[] phase1 = new double[n + m];
        for (int j = n; j < n + m; j++) {
            phase1[j] = -1;
        }
        run(t, basis, phase1, n + m);
        if (objectiveValue(t, basis, phase1) < -1e-6) {
            throw new IllegalArgumentException("the equations have no non-negative solution");
        }
        // drive artificials out of the basis where a row allows it; in a redundant row one stays, at zero
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                for (int j = 0; j < n; j++) {
                    if (Math.abs(t[i][j]) > EPS && !isBasic(basis, j)) {
                        pivot(t, basis, i, j);
                        break;
                    }
                }
            }
        }
        if (run(t, basis, c, n) == Double.POSITIVE_INFINITY) {
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

    /** Pivots to optimality over the first {@code cols} columns (last column is the right-hand side). */
    private static double run(double[][] t, int[] basis, double[] c, int cols) {
        int rhs = t.length == 0 ? cols : t[0].length - 1;
        while (true) {
            int enter = -1;
            for (int j = 0; j < cols && enter < 0; j++) {
                if (!isBasic(basis, j) && reducedCost(t, basis, c, j) > EPS) {
                    enter = j;
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
                    if (ratio < best - EPS || leave >= 0 && Math.abs(ratio - best) <= EPS && basis[i] < basis[leave]) {
                        best = ratio;
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return Double.POSITIVE_INFINITY;
            }
            pivot(t, basis, leave, enter);
        }
    }

    private static double reducedCost(double[][] t, int[] basis, double[] c, int j) {
        double z = 0;
        for (int i = 0; i < t.length; i++) {
            z += cost(c, basis[i]) * t[i][j];
        }
        return cost(c, j) - z;
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

    private static boolean isBasic(int[] basis, int j) {
        for (int b : basis) {
            if (b == j) {
                return true;
            }
        }
        return false;
    }

    private static void pivot(double[][] t, int[] basis, int row, int col) {
        double p = t[row][col];
        double[] r = t[row];
        for (int j = 0; j < r.length; j++) {
            r[j] /= p;
        }
        for (int i = 0; i < t.length; i++) {
            if (i != row && t[i][col] != 0) {
                double f = t[i][col];
                double[] ri = t[i];
                for (int j = 0; j < ri.length; j++) {
                    ri[j] -= f * r[j];
                }
            }
        }
        basis[row] = col;
    }
}
