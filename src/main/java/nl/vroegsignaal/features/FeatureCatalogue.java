package nl.vroegsignaal.features;

import java.util.List;

/**
 * The documented features in the order models and files use; the one place reports read them from.
 *
 * @param missingSources file names of the sources whose features are left out because the source was missing
 *                       (see {@link nl.vroegsignaal.link.LinkedData#missingSources}), in contract order; empty
 *                       when every source was there
 */
public record FeatureCatalogue(String version, List<FeatureDefinition> features, List<String> missingSources) {
    public FeatureCatalogue {
        features = List.copyOf(features);
        missingSources = List.copyOf(missingSources);
    }

    public FeatureCatalogue(String version, List<FeatureDefinition> features) {
        this(version, features, List.of());
    }
}
