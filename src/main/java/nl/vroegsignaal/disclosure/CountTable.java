package nl.vroegsignaal.disclosure;

import java.util.Arrays;

/**
 * A contingency table of person counts in any number of dimensions, with all its margins. Along each axis of
 * size {@code d}, indices {@code 0..d-1} are the categories and index {@code d} is the total over them, so a
 * 2x3 table is stored as 3x4 entries including row totals, column totals and the grand total.
 * Entries are addressed by a flat index in row-major order over the extended sizes.
 */
public final class CountTable {
    private final int[] dims;
    private final int[] strides;
    private final int[] interior;
    private final int[] entries;

    private CountTable(int[] dims, int[] interior) {
        this.dims = dims;
        this.interior = interior;
        this.strides = new int[dims.length];
        int stride = 1;
        for (int d = dims.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= dims[d] + 1;
        }
        this.entries = new int[stride];
        for (int cell = 0; cell < interior.length; cell++) {
            for (int e : entriesOfCell(cell)) {
                entries[e] += interior[cell];
            }
        }
    }

    /** Builds the table with margins from interior counts given in row-major order over {@code dims}. */
    public static CountTable ofInterior(int[] dims, int[] interior) {
        int cells = 1;
        for (int d : dims) {
            if (d < 1) {
                throw new IllegalArgumentException("every axis has at least one category, got " + Arrays.toString(dims));
            }
            cells *= d;
        }
        if (interior.length != cells) {
            throw new IllegalArgumentException("expected " + cells + " interior counts, got " + interior.length);
        }
        for (int i = 0; i < interior.length; i++) {
            if (interior[i] < 0) {
                throw new IllegalArgumentException("counts are >= 0, got " + interior[i] + " at " + i);
            }
        }
        return new CountTable(dims.clone(), interior.clone());
    }

    /** The number of categories per axis (without the total). */
    public int[] dims() {
        return dims.clone();
    }

    /** The number of entries including margins. */
    public int size() {
        return entries.length;
    }

    /** The number of interior cells (no margins). */
    public int cells() {
        return interior.length;
    }

    public int get(int flat) {
        return entries[flat];
    }

    public int interior(int cell) {
        return interior[cell];
    }

    /** The flat index of an entry; pass {@code dims()[d]} on axis d for the total. */
    public int index(int... idx) {
        if (idx.length != dims.length) {
            throw new IllegalArgumentException("expected " + dims.length + " indices, got " + idx.length);
        }
        int flat = 0;
        for (int d = 0; d < idx.length; d++) {
            if (idx[d] < 0 || idx[d] > dims[d]) {
                throw new IndexOutOfBoundsException("axis " + d + ": " + idx[d] + " not in 0.." + dims[d]);
            }
            flat += idx[d] * strides[d];
        }
        return flat;
    }

    public int get(int... idx) {
        return entries[index(idx)];
    }

    /** The position of a flat entry on axis {@code d} ({@code dims()[d]} for the total). */
    public int position(int flat, int d) {
        return flat / strides[d] % (dims[d] + 1);
    }

    /** How many axes of the entry are totals: 0 for an interior cell. */
    public int totals(int flat) {
        int t = 0;
        for (int d = 0; d < dims.length; d++) {
            t += position(flat, d) == dims[d] ? 1 : 0;
        }
        return t;
    }

    /** The flat entries an interior cell (row-major over {@code dims}) adds to: itself and every margin above it. */
    int[] entriesOfCell(int cell) {
        int n = dims.length;
        int[] idx = new int[n];
        int rest = cell;
        for (int d = n - 1; d >= 0; d--) {
            idx[d] = rest % dims[d];
            rest /= dims[d];
        }
        int[] out = new int[1 << n];
        for (int mask = 0; mask < out.length; mask++) {
            int flat = 0;
            for (int d = 0; d < n; d++) {
                flat += ((mask >> d & 1) == 1 ? dims[d] : idx[d]) * strides[d];
            }
            out[mask] = flat;
        }
        return out;
    }

    /**
     * Every additive relation of the table: for each axis and each position on the other axes (totals
     * included), the flat indices of the categories followed, last, by the flat index of their total.
     */
    public int[][] lines() {
        int total = 0;
        for (int d = 0; d < dims.length; d++) {
            total += entries.length / (dims[d] + 1);
        }
        int[][] lines = new int[total][];
        int k = 0;
        for (int d = 0; d < dims.length; d++) {
            for (int flat = 0; flat < entries.length; flat++) {
                if (position(flat, d) != 0) {
                    continue; // one line per starting entry at index 0 on axis d
                }
                int[] line = new int[dims[d] + 1];
                for (int i = 0; i <= dims[d]; i++) {
                    line[i] = flat + i * strides[d];
                }
                lines[k++] = line;
            }
        }
        return lines;
    }

    @Override
    public String toString() {
        return "CountTable" + Arrays.toString(dims) + Arrays.toString(entries);
    }
}
