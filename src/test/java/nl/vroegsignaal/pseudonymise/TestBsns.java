package nl.vroegsignaal.pseudonymise;

import nl.vroegsignaal.contract.Pseudonyms;

/** Valid (elfproef) BSN-shaped numbers for tests, generated deterministically; none is a real person's. */
final class TestBsns {
    private TestBsns() {
    }

    /** The n-th nine-digit number from 100000000 upward that passes the elfproef. */
    static String nth(long n) {
        long v = 100_000_000L + 11 * n;
        while (true) {
            String s = Long.toString(v);
            if (Pseudonyms.looksLikeBsn(s)) {
                return s;
            }
            v++;
        }
    }
}
