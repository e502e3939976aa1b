package nl.vroegsignaal.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The range a reader can narrow a hidden figure down to: the minimum and maximum of its sum of cells over all
 * non-negative cell values that reproduce every shown figure (a linear program). Cells that are shown figures
 * themselves are constants; only the connected part of the equations that reaches the figure is solved. The
 * shadow prices of the two optima name the shown figures that limit the range: hiding one of them widens it.
 */
final class RangeAudit {
    private static final double EPS = 1e-6;
    private final Publication p;

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
        this.p = p;
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
                var[t * cells + c] = hidden[p.figureOfCell(t, c)] ? vars++ : -1;
            }
        }
        List<double[]> rows = new ArrayList<>();
        List<Double> rhs = new ArrayList<>();
        List<Integer> source = new ArrayList<>();
        for (int e = 0; e < p.entries(); e++) {
            List<int[]> forms = p.forms(e);
            if (!hidden[e]) {
                for (int[] form : forms) {
                    double[] row = new double[vars];
                    double constant = add(row, form, var, 1);
                    if (nonZero(row)) {
                        rows.add(row);
                        rhs.add(p.value(e) - constant);
                        source.add(e);
                    }
                }
            } else {
                for (int k = 1; k < forms.size(); k++) {
                    double[] row = new double[vars];
                    double constant = add(row, forms.get(0), var, 1) - add(row, forms.get(k), var, -1);
                    if (nonZero(row)) {
                        rows.add(row);
                        rhs.add(-constant);
                        source.add(-1);
                    }
                }
            }
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
