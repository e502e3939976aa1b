package nl.vroegsignaal.features;

import java.time.LocalDate;

/**
 * One peildatum P and the window bounds the rules use, as epoch days, computed once per cohort rather than
 * per person. Windows are half-open before P ({@code [P - 12 months, P)}) and half-open after it for labels
 * ({@code (P, P + 1 year]}).
 */
record PeildatumDays(LocalDate date, int day, int schoolYear, int minus3Months, int minus12Months,
                     int minus3Years, int plus1Year) {

    static PeildatumDays of(LocalDate p) {
        return new PeildatumDays(p, (int) p.toEpochDay(), schoolYear((int) p.toEpochDay()),
                (int) p.minusMonths(3).toEpochDay(), (int) p.minusYears(1).toEpochDay(),
                (int) p.minusYears(3).toEpochDay(), (int) p.plusYears(1).toEpochDay());
    }

    /** The school year (starting 1 August) a date falls in, named by its first calendar year. */
    static int schoolYear(int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return d.getMonthValue() >= 8 ? d.getYear() : d.getYear() - 1;
    }
}
