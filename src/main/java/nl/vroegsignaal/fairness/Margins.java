package nl.vroegsignaal.fairness;

/** Adds all margins (totals along every subset of axes) to an interior array; the layout of {@link CountTable}. */
final class Margins {
    private Margins() {
    }

    static int extendedSize(int[] dims) {
        int size = 1;
        for (int d : dims) {
            size *= d + 1;
        }
        return size;
    }

    /** Interior values in row-major order over {@code dims} to extended values over {@code dims[d] + 1}. */
    static double[] extend(int[] dims, double[] interior) {
        double[] out = new double[extendedSize(dims)];
        extendInto(dims, interior, out);
        return out;
    }

    /** As {@link #extend}, reusing {@code out} (cleared first); the bootstrap calls this once per resample. */
    static void extendInto(int[] dims, double[] interior, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        int n = dims.length;
        int[] idx = new int[n];
        int[] extStride = new int[n];
        int s = 1;
        for (int d = n - 1; d >= 0; d--) {
            extStride[d] = s;
            s *= dims[d] + 1;
        }
        int subsets = 1 << n;
        for (int cell = 0; cell < interior.length; cell++) {
            double v = interior[cell];
            if (v != 0.0) {
                int rest = cell;
                for (int d = n - 1; d >= 0; d--) {
                    idx[d] = rest % dims[d];
                    rest /= dims[d];
                }
                for (int mask = 0; mask < subsets; mask++) {
                    int flat = 0;
                    for (int d = 0; d < n; d++) {
                        flat += ((mask >> d & 1) == 1 ? dims[d] : idx[d]) * extStride[d];
                    }
                    out[flat] += v;
                }
            }
        }
    }
}
