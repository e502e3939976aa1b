package nl.vroegsignaal.features;

import java.util.List;

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
}
