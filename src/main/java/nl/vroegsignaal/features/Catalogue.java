package nl.vroegsignaal.features;

import java.util.Arrays;
import java.util.Optional;

/**
 * The feature catalogue: the one place that reports, explanations, the audit and the register entry read
 * feature names, descriptions, windows and justifications from. Bump {@link #VERSION} whenever a definition
 * or its computation changes, so that a saved model can tell it was trained on other features.
 */
public final class Catalogue {
    public static final String VERSION = "1";

    /** The level of a categorical school feature when no running enrolment was known before P. */
    public static final String NO_ENROLMENT = "geen";

    private static final FeatureCatalogue CURRENT = new FeatureCatalogue(VERSION,
            Arrays.stream(Feature.values()).map(Feature::definition).toList());

    private Catalogue() {
    }

    public static FeatureCatalogue current() {
        return CURRENT;
    }

    public static Optional<FeatureDefinition> find(String name) {
        return CURRENT.features().stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
