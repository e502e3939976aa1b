package nl.vroegsignaal.pseudonymise;

import nl.vroegsignaal.contract.Pseudonyms;

/** Distinct BSN-shaped numbers that pass the elfproef, for tests; generated, none is a real person's. */
final class TestBsns {
    private TestBsns() {
    }

    /**
     * The n-th of a sequence of distinct valid numbers: eight digits 10000100 + 2n (or the next one, when the
     * check digit would have to be 10), then the check digit that makes the elfproef hold.
     */
    static String nth(long n) {
        long prefix = 10_000_100L + 2 * n;
        String s = withCheckDigit(prefix);
        return s != null ? s : withCheckDigit(prefix + 1);
    }

    private static String withCheckDigit(long prefix) {
        String p = Long.toString(prefix);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (p.charAt(i) - '0');
        }
        int check = sum % 11;
        if (check == 10) {
            return null;
        }
        String bsn = p + check;
        if (!Pseudonyms.looksLikeBsn(bsn)) {
            throw new IllegalStateException("check digit rule broken");
        }
        return bsn;
    }
}
