package nl.vroegsignaal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.vroegsignaal.core.SpreadsheetSafe;

/**
 * Deterministic CSV spelling of values: RFC 4180 quoting when needed, numbers without locale or exponent, and
 * no cell that a spreadsheet would run as a formula (see {@link #field}).
 */
public final class Csv {
    /** Decimals kept for non-integer numbers. */
    public static final int DECIMALS = 4;

    private Csv() {
    }

    /** Whole numbers without ".0"; others rounded half-up to {@link #DECIMALS} decimals, trailing zeros dropped. */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /**
     * The field as written: quoted (with doubled quotes) only when it holds a comma, quote or line break. A
     * value that begins with {@code = + - @}, a tab or a CR and is not a plain number would start a formula in
     * Excel or LibreOffice (a pseudonym may begin with '-'): it is written with a leading apostrophe, which a
     * spreadsheet takes as "this is text" and does not show. {@link SpreadsheetSafe#unguard} drops it again.
     */
    public static String field(String value) {
        String s = SpreadsheetSafe.guard(value);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }
}
