package nl.vroegsignaal.contract;

/** The contract's rules for the pseudoniem key: shape, and refusing what looks like a raw BSN. */
public final class Pseudonyms {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private Pseudonyms() {
    }

    /** 8 to 64 characters from A-Z a-z 0-9 _ -. */
    public static boolean isWellFormed(CharSequence s) {
        int n = s.length();
        if (n < MIN_LENGTH || n > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a 9-digit number passing the BSN eleven-test (9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11,
     * and not zero): such a value must never be accepted, logged or echoed.
     */
    public static boolean looksLikeBsn(CharSequence s) {
        if (s.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int weight = i < 8 ? 9 - i : -1;
            sum += weight * (c - '0');
        }
        return sum != 0 && sum % 11 == 0;
    }
}
