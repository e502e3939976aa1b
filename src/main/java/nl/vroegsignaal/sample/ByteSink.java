package nl.vroegsignaal.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** A growable byte buffer for CSV rows of one block of persons: cheaper than Strings at nation scale. */
final class ByteSink {
    private byte[] buf = new byte[1 << 14];
    private int size;
    private long rows;

    void put(byte b) {
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, size * 2);
        }
        buf[size++] = b;
    }

    void put(byte[] b) {
        put(b, 0, b.length);
    }

    void put(byte[] b, int off, int len) {
        if (size + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + len));
        }
        System.arraycopy(b, off, buf, size, len);
        size += len;
    }

    /** A non-negative int in decimal. */
    void putInt(int v) {
        if (v >= 10) {
            putInt(v / 10);
        }
        put((byte) ('0' + v % 10));
    }

    void endRow() {
        put((byte) '\n');
        rows++;
    }

    long rows() {
        return rows;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
    }

    void digestInto(java.security.MessageDigest digest) {
        digest.update(buf, 0, size);
    }
}
