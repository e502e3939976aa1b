package nl.vroegsignaal.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The range a reader can narrow a hidden figure down to: the minimum and maximum of its sum of cells over all
 * non-negative cell values that reproduce every shown figure (a linear program). Cells that are shown figures
 * themselves are constants; only the connected part of the equations that reaches the figure is solved.
 */
final class RangeAudit {
    private static final double EPS = 1e-6;
    private final Publication p;

    RangeAudit(Publication p) {
        this.p = p;
    }

    /** True when the figure's integer range starts at 10 or more, or is at least 10 wide. */
    boolean isProtected(int figure, boolean[] hidden) {
        double[] r = range(figure, hidden);
        double lo = Math.ceil(r[0] - EPS);
        double hi = Math.floor(r[1] + EPS);
        return lo >= Disclosure.MIN_PERSONS || hi - lo >= Disclosure.MIN_PERSONS;
    }

    /** {min, max} of the figure; max is infinite when nothing bounds it. */
    double[] range(int figure, boolean[] hidden) {
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
        for (int e = 0; e < p.entries(); e++) {
            List<int[]> forms = p.forms(e);
            if (!hidden[e]) {
                for (int[] form : forms) {
                    double[] row = new double[vars];
                    double constant = add(row, form, var, 1);
                    if (nonZero(row)) {
                        rows.add(row);
                        rhs.add(p.value(e) - constant);
                    }
                }
            } else {
                for (int k = 1; k < forms.size(); k++) {
                    double[] row = new double[vars];
                    double constant = add(row, forms.get(0), var, 1) - add(row, forms.get(k), var, -1);
                    if (nonZero(row)) {
                        rows.add(row);
                        rhs.add(-constant);
                    }
                }
            }
        }
        double[] objective = new double[vars];
        double constant = add(objective, p.forms(figure).get(0), var, 1);
        if (!nonZero(objective)) {
            return new double[] {constant, constant};
        }
        boolean[] keep = component(objective, rows, vars);
        int[] column = new int[vars];
        int kept = 0;
        for (int v = 0; v < vars; v++) {
            column[v] = keep[v] ? kept++ : -1;
        }
        List<double[]> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (touches(rows.get(i), keep)) {
                a.add(compact(rows.get(i), column, kept));
                b.add(rhs.get(i));
            }
        }
        double[] c = compact(objective, column, kept);
        return new double[] {constant + Simplex.minimise(c, a, b), constant + Simplex.maximise(c, a, b)};
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
        return Arrays.stream(row).anyMatch(x -> x != 0);
    }
}
