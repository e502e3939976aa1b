package nl.vroegsignaal.pipeline;

import java.util.List;

/**
 * The optional {@code contacts:} section: treatment-aware labels. Absent (the default): training reads the labels as
 * they are, and nothing changes.
 *
 * @param history  the history folder (relative to the configuration file) whose filled contact logs say who the team
 *                 contacted after each past list
 * @param training {@code exclude}: the rows of young people contacted inside their label window are left out of
 *                 training, validation and test (contact may have changed their label); {@code ignore}: they keep
 *                 their labels, and the report only counts them; {@code feature}: they keep their labels and the
 *                 contact becomes a recorded model input ({@link nl.vroegsignaal.features.ContactInput}), which a
 *                 signal list always sets to 0
 */
public record ContactSettings(String history, String training) {
    public static final String EXCLUDE = "exclude";
    public static final String IGNORE = "ignore";
    public static final String FEATURE = "feature";
    /** Every choice, in the order the comparison and the error message name them. */
    public static final List<String> CHOICES = List.of(EXCLUDE, IGNORE, FEATURE);

    void validate(String p, List<String> errors) {
        if (history == null || history.isBlank()) {
            errors.add(p + ".history: must name the history folder (one folder per past list run with its filled "
                    + "contactlog-LIST.csv), got nothing");
        }
        if (!CHOICES.contains(training)) {
            errors.add(p + ".training: must be one of " + String.join(", ", CHOICES) + ", got "
                    + (training == null ? "nothing" : "'" + training + "'"));
        }
    }
}
