package nl.vroegsignaal.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureDefinition;

/**
 * Maps a model's Tribuo feature names to catalogue features and their families, and sums contributions per
 * catalogue feature and per family, so that one reason is one understandable statement (all levels of
 * onderwijssoort together, all verzuim counts together).
 * <p>
 * Tribuo names follow the model stage's encoding: {@code name} for numeric and binary features,
 * {@code name=level} for a one-hot level, {@code name#missing} for a missing-value indicator. A name that is
 * no catalogue feature is refused: only catalogue features may explain a risk.
 */
public final class FamilyGrouping {
    private final FeatureCatalogue catalogue;
    private final List<String> families;
    /** Per catalogue feature (catalogue order), the index of its family in {@link #families}. */
    private final int[] familyOfFeature;
    /** Per model feature (Tribuo id), the index of its catalogue feature. */
    private final int[] featureOfModelFeature;

    public FamilyGrouping(FeatureCatalogue catalogue, List<String> modelFeatureNames) {
        this.catalogue = catalogue;
        List<FeatureDefinition> defs = catalogue.features();
        Map<String, Integer> featureIndex = new LinkedHashMap<>();
        Map<String, Integer> familyIndex = new LinkedHashMap<>();
        familyOfFeature = new int[defs.size()];
        for (int f = 0; f < defs.size(); f++) {
            featureIndex.put(defs.get(f).name(), f);
            familyOfFeature[f] = familyIndex.computeIfAbsent(defs.get(f).family(), k -> familyIndex.size());
        }
        families = List.copyOf(familyIndex.keySet());
        featureOfModelFeature = new int[modelFeatureNames.size()];
        for (int j = 0; j < modelFeatureNames.size(); j++) {
            String name = catalogueName(modelFeatureNames.get(j));
            Integer f = featureIndex.get(name);
            if (f == null) {
                throw new IllegalArgumentException("model feature '" + modelFeatureNames.get(j)
                        + "' is not in feature catalogue " + catalogue.version()
                        + "; only catalogue features may explain a risk");
            }
            featureOfModelFeature[j] = f;
        }
    }

    /** The catalogue feature a Tribuo feature name belongs to: the part before '=' or '#'. */
    public static String catalogueName(String modelFeatureName) {
        int end = modelFeatureName.length();
        int eq = modelFeatureName.indexOf('=');
        int hash = modelFeatureName.indexOf('#');
        if (eq >= 0) {
            end = eq;
        }
        if (hash >= 0 && hash < end) {
            end = hash;
        }
        return modelFeatureName.substring(0, end);
    }

    public FeatureCatalogue catalogue() {
        return catalogue;
    }

    /** Families in catalogue order of first appearance. */
    public List<String> families() {
        return families;
    }

    /** The family of a catalogue feature, by its catalogue index. */
    public String familyOf(int catalogueFeature) {
        return families.get(familyOfFeature[catalogueFeature]);
    }

    /** The families the model's features fall in, in catalogue order. */
    public List<String> modelFamilies() {
        boolean[] used = new boolean[families.size()];
        for (int f : featureOfModelFeature) {
            used[familyOfFeature[f]] = true;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            if (used[i]) {
                out.add(families.get(i));
            }
        }
        return out;
    }

    /** The catalogue features the model's features fall in, in catalogue order. */
    public List<FeatureDefinition> modelFeatures() {
        boolean[] used = new boolean[catalogue.features().size()];
        for (int f : featureOfModelFeature) {
            used[f] = true;
        }
        List<FeatureDefinition> out = new ArrayList<>();
        for (int f = 0; f < used.length; f++) {
            if (used[f]) {
                out.add(catalogue.features().get(f));
            }
        }
        return out;
    }

    /** Sums one row of model-feature contributions per catalogue feature (catalogue order). */
    public double[] byFeature(Contributions contributions, int row) {
        checkColumns(contributions);
        double[] out = new double[catalogue.features().size()];
        double[] values = contributions.values()[row];
        for (int j = 0; j < values.length; j++) {
            out[featureOfModelFeature[j]] += values[j];
        }
        return out;
    }

    /** Sums one row of contributions per family (order of {@link #families()}). */
    public double[] byFamily(Contributions contributions, int row) {
        double[] perFeature = byFeature(contributions, row);
        double[] out = new double[families.size()];
        for (int f = 0; f < perFeature.length; f++) {
            out[familyOfFeature[f]] += perFeature[f];
        }
        return out;
    }

    private void checkColumns(Contributions contributions) {
        if (contributions.featureNames().size() != featureOfModelFeature.length) {
            throw new IllegalArgumentException("contributions have " + contributions.featureNames().size()
                    + " features, the grouping was built for " + featureOfModelFeature.length);
        }
    }
}
