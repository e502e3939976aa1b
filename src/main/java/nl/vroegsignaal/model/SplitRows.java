package nl.vroegsignaal.model;

import nl.vroegsignaal.disclosure.Disclosure;

/** Row indices of a {@link nl.vroegsignaal.features.FeatureMatrix} per role, each ascending. */
public record SplitRows(int[] train, int[] validation, int[] test) {

    /** For the log: each role's rows are persons, so fewer than 10 read as the files show them. */
    @Override
    public String toString() {
        return "train " + rows(train) + " rows, validation " + rows(validation) + " rows, test " + rows(test)
                + " rows";
    }

    private static String rows(int[] role) {
        return Disclosure.page(role.length, Disclosure.hidesCount(role.length));
    }
}
