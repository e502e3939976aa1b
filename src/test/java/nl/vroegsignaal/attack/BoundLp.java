package nl.vroegsignaal.attack;

import java.util.ArrayList;
import java.util.List;

/**
 * The attacker's own linear program, written apart from {@code nl.vroegsignaal.disclosure} (which only knows
 * equations): rows {@code a.x <= b}, {@code a.x = b} or {@code a.x >= b} over {@code x >= 0}, so a rate shown with
 * limited precision enters as two inequalities. Dense two-phase simplex with Bland's rule. The phase-one basis is
 * kept, so each bound (min and max of one linear form) costs only a phase two.
 *
 * <p>Every optimum comes with its point, and {@link #range} checks that point against the rows itself: a
 * reported range is then always inside the true one, so a solver fault can only make the attacker stricter
 * (a false alarm), never hide a leak.
 */
final class BoundLp {
    enum Rel { LE, EQ, GE }

    /** One row; {@code label} says which published figure it comes from (for the message when rows contradict). */
    record Row(double[] a, Rel rel, double b, String label) {
        Row(double[] a, Rel rel, double b) {
            this(a, rel, b, "");
        }
    }

    private static final double EPS = 1e-9;
    /** Smallest pivot element: smaller ones are rounding noise and would blow the tableau up. */
    private static final double PIVOT = 1e-7;
    private static final double FEAS = 1e-6;

    private final int n;
    private final List<Row> rows;
    /** Tableau after phase one: m rows of [structural | slack/surplus | rhs], artificials removed. */
    private double[][] base;
    private int[] basis;
    private int cols;
    /** The rows as first written (signs flipped to a non-negative right side), same columns: for refactoring. */
    private double[][] original;
    /** How often an optimum had to be refactored from the original rows (for tests and the benchmark). */
    private int refactored;

    BoundLp(int variables, List<Row> rows) {
        this.n = variables;
        this.rows = List.copyOf(rows);
    }

    /** The smallest and largest value of {@code c.x}: {min, max}; max is +infinity when unbounded. */
    double[] range(double[] c) {
        if (base == null) {
            phaseOne();
        }
        double max = optimise(c);
        double[] neg = new double[c.length];
        for (int j = 0; j < c.length; j++) {
            neg[j] = -c[j];
        }
        double min = -optimise(neg);
        return new double[] {min, max};
    }

