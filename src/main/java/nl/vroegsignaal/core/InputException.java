package nl.vroegsignaal.core;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: one or more located errors. The CLI prints them and exits 1, without a stack trace. */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<InputError> errors;

    public InputException(List<InputError> errors) {
        super(errors.stream().map(InputError::toString).collect(Collectors.joining(System.lineSeparator())));
        this.errors = List.copyOf(errors);
    }

    public InputException(InputError error) {
        this(List.of(error));
    }

    /** An error about the input that is not tied to a file position (e.g. a bad option value). */
    public InputException(String message) {
        super(message);
        this.errors = List.of();
    }

    public List<InputError> errors() {
        return errors;
    }
}
