package nl.vroegsignaal.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The range a reader can narrow a hidden figure down to: the minimum and maximum of its sum of cells over all
 * non-negative cell values that reproduce every shown figure (a linear program). Cells that are exact shown
 * figures themselves are constants; only the connected part of the equations that reaches the figure is solved.
 * A rounded figure (controlled rounding to base {@link Disclosure#MIN_PERSONS}) is not an equation but a band:
 * the reader knows only that the true count lies less than the base away from the printed one. The shadow
 * prices of the two optima name the shown figures that limit the range: hiding one of them widens it.
 */
final class RangeAudit {
    private static final double EPS = 1e-6;
    /** A rounded count is known to within this much either way. */
    static final int ROUNDING_SLACK = Disclosure.MIN_PERSONS - 1;
    private final Publication p;
    /** Per figure: printed rounded (then {@link #printed} holds the printed value). */
    private final boolean[] rounded;
    private final long[] printed;

    /** One figure's range and the shown figures that bound it. */
    record Range(double min, double max, Set<Integer> limits) {
        /** True when the integer range starts at 10 or more, or is at least 10 wide. */
        boolean isProtected() {
            double lo = Math.ceil(min - EPS);
            double hi = Math.floor(max + EPS);
            return lo >= Disclosure.MIN_PERSONS || hi - lo >= Disclosure.MIN_PERSONS;
        }
    }

    RangeAudit(Publication p) {
        this(p, new boolean[p.entries()], new long[p.entries()]);
    }

    /** With some figures printed rounded: {@code printed[e]} is what is printed for a rounded figure e. */
    RangeAudit(Publication p, boolean[] rounded, long[] printed) {
        this.p = p;
        this.rounded = rounded;
        this.printed = printed;
    }

    boolean isProtected(int figure, boolean[] hidden) {
        return audit(figure, hidden).isProtected();
    }

    /** {min, max} of the figure; max is infinite when nothing bounds it. */
    double[] range(int figure, boolean[] hidden) {
        Range r = audit(figure, hidden);
        return new double[] {r.min(), r.max()};
    }

    Range audit(int figure, boolean[] hidden) {
        int tables = p.tables();
        int cells = p.cellsPerTable();
        int[] var = new int[tables * cells];
        int vars = 0;
        for (int t = 0; t < tables; t++) {
            for (int c = 0; c < cells; c++) {
                int f = p.figureOfCell(t, c);
                var[t * cells + c] = hidden[f] || rounded[f] ? vars++ : -1;
            }
        }
        List<double[]> rows = new ArrayList<>();
        List<Double> rhs = new ArrayList<>();
        List<Integer> source = new ArrayList<>();
        List<double[]> bands = new ArrayList<>();
        List<Integer> bandSource = new ArrayList<>();
        for (int e = 0; e < p.entries(); e++) {
            List<int[]> forms = p.forms(e);
            if (!hidden[e] && !rounded[e]) {
                for (int[] form : forms) {
                    double[] row = new double[vars];
                    double constant = add(row, form, var, 1);
                    if (nonZero(row)) {
                        rows.add(row);
                        rhs.add(p.value(e) - constant);
                        source.add(e);
                    }
                }
                continue;
            }
            for (int k = 1; k < forms.size(); k++) {
                double[] row = new double[vars];
                double constant = add(row, forms.get(0), var, 1) - add(row, forms.get(k), var, -1);
                if (nonZero(row)) {
                    rows.add(row);
                    rhs.add(-constant);
                    source.add(-1);
                }
            }
            if (rounded[e] && !hidden[e]) {
                double[] row = new double[vars];
                double constant = add(row, forms.get(0), var, 1);
                if (nonZero(row)) {
                    // the true count lies in printed +- slack: two equations with a slack unknown each
                    double[] band = new double[vars + 1];
                    System.arraycopy(row, 0, band, 0, vars);
                    band[vars] = printed[e] - constant;
                    bands.add(band);
                    bandSource.add(e);
                }
            }
        }
        if (!bands.isEmpty()) {
            int all = vars + 2 * bands.size();
            List<double[]> wide = new ArrayList<>();
            for (double[] row : rows) {
                wide.add(java.util.Arrays.copyOf(row, all));
            }
            for (int i = 0; i < bands.size(); i++) {
                double[] band = bands.get(i);
                double centre = band[vars];
                double[] upper = java.util.Arrays.copyOf(band, all);
                upper[vars] = 0;
                upper[vars + 2 * i] = 1; // form + s = centre + slack
                wide.add(upper);
                rhs.add(centre + ROUNDING_SLACK);
                source.add(bandSource.get(i));
                double[] lower = java.util.Arrays.copyOf(band, all);
                lower[vars] = 0;
                lower[vars + 2 * i + 1] = -1; // form - s' = centre - slack
                wide.add(lower);
                rhs.add(centre - ROUNDING_SLACK);
                source.add(bandSource.get(i));
            }
            rows = wide;
            vars = all;
        }
        double[] objective = new double[vars];
        double constant = add(objective, p.forms(figure).get(0), var, 1);
        if (!nonZero(objective)) {
            return new Range(constant, constant, directLimits(figure, hidden));
        }
        boolean[] keep = component(objective, rows, vars);
        int[] column = new int[vars];
        int kept = 0;
        for (int v = 0; v < vars; v++) {
            column[v] = keep[v] ? kept++ : -1;
        }
        List<double[]> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (touches(rows.get(i), keep)) {
                a.add(compact(rows.get(i), column, kept));
                b.add(rhs.get(i));
                from.add(source.get(i));
            }
        }
        double[] c = compact(objective, column, kept);
        Simplex.Result max = Simplex.maximum(c, a, b);
        Simplex.Result min = Simplex.minimum(c, a, b);
        Set<Integer> limits = new LinkedHashSet<>();
        for (Simplex.Result r : List.of(max, min)) {
            if (r.duals() != null) {
                for (int i = 0; i < from.size(); i++) {
                    if (Math.abs(r.duals()[i]) > 1e-9 && from.get(i) >= 0) {
                        limits.add(from.get(i));
                        shownCells(from.get(i), hidden, limits);
                    }
                }
            }
        }
        return new Range(constant + min.value(), constant + max.value(), limits);
    }

    /**
     * The shown cells inside a limiting figure: they entered its equation as constants, and hiding one of them
     * frees the equation as well as hiding the figure itself would.
     */
    private void shownCells(int figure, boolean[] hidden, Set<Integer> out) {
        for (int[] form : p.forms(figure)) {
            for (int c : p.cellsOf(form[1])) {
                int cell = p.figureOfCell(form[0], c);
                if (!hidden[cell]) {
                    out.add(cell);
                }
            }
        }
    }

    /** A figure whose cells are all shown: every shown figure in a line with it pins it down. */
    private Set<Integer> directLimits(int figure, boolean[] hidden) {
        Set<Integer> limits = new LinkedHashSet<>();
        for (int[] line : p.linesOf(figure)) {
            for (int e : line) {
                if (!hidden[e]) {
                    limits.add(e);
                }
            }
        }
        return limits;
    }

    /** Adds sign x the unknown cells of a form to row; returns sign x the sum of its known cells. */
    private double add(double[] row, int[] form, int[] var, int sign) {
        int t = form[0];
        double constant = 0;
        for (int c : p.cellsOf(form[1])) {
            int v = var[t * p.cellsPerTable() + c];
            if (v >= 0) {
                row[v] += sign;
            } else {
                constant += p.cellValue(t, c);
            }
        }
        return constant;
    }

    private static double[] compact(double[] row, int[] column, int kept) {
        double[] out = new double[kept];
        for (int v = 0; v < row.length; v++) {
            if (column[v] >= 0) {
                out[column[v]] = row[v];
            }
        }
        return out;
    }

    /** The unknowns connected to the objective's through shared equations. */
    private static boolean[] component(double[] objective, List<double[]> rows, int vars) {
        boolean[] in = new boolean[vars];
        for (int v = 0; v < vars; v++) {
            in[v] = objective[v] != 0;
        }
        boolean[] used = new boolean[rows.size()];
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < rows.size(); i++) {
                if (!used[i] && touches(rows.get(i), in)) {
                    used[i] = true;
                    grew = true;
                    double[] row = rows.get(i);
                    for (int v = 0; v < vars; v++) {
                        in[v] |= row[v] != 0;
                    }
                }
            }
        }
        return in;
    }

    private static boolean touches(double[] row, boolean[] set) {
        for (int v = 0; v < row.length; v++) {
            if (row[v] != 0 && set[v]) {
                return true;
            }
        }
        return false;
    }

    private static boolean nonZero(double[] row) {
        for (double x : row) {
            if (x != 0) {
                return true;
            }
        }
        return false;
    }
}
