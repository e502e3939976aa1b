package nl.vroegsignaal.explain;

import nl.vroegsignaal.features.FeatureMatrix;

/**
 * What a case worker needs to plan a contact, at the peildatum: age, school (brin), onderwijssoort and
 * leerjaar. Context, never a reason: these are not things a conversation can change.
 *
 * @param age            age in whole years on the peildatum
 * @param brin           the school of the enrolment running on the peildatum, or "" when unknown
 * @param onderwijssoort the onderwijssoort code of that enrolment, or "" when unknown
 * @param leerjaar       its leerjaar, or 0 when unknown
 */
public record PersonContext(int age, String brin, String onderwijssoort, int leerjaar) {
    static final String AGE = "leeftijd";
    static final String TYPE = "onderwijssoort";
    static final String YEAR = "leerjaar";

    public AgeBand band() {
        return AgeBand.of(age);
    }

    /** Reads the context of one matrix row (the population at P always has an age and an enrolment). */
    public static PersonContext of(FeatureMatrix matrix, PersonValues.Reader values, int row) {
        PersonValues v = values.row(row);
        int age = (int) Math.floor(v.number(AGE).orElseThrow(
                () -> new IllegalArgumentException("row " + row + " has no age")));
        int school = matrix.school()[row];
        String brin = school >= 0 && school < matrix.schoolCodes().size() ? matrix.schoolCodes().get(school) : "";
        String type = v.level(TYPE).filter(l -> !l.equals(nl.vroegsignaal.features.Catalogue.NO_ENROLMENT))
                .orElse("");
        int year = (int) Math.round(v.number(YEAR).orElse(0));
        return new PersonContext(age, brin, type, year);
    }

    /** The age band of each of the given matrix rows. */
    public static AgeBand[] bands(FeatureMatrix matrix, int[] rows) {
        PersonValues.Reader values = PersonValues.of(matrix);
        AgeBand[] out = new AgeBand[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = of(matrix, values, rows[i]).band();
        }
        return out;
    }
}
