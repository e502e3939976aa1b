package nl.vroegsignaal.model;

/** Row indices of a {@link nl.vroegsignaal.features.FeatureMatrix} per role, each ascending. */
public record SplitRows(int[] train, int[] validation, int[] test) {

    @Override
    public String toString() {
        return "train " + train.length + " rows, validation " + validation.length + " rows, test " + test.length
                + " rows";
    }
}
