package nl.vroegsignaal.contract;

import java.time.LocalDate;
import java.time.Month;

/** Reference dates: 1 October of a school year (DUO's peildatum), and the contract's age and horizon rules. */
public final class Peildatum {
    public static final int MIN_AGE = 12;
    public static final int MAX_AGE = 22;

    private Peildatum() {
    }

    /** 1 October of the given calendar year: the start of school year year/year+1. */
    public static LocalDate of(int year) {
        return LocalDate.of(year, Month.OCTOBER, 1);
    }

    /** The label horizon: P + 1 year. */
    public static LocalDate horizon(LocalDate peildatum) {
        return peildatum.plusYears(1);
    }

    /** Age in whole years on date d of someone born in the given month (taken as born on the 1st). */
    public static int ageOn(int birthYear, int birthMonth, LocalDate d) {
        int age = d.getYear() - birthYear;
        if (d.getMonthValue() < birthMonth) {
            age--;
        }
        return age;
    }
}
