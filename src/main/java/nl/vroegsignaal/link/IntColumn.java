package nl.vroegsignaal.link;

import java.util.Arrays;

/** A growable int column, so that tens of millions of rows cost 4 bytes each rather than an object. */
final class IntColumn {
    private int[] data = new int[1024];
    private int size;

    void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = v;
    }

    void set(int i, int v) {
        data[i] = v;
    }

    /** Grows the backing array once to hold n values, so that a column of known size is not copied while filling. */
    void ensureCapacity(int n) {
        if (n > data.length) {
            data = Arrays.copyOf(data, n);
        }
    }

    int get(int i) {
        return data[i];
    }

    int size() {
        return size;
    }

    /** The values in the given row order. */
    int[] permuted(int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = data[order[i]];
        }
        return out;
    }

    byte[] permutedBytes(int[] order) {
        byte[] out = new byte[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = (byte) data[order[i]];
        }
        return out;
    }
}
