package nl.vroegsignaal.pseudonymise;

import javax.crypto.Mac;

/**
 * Turns a valid BSN into its pseudonym: HMAC-SHA256 under the key over the nine ASCII digits, of which the
 * first 160 bits are written in base 32 (RFC 4648 alphabet A-Z, 2-7: 32 characters). That alphabet is inside
 * the contract's ({@code A-Z a-z 0-9 _ -}), has no 0/1 to confuse with O/I, and never starts a spreadsheet
 * formula. 160 bits make a collision among the 17 million Dutch BSNs vanishingly unlikely (about 1e-34).
 *
 * <p>Why keyed: the BSN space has under 10^9 values, of which one in eleven passes the elfproef, so a plain
 * hash of a BSN is reversed by hashing all of them (minutes on a laptop). Without the key that is impossible.
 */
final class KeyedPseudonym {
    static final int LENGTH = 32;
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final Mac mac;
    private final byte[] digits = new byte[9];
    private final char[] out = new char[LENGTH];

    KeyedPseudonym(PseudonymKey key) {
        this.mac = key.mac();
    }

    /** The pseudonym of a nine-digit BSN given as ASCII bytes (the caller has checked it). */
    String of(CharSequence bsn) {
        for (int i = 0; i < 9; i++) {
            digits[i] = (byte) bsn.charAt(i);
        }
        byte[] h = mac.doFinal(digits);
        // 20 bytes = 160 bits = 32 groups of 5 bits.
        int o = 0;
        for (int i = 0; i < 20; i += 5) {
            long v = ((h[i] & 0xffL) << 32) | ((h[i + 1] & 0xffL) << 24) | ((h[i + 2] & 0xffL) << 16)
                    | ((h[i + 3] & 0xffL) << 8) | (h[i + 4] & 0xffL);
            for (int s = 35; s >= 0; s -= 5) {
                out[o++] = BASE32[(int) (v >>> s) & 31];
            }
        }
        return new String(out);
    }
}
