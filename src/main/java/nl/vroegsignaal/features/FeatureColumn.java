package nl.vroegsignaal.features;

import java.util.List;

/** The values of one catalogue feature for every row of a {@link FeatureMatrix}. */
public sealed interface FeatureColumn {

    /** Numeric and binary features. */
    record Numeric(double[] values) implements FeatureColumn {
    }

    /** Categorical features: {@code codes[row]} indexes {@code levels}. */
    record Categorical(int[] codes, List<String> levels) implements FeatureColumn {
    }
}
