package nl.vroegsignaal.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The figures of one or more count tables as one set of unknowns and equations: every interior cell of every
 * table is a non-negative unknown, every entry a figure equal to the sum of its cells. An entry shared by the
 * tables is one figure with one sum per table (its forms).
 */
final class Publication {
    private final List<CountTable> tables;
    private final int cells;
    /** Per flat entry: the interior cells that add up to it (the same for every table). */
    private final int[][] cellsOfFlat;
    /** Per flat interior cell: its own flat entry. */
    private final int[] flatOfCell;
    /** Per table and flat entry: the figure it is. */
    private final int[][] idOf;
    private final long[] values;
    private final double[] costs;
    /** Per figure: its forms as (table, flat) pairs. */
    private final List<List<int[]>> forms;
    private final List<int[]> lines;
    private final List<List<int[]>> linesOf;

    private Publication(List<CountTable> tables, int sharedAxes, int groupAxes) {
        this.tables = tables;
        CountTable first = tables.get(0);
        int[] dims = first.dims();
        this.cells = first.cells();
        int size = first.size();
        List<List<Integer>> members = new ArrayList<>();
        for (int f = 0; f < size; f++) {
            members.add(new ArrayList<>());
        }
        flatOfCell = new int[cells];
        for (int c = 0; c < cells; c++) {
            int[] es = first.entriesOfCell(c);
            flatOfCell[c] = es[0];
            for (int e : es) {
                members.get(e).add(c);
            }
        }
        cellsOfFlat = new int[size][];
        for (int f = 0; f < size; f++) {
            cellsOfFlat[f] = members.get(f).stream().mapToInt(Integer::intValue).toArray();
        }
        idOf = new int[tables.size()][size];
        List<Long> vals = new ArrayList<>();
        List<Double> cost = new ArrayList<>();
        forms = new ArrayList<>();
        int[] sharedId = new int[size];
        Arrays.fill(sharedId, -1);
        for (int t = 0; t < tables.size(); t++) {
            CountTable table = tables.get(t);
            if (!Arrays.equals(table.dims(), dims)) {
                throw new IllegalArgumentException("tables protected together have the same axes: "
                        + Arrays.toString(dims) + " vs " + Arrays.toString(table.dims()));
            }
            for (int f = 0; f < size; f++) {
                boolean shared = isShared(table, f, sharedAxes);
                int id = shared ? sharedId[f] : -1;
                if (id >= 0 && vals.get(id) != table.get(f)) {
                    throw new IllegalArgumentException("table " + t + " differs from table 0 in a shared entry: "
                            + table.get(f) + " vs " + vals.get(id));
                }
                if (id < 0) {
                    id = vals.size();
                    vals.add((long) table.get(f));
                    cost.add(TableProtection.cost(table, f, groupAxes));
                    forms.add(new ArrayList<>());
                    if (shared) {
                        sharedId[f] = id;
                    }
                }
                idOf[t][f] = id;
                forms.get(id).add(new int[] {t, f});
            }
        }
        values = vals.stream().mapToLong(Long::longValue).toArray();
        costs = cost.stream().mapToDouble(Double::doubleValue).toArray();
        lines = new ArrayList<>();
        linesOf = new ArrayList<>();
        for (int e = 0; e < values.length; e++) {
            linesOf.add(new ArrayList<>());
        }
        for (int t = 0; t < tables.size(); t++) {
            for (int[] line : tables.get(t).lines()) {
                boolean allShared = true;
                int[] ids = new int[line.length];
                for (int i = 0; i < line.length; i++) {
                    ids[i] = idOf[t][line[i]];
                    allShared &= isShared(tables.get(t), line[i], sharedAxes);
                }
                if (t == 0 || !allShared) {
                    lines.add(ids);
                    for (int id : ids) {
                        linesOf.get(id).add(ids);
                    }
                }
            }
        }
    }

    static Publication of(List<CountTable> tables, int sharedAxes, int groupAxes) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no table to protect");
        }
        return new Publication(List.copyOf(tables), sharedAxes, groupAxes);
    }

    private static boolean isShared(CountTable t, int flat, int sharedAxes) {
        int[] dims = t.dims();
        for (int d = sharedAxes; d < dims.length; d++) {
            if (t.position(flat, d) != dims[d]) {
                return false;
            }
        }
        return true;
    }

    int entries() {
        return values.length;
    }

    long value(int e) {
        return values[e];
    }

    double cost(int e) {
        return costs[e];
    }

    List<int[]> lines() {
        return lines;
    }

    List<int[]> linesOf(int e) {
        return linesOf.get(e);
    }

    List<int[]> forms(int e) {
        return forms.get(e);
    }

    int tables() {
        return tables.size();
    }

    int cellsPerTable() {
        return cells;
    }

    int[] cellsOf(int flat) {
        return cellsOfFlat[flat];
    }

    /** The figure entry {@code flat} of table t is. */
    int figure(int t, int flat) {
        return idOf[t][flat];
    }

    CountTable table(int t) {
        return tables.get(t);
    }

    /** The figure an interior cell of table t is. */
    int figureOfCell(int t, int cell) {
        return idOf[t][flatOfCell[cell]];
    }

    long cellValue(int t, int cell) {
        return tables.get(t).interior(cell);
    }

    List<boolean[]> perTable(boolean[] hidden) {
        List<boolean[]> out = new ArrayList<>();
        for (int[] ids : idOf) {
            boolean[] h = new boolean[ids.length];
            for (int f = 0; f < ids.length; f++) {
                h[f] = hidden[ids[f]];
            }
            out.add(h);
        }
        return out;
    }
}
