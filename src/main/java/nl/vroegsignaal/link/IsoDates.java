package nl.vroegsignaal.link;

/**
 * Strict ISO dates read straight from bytes to epoch days, by arithmetic: this runs for every date of tens of
 * millions of rows, where a formatter would dominate the reading time. Invalid input gives {@link #INVALID}.
 */
final class IsoDates {
    static final int INVALID = Integer.MIN_VALUE;

    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int EPOCH = daysSinceYearZero(1970, 1, 1);

    private IsoDates() {
    }

    /** {@code yyyy-MM-dd} (a real calendar day, four-digit year) as epoch day, or INVALID. */
    static int epochDay(byte[] b, int start, int end) {
        if (end - start != 10 || b[start + 4] != '-' || b[start + 7] != '-') {
            return INVALID;
        }
        int y = digits(b, start, 4);
        int m = digits(b, start + 5, 2);
        int d = digits(b, start + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > lengthOfMonth(y, m)) {
            return INVALID;
        }
        return daysSinceYearZero(y, m, d) - EPOCH;
    }

    /** {@code yyyy-MM} as {@link Dates#monthIndex(int, int)}, or INVALID. */
    static int monthIndex(byte[] b, int start, int end) {
        if (end - start != 7 || b[start + 4] != '-') {
            return INVALID;
        }
        int y = digits(b, start, 4);
        int m = digits(b, start + 5, 2);
        if (y < 0 || m < 1 || m > 12) {
            return INVALID;
        }
        return Dates.monthIndex(y, m);
    }

    /** The decimal value of n ASCII digits, or -1 if one of them is not a digit. */
    private static int digits(byte[] b, int start, int n) {
        int v = 0;
        for (int i = start; i < start + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    static boolean isLeap(int y) {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    private static int lengthOfMonth(int y, int m) {
        return m == 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1];
    }

    /** Days from 0000-01-01 (proleptic Gregorian, year 0 is a leap year) for years 0 to 9999. */
    static int daysSinceYearZero(int y, int m, int d) {
        int leapYearsBefore = y == 0 ? 0 : (y - 1) / 4 - (y - 1) / 100 + (y - 1) / 400 + 1;
        int dayOfYear = DAYS_BEFORE_MONTH[m - 1] + (m > 2 && isLeap(y) ? 1 : 0) + d - 1;
        return 365 * y + leapYearsBefore + dayOfYear;
    }
}
