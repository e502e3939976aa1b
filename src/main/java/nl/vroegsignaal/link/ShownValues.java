package nl.vroegsignaal.link;

import nl.vroegsignaal.contract.Pseudonyms;

/** How a value appears in an error message: only code and date values are shown, and never a BSN. */
final class ShownValues {
    private static final int SHOWN_MAX = 40;

    private ShownValues() {
    }

    /**
     * Quotes a code or date value for an error message: shortened when long, and left out entirely when it
     * holds a 9-digit number passing the elfproef (a value in the wrong column may be a real BSN).
     */
    static String quote(String value) {
        if (containsBsnLikeNumber(value)) {
            return "(value not shown: it looks like a BSN) ";
        }
        String v = value.length() > SHOWN_MAX ? value.substring(0, SHOWN_MAX) + "..." : value;
        // Line breaks inside a quoted field would break the one-error-per-line output.
        v = v.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return "'" + v + "' ";
    }

    static boolean containsBsnLikeNumber(String s) {
        int run = 0;
        for (int i = 0; i <= s.length(); i++) {
            boolean digit = i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
            if (digit) {
                run++;
            } else {
                if (run == 9 && Pseudonyms.looksLikeBsn(s.substring(i - 9, i))) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }
}
