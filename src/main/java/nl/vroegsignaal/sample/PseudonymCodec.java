package nl.vroegsignaal.sample;

import java.nio.charset.StandardCharsets;

/**
 * Pseudonyms of 16 characters from A-Z a-z 0-9, derived from the seed and the person's index. The first 11
 * characters are a base-62 spelling of a keyed bijection of the index, so two persons can never share a
 * pseudonym; the last 5 only make them look like a trusted third party's output. Never a 9-digit number.
 */
final class PseudonymCodec {
    static final int LENGTH = 16;
    private static final byte[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);
    private static final int UNIQUE_PART = 11;

    private final long key;
    private final long padKey;

    PseudonymCodec(long seed) {
        this.key = Rng.mix(seed ^ 0x5053455544304E4DL);
        this.padKey = Rng.mix(key + 0x2545F4914F6CDD1DL);
    }

    /** Writes the pseudonym of person {@code index} into {@code out[offset .. offset+16)}. */
    void write(long index, byte[] out, int offset) {
        // index + key and the SplitMix finaliser are both bijections on 64-bit values.
        long x = Rng.mix(index + key);
        long v = x;
        for (int i = UNIQUE_PART - 1; i >= 0; i--) {
            out[offset + i] = ALPHABET[(int) Long.remainderUnsigned(v, 62)];
            v = Long.divideUnsigned(v, 62);
        }
        long pad = Rng.mix(x ^ padKey);
        for (int i = UNIQUE_PART; i < LENGTH; i++) {
            out[offset + i] = ALPHABET[(int) Long.remainderUnsigned(pad, 62)];
            pad = Long.divideUnsigned(pad, 62);
        }
    }

    String of(long index) {
        byte[] b = new byte[LENGTH];
        write(index, b, 0);
        return new String(b, StandardCharsets.US_ASCII);
    }
}
