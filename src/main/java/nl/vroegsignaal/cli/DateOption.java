package nl.vroegsignaal.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.vroegsignaal.core.InputException;

/** Parses a date option as yyyy-MM-dd; a bad value is bad input (exit 1) naming the option. */
final class DateOption {
    private DateOption() {
    }

    static LocalDate parse(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InputException(option + ": expected a date as yyyy-MM-dd, found '" + value + "'");
        }
    }
}
