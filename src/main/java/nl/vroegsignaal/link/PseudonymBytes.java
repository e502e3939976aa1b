package nl.vroegsignaal.link;

import java.nio.charset.StandardCharsets;
import nl.vroegsignaal.contract.Pseudonyms;

/** The contract's pseudonym rules applied to raw bytes, without a String per row. One instance per thread. */
final class PseudonymBytes {
    // Which bytes may occur in a pseudonym, derived from the contract's own rule.
    private static final boolean[] PSEUDONYM_BYTE = new boolean[256];

    static {
        for (char c = 0; c < 256; c++) {
            PSEUDONYM_BYTE[c] = Pseudonyms.isWellFormed(String.valueOf(c).repeat(Pseudonyms.MIN_LENGTH));
        }
    }

    private final AsciiView view = new AsciiView();

    /** {@link Pseudonyms#looksLikeBsn} on bytes. */
    boolean looksLikeBsn(byte[] b, int start, int end) {
        view.reset(b, start, end);
        return Pseudonyms.looksLikeBsn(view);
    }

    /**
     * {@link Pseudonyms#isWellFormed} on bytes, by table lookup: it runs for every row of every file. A test
     * checks that both agree on every byte value and on the length limits.
     */
    static boolean isWellFormed(byte[] b, int start, int end) {
        int len = end - start;
        if (len < Pseudonyms.MIN_LENGTH || len > Pseudonyms.MAX_LENGTH) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!PSEUDONYM_BYTE[b[k] & 0xff]) {
                return false;
            }
        }
        return true;
    }

    /** A reusable CharSequence view of ASCII bytes, so the contract's pseudonym rules run without a String. */
    private static final class AsciiView implements CharSequence {
        private byte[] b;
        private int start;
        private int length;

        void reset(byte[] bytes, int from, int to) {
            b = bytes;
            start = from;
            length = to - from;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return (char) (b[start + index] & 0xff);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new String(b, start + from, to - from, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return "(pseudonym)"; // never the value: this view may hold a BSN
        }
    }
}
