package nl.vroegsignaal.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a model may see: one row per (person, peildatum) of the population, the label where known, and
 * one column per catalogue feature in catalogue order. Holds no protected attribute, by construction.
 * Arrays are shared, not copied: treat them as read-only.
 *
 * @param pseudonym     the person of each row
 * @param peildatum     epoch day of the row's peildatum
 * @param label         1 (VSV), 0, or {@link #NO_LABEL} (censored, or the horizon lies beyond the data)
 * @param columns       per catalogue feature, in catalogue order
 * @param school        index into {@code schoolCodes} of the school (brin) enrolled at P; context for the
 *                      environment baseline, not a feature
 * @param onderwijssoort ordinal of the Onderwijssoort enrolled at P; context for splits (VO/MBO) and baselines
 */
public record FeatureMatrix(FeatureCatalogue catalogue, String[] pseudonym, int[] peildatum, byte[] label,
                            List<FeatureColumn> columns, int[] school, List<String> schoolCodes,
                            byte[] onderwijssoort) {
    public static final byte NO_LABEL = -1;

    public int rows() {
        return pseudonym.length;
    }

    /**
     * The matrix without the named features (catalogue and columns alike; rows and arrays shared), for a model
     * trained without them; {@code missingSources} is kept.
     */
    public FeatureMatrix without(Collection<String> names) {
        return without(names, catalogue.missingSources());
    }

    /** The same, recording which sources were missing (their features are the ones left out). */
    public FeatureMatrix without(Collection<String> names, List<String> missingSources) {
        Set<String> drop = new HashSet<>(names);
        List<FeatureDefinition> defs = new ArrayList<>();
        List<FeatureColumn> kept = new ArrayList<>();
        List<FeatureDefinition> all = catalogue.features();
        for (int c = 0; c < all.size(); c++) {
            if (!drop.contains(all.get(c).name())) {
                defs.add(all.get(c));
                kept.add(columns.get(c));
            }
        }
        return new FeatureMatrix(new FeatureCatalogue(catalogue.version(), defs, missingSources), pseudonym,
                peildatum, label, List.copyOf(kept), school, schoolCodes, onderwijssoort);
    }
}
