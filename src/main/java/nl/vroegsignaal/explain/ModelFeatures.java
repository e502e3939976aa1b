package nl.vroegsignaal.explain;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.ImmutableFeatureMap;

/** The model's feature names in feature-id order, the column order of every {@link Contributions}. */
final class ModelFeatures {
    private ModelFeatures() {
    }

    static List<String> names(ImmutableFeatureMap features) {
        List<String> names = new ArrayList<>(features.size());
        for (int id = 0; id < features.size(); id++) {
            names.add(features.get(id).getName());
        }
        return names;
    }
}
