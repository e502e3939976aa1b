package nl.vroegsignaal.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.ContactInput;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.link.ContactHistory;
import nl.vroegsignaal.model.SavedModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the contacts of {@code contacts.history} are read from, and the recorded contact input for what measures a
 * model against what happened (the fairness audit's test cohort, the list's measured precision, the stop rule's
 * newest labelled cohort): those read the recorded value, a new list reads 0 ({@link ContactInput}).
 */
final class RecordedContacts {
    private static final Logger LOG = LoggerFactory.getLogger(RecordedContacts.class);

    private RecordedContacts() {
    }

    /** The contact logs {@code contacts.history} names, or null when the section is absent. */
    static ContactHistory of(LoadedConfig loaded) {
        ContactSettings contacts = loaded.config().contacts();
        return contacts == null ? null : read(loaded.source(), contacts);
    }

    /** The history folder is relative to the configuration file ({@code source}), as every path in it. */
    private static ContactHistory read(String source, ContactSettings contacts) {
        Path base = ConfigLoader.DEFAULTS_SOURCE.equals(source) ? Path.of("")
                : Path.of(source).toAbsolutePath().getParent();
        Path history = base.resolve(contacts.history()).normalize();
        LOG.info("reading the contacts of {}", history);
        return ContactHistory.read(history);
    }

    /**
     * For a model trained with the contact input: the matrix with the recorded values, from the history folder its
     * configuration names (located error when that folder cannot be read); for any other model the matrix itself.
     */
    static FeatureMatrix measured(SavedModel saved, FeatureMatrix m) {
        if (!ContactInput.expects(saved.model().encoding().columns().stream().map(c -> c.name()).toList())
                || ContactInput.carries(m)) {
            return m;
        }
        Optional<ContactSettings> contacts = saved.provenance().configSection("contacts", ContactSettings.class);
        if (contacts.isEmpty()) {
            throw new InputException(saved.dir() + "/" + SavedModel.PROVENANCE + ": the model reads the recorded "
                    + "contact input (" + ContactInput.NAME + ") but its configuration has no contacts section");
        }
        return ContactInput.recorded(m, read(saved.provenance().configSource(), contacts.get()));
    }
}
