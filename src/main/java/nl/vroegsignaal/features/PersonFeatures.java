package nl.vroegsignaal.features;

import nl.vroegsignaal.contract.Peildatum;

/**
 * Computes one catalogue row for one person at one peildatum, from the {@link KnownBefore} view only.
 * Categorical features are written as level indices (see {@link FeatureBuilder} for their levels).
 */
final class PersonFeatures {
    private PersonFeatures() {
    }

    static void compute(KnownBefore k, double[] row) {
        int birthMonth = k.birthMonth();
        row[Feature.LEEFTIJD.column()] = Peildatum.ageOn(Math.floorDiv(birthMonth, 12),
                Math.floorMod(birthMonth, 12) + 1, k.peildatum().date());
        SchoolCareerFeatures.compute(k, row);
        AbsenceFeatures.compute(k, row);
        SocialDomainFeatures.compute(k, row);
        MoveFeatures.compute(k, row);
        row[Feature.WIJK.column()] = k.wijk();
    }
}
