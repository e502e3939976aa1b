package nl.vroegsignaal.features;

import java.util.List;

/** The documented features in the order models and files use; the one place reports read them from. */
public record FeatureCatalogue(String version, List<FeatureDefinition> features) {
}
