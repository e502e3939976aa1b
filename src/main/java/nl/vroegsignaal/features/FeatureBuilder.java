package nl.vroegsignaal.features;

import nl.vroegsignaal.link.LinkedData;

/** Builds population, labels and catalogue features for every peildatum in the linked data. */
public final class FeatureBuilder {
    private FeatureBuilder() {
    }

    public static FeatureSet build(LinkedData data) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
