package nl.vroegsignaal.link;

import java.time.LocalDate;
import nl.vroegsignaal.core.InputError;

/** Where one dated record is in the input, so that a message about the timeline can name file and line. */
public record DatedPlace(String file, long line, String column, int day) {

    public LocalDate date() {
        return LocalDate.ofEpochDay(day);
    }

    /** "file:line: column c", as in an error message. */
    public String location() {
        return file + ":" + line + ": column " + column;
    }

    /** An error located on this record. */
    public InputError error(String message) {
        return new InputError(file, line, column, message);
    }
}
