package nl.vroegsignaal.sample;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The simulated calendar: dates are epoch days (int). Holds the export's fixed dates and a precomputed
 * ISO text for every day the world can write, so that formatting rows never touches LocalDate.
 */
final class Days {
    /** The export was taken on this day: nothing dated on or after it is in the files. */
    static final int EXTRACTION = of(2026, 10, 15);
    /** Absence, social-domain spells that ended earlier, and moves before this day are not in the export. */
    static final int WRITTEN_FROM = of(2016, 1, 1);
    /** From this school year on schools register more unauthorised absence (the drift). */
    static final int DRIFT_FROM = of(2024, 8, 1);
    static final int FIRST_PEIL_YEAR = 2019;
    static final int LAST_PEIL_YEAR = 2026;
    /** A still-running interval. */
    static final int OPEN = Integer.MAX_VALUE;

    private static final int FIRST = of(1995, 1, 1);
    private static final int LAST = of(2032, 12, 31);
    private static final byte[][] TEXT = new byte[LAST - FIRST + 1][];
    private static final byte[] MONTH = new byte[LAST - FIRST + 1];
    private static final byte[] DAY = new byte[LAST - FIRST + 1];
    private static final short[] YEAR = new short[LAST - FIRST + 1];

    static {
        for (int d = FIRST; d <= LAST; d++) {
            LocalDate date = LocalDate.ofEpochDay(d);
            TEXT[d - FIRST] = date.toString().getBytes(StandardCharsets.US_ASCII);
            MONTH[d - FIRST] = (byte) date.getMonthValue();
            DAY[d - FIRST] = (byte) date.getDayOfMonth();
            YEAR[d - FIRST] = (short) date.getYear();
        }
    }

    private Days() {
    }

    static int of(int year, int month, int day) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    /** 1 October of the year: the peildatum of school year year/year+1. */
    static int peil(int year) {
        return of(year, 10, 1);
    }

    /** ISO yyyy-MM-dd as ASCII bytes (shared; do not modify). */
    static byte[] text(int day) {
        return TEXT[day - FIRST];
    }

    static int year(int day) {
        return YEAR[day - FIRST];
    }

    static int month(int day) {
        return MONTH[day - FIRST];
    }

    static int dayOfMonth(int day) {
        return DAY[day - FIRST];
    }

    /**
     * Moves a date off 30 September, 1 October and 2 October (to 3 October). Enrolments, diplomas, moves and spell
     * ends never fall on a peildatum or next to it, so that whether a rule reads "on P" as inclusive or not cannot
     * matter. Applied before a date is stored: everything downstream reads the shifted date.
     */
    static int offPeildatum(int day) {
        int m = month(day);
        int d = dayOfMonth(day);
        if ((m == 9 && d == 30) || (m == 10 && d <= 2)) {
            return day + (m == 9 ? 3 : 3 - d);
        }
        return day;
    }

    /** Absence reports also avoid 1 July, the start of the three-month window. */
    static int offWindowEdges(int day) {
        int m = month(day);
        int d = dayOfMonth(day);
        if (m == 7 && d == 1) {
            return day + 1;
        }
        return offPeildatum(day);
    }
}
