package nl.vroegsignaal.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.core.ConfigChecks;
import nl.vroegsignaal.model.EvaluateSettings;
import nl.vroegsignaal.model.TrainSettings;

/**
 * The whole configuration ({@code vroegsignaal.yaml}): a version, the seed, and one section per stage. Later
 * stages add their section here (and its defaults to the YAML resource); an undeclared section is an error.
 *
 * @param texts a YAML file of the municipality's own Dutch texts (relative to the configuration file), or null
 *              for the built-in texts; see src/site/texts.md
 * @param link  how the input folder is read (optional sources), or null: every file is needed
 * @param contacts treatment-aware labels (the history's contact logs), or null: labels are read as they are
 */
public record VroegsignaalConfig(Integer configVersion, Long seed, TrainSettings train, EvaluateSettings evaluate,
                                 SignalConfig signal, RunSettings run,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String texts,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) LinkSettings link,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) ContactSettings contacts) {
    public static final int CURRENT_VERSION = 1;

    /** Every problem, each prefixed with its path, e.g. {@code train.split.testCohorts: must be >= 1, got 0}. */
    public List<String> validate() {
        List<String> errors = new ArrayList<>();
        ConfigChecks c = new ConfigChecks(errors);
        if (c.present("configVersion", configVersion) && configVersion != CURRENT_VERSION) {
            errors.add("configVersion: must be " + CURRENT_VERSION + " (the version this vroegsignaal reads), got "
                    + configVersion);
        }
        c.present("seed", seed);
        if (c.present("train", train)) {
            train.validate("train", errors);
        }
        if (c.present("evaluate", evaluate)) {
            evaluate.validate("evaluate", errors);
        }
        if (c.present("signal", signal)) {
            signal.validate("signal", errors);
        }
        if (c.present("run", run)) {
            run.validate("run", errors);
        }
        if (link != null) {
            link.validate("link", errors);
        }
        if (contacts != null) {
            contacts.validate("contacts", errors);
        }
        if (texts != null && texts.isBlank()) {
            errors.add("texts: must name a YAML file of texts, got an empty value");
        }
        return errors;
    }
}