    private void phaseOne() {
        int m = rows.size();
        int slacks = 0;
        int arts = 0;
        for (Row r : rows) {
            Rel rel = r.b() < 0 ? flip(r.rel()) : r.rel();
            slacks += rel == Rel.EQ ? 0 : 1;
            arts += rel == Rel.LE ? 0 : 1;
        }
        int width = n + slacks + arts + 1;
        double[][] t = new double[m][width];
        int[] bas = new int[m];
        int s = n;
        int art = n + slacks;
        int[] rowOfArt = new int[arts];
        for (int i = 0; i < m; i++) {
            Row r = rows.get(i);
            double sign = r.b() < 0 ? -1 : 1;
            Rel rel = r.b() < 0 ? flip(r.rel()) : r.rel();
            for (int j = 0; j < n; j++) {
                t[i][j] = sign * r.a()[j];
            }
            t[i][width - 1] = sign * r.b();
            if (rel == Rel.LE) {
                t[i][s] = 1;
                bas[i] = s++;
            } else {
                if (rel == Rel.GE) {
                    t[i][s++] = -1;
                }
                t[i][art] = 1;
                rowOfArt[art - n - slacks] = i;
                bas[i] = art++;
            }
        }
        int firstArt = n + slacks;
        original = new double[m][firstArt + 1];
        for (int i = 0; i < m; i++) {
            System.arraycopy(t[i], 0, original[i], 0, firstArt);
            original[i][firstArt] = t[i][width - 1];
        }
        double[] obj = new double[width];
        for (int j = firstArt; j < width - 1; j++) {
            obj[j] = -1; // maximise minus the sum of artificials
        }
        double value = simplex(t, bas, obj, width - 1);
        if (value < -FEAS * Math.max(1, maxRhs())) {
            // the rows whose artificial stays positive are the ones the others cannot satisfy together
            java.util.Set<String> broken = new java.util.TreeSet<>();
            for (int i = 0; i < m; i++) {
                if (bas[i] >= firstArt && t[i][width - 1] > FEAS) {
                    broken.add(rows.get(rowOfArt[bas[i] - firstArt]).label() + " (short by "
                            + String.format(java.util.Locale.ROOT, "%.3f", t[i][width - 1]) + ")");
                }
            }
            throw new IllegalStateException("the published figures contradict each other (phase one " + value
                    + "); rows left unsatisfied: " + String.join("; ", broken));
        }
        // drive artificials out of the basis; a row that cannot be pivoted is redundant
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (bas[i] >= firstArt) {
                int enter = -1;
                double best = 1e-7; // the largest coefficient: a tiny pivot would blow the tableau up
                for (int j = 0; j < firstArt; j++) {
                    if (Math.abs(t[i][j]) > best) {
                        best = Math.abs(t[i][j]);
                        enter = j;
                    }
                }
                if (enter < 0) {
                    continue;
                }
                pivot(t, bas, i, enter);
            }
            keep.add(i);
        }
        cols = firstArt + 1;
        base = new double[keep.size()][cols];
        basis = new int[keep.size()];
        for (int k = 0; k < keep.size(); k++) {
            int i = keep.get(k);
            System.arraycopy(t[i], 0, base[k], 0, firstArt);
            base[k][cols - 1] = t[i][width - 1];
            basis[k] = bas[i];
        }
    }

    private double maxRhs() {
        double m = 0;
        for (Row r : rows) {
            m = Math.max(m, Math.abs(r.b()));
        }
        return m;
    }

    private double optimise(double[] c) {
        double[][] t = new double[base.length][];
        for (int i = 0; i < t.length; i++) {
            t[i] = base[i].clone();
        }
        int[] bas = basis.clone();
        double[] obj = new double[cols];
        System.arraycopy(c, 0, obj, 0, n);
        double value = simplex(t, bas, obj, cols - 1);
        if (Double.isInfinite(value)) {
            return value;
        }
        double[] x = point(t, bas);
        if (!satisfied(x)) {
            // rounding has drifted over the pivots: the same basis computed afresh from the rows as written, and
            // the simplex continued from there (a few pivots at most), before the point is checked for good
            refactored++;
            t = refactor(bas);
            value = simplex(t, bas, obj, cols - 1);
            if (Double.isInfinite(value)) {
                return value;
            }
            x = point(t, bas);
        }
        check(x);
        double direct = 0;
        for (int j = 0; j < n; j++) {
            direct += c[j] * x[j];
        }
        return direct;
    }

    private double[] point(double[][] t, int[] bas) {
        double[] x = new double[n];
        for (int i = 0; i < bas.length; i++) {
            if (bas[i] < n) {
                x[bas[i]] = t[i][cols - 1];
            }
        }
        return x;
    }

    /**
     * The tableau of basis {@code bas} computed from the original rows by Gauss-Jordan elimination with partial
     * pivoting (each basic column pivoted on the unused row where it is largest); rows left over are redundant and
     * dropped. A basic value that comes out slightly negative (the drifted basis was at the edge) is set to 0;
     * the check of the point afterwards decides whether that was harmless.
     */
    private double[][] refactor(int[] bas) {
        int rows = original.length;
        double[][] t = new double[rows][];
        for (int i = 0; i < rows; i++) {
            t[i] = original[i].clone();
        }
        boolean[] used = new boolean[rows];
        int[] rowOf = new int[bas.length];
        int[] scratch = new int[rows];
        for (int k = 0; k < bas.length; k++) {
            int col = bas[k];
            int best = -1;
            double size = 1e-12;
            for (int i = 0; i < rows; i++) {
                if (!used[i] && Math.abs(t[i][col]) > size) {
                    size = Math.abs(t[i][col]);
                    best = i;
                }
            }
            if (best < 0) {
                throw new IllegalStateException("the final basis is singular when computed afresh (column " + col
                        + ")");
            }
            pivot(t, scratch, best, col);
            used[best] = true;
            rowOf[k] = best;
        }
        double[][] out = new double[bas.length][];
        for (int k = 0; k < bas.length; k++) {
            out[k] = t[rowOf[k]];
            if (out[k][cols - 1] < 0) {
                out[k][cols - 1] = 0;
            }
        }
        return out;
    }

    /** Whether the point satisfies every row within the tolerance of {@link #check}. */
    private boolean satisfied(double[] x) {
        try {
            check(x);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    int refactorings() {
        return refactored;
    }

    /** The optimum's point satisfies every row: otherwise the solver is wrong and the test must not pass. */
    private void check(double[] x) {
        for (int j = 0; j < n; j++) {
            if (x[j] < -FEAS) {
                throw new IllegalStateException("negative count " + x[j] + " at unknown " + j);
            }
        }
        for (Row r : rows) {
            double v = 0;
            for (int j = 0; j < n; j++) {
                v += r.a()[j] * x[j];
            }
            double tol = FEAS * Math.max(1, Math.abs(r.b()));
            boolean ok = switch (r.rel()) {
                case LE -> v <= r.b() + tol;
                case GE -> v >= r.b() - tol;
                case EQ -> Math.abs(v - r.b()) <= tol;
            };
            if (!ok) {
                throw new IllegalStateException("optimum breaks a row (" + r.label() + "): " + v + " " + r.rel() + " "
                        + r.b());
            }
        }
    }

    /**
     * Maximises obj.x over the tableau (columns below {@code rhs}); returns the optimum or +infinity. The
     * reduced costs are kept as one more row and pivoted with the rest. Dantzig's rule (largest reduced cost),
     * falling back to Bland's rule (first improving column, so no cycling) after a run of degenerate pivots.
     */
    private static double simplex(double[][] t, int[] bas, double[] obj, int rhs) {
        int m = t.length;
        double[] z = new double[rhs + 1];
        for (int j = 0; j <= rhs; j++) {
            double r = j < rhs ? obj[j] : 0;
            for (int i = 0; i < m; i++) {
                r -= obj[bas[i]] * t[i][j];
            }
            z[j] = r; // z[rhs] = -objective value
        }
        int degenerate = 0;
        while (true) {
            boolean bland = degenerate > 50;
            int enter = -1;
            double best = EPS;
            for (int j = 0; j < rhs; j++) {
                if (z[j] > best) {
                    enter = j;
                    if (bland) {
                        break;
                    }
                    best = z[j];
                }
            }
            if (enter < 0) {
                return -z[rhs];
            }
            int leave = -1;
            double ratio = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (t[i][enter] > PIVOT) {
                    double q = t[i][rhs] / t[i][enter];
                    // ties: Bland's smallest index against cycling, else the largest pivot (less rounding)
                    boolean tie = leave >= 0 && Math.abs(q - ratio) <= EPS;
                    if (q < ratio - EPS || tie && (bland ? bas[i] < bas[leave] : t[i][enter] > t[leave][enter])) {
                        ratio = q;
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return Double.POSITIVE_INFINITY;
            }
            degenerate = ratio <= EPS ? degenerate + 1 : 0;
            pivot(t, bas, leave, enter);
            double f = z[enter];
            double[] p = t[leave];
            for (int j = 0; j <= rhs; j++) {
                z[j] -= f * p[j];
            }
        }
    }

    private static void pivot(double[][] t, int[] bas, int row, int col) {
        double[] p = t[row];
        double d = p[col];
        for (int j = 0; j < p.length; j++) {
            p[j] /= d;
        }
        for (int i = 0; i < t.length; i++) {
            if (i != row) {
                double f = t[i][col];
                if (f != 0) {
                    double[] r = t[i];
                    for (int j = 0; j < r.length; j++) {
                        r[j] -= f * p[j];
                    }
                }
            }
        }
        bas[row] = col;
    }

    private static Rel flip(Rel r) {
        return r == Rel.LE ? Rel.GE : r == Rel.GE ? Rel.LE : Rel.EQ;
    }
}
