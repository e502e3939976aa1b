package nl.vroegsignaal.features;

import java.time.LocalDate;
import java.util.Arrays;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.testdata.ContractRecords;

/** Helpers for feature tests: build from contract rows and look up rows and values by name. */
final class Fixtures {
    private Fixtures() {
    }

    static FeatureSet build(ContractRecords records, String extractionDate) {
        // These fixtures test the population, label and feature rules at chosen peildata, not the coverage rule
        // (TimelineTest does): a handful of move records must not decide which cohorts exist.
        return FeatureBuilder.build(records.toLinkedData(), FeatureOptions.extractedOn(LocalDate.parse(extractionDate))
                .withFirstPeildatum(LocalDate.of(1900, 1, 1)));
    }

    /** Row index of (pseudonym, peildatum), or -1 when the person is not in the population at P. */
    static int row(FeatureSet set, String pseudonym, String peildatum) {
        FeatureMatrix m = set.matrix();
        int day = (int) LocalDate.parse(peildatum).toEpochDay();
        for (int r = 0; r < m.rows(); r++) {
            if (m.peildatum()[r] == day && m.pseudonym()[r].equals(pseudonym)) {
                return r;
            }
        }
        return -1;
    }

    static int column(String feature) {
        return Catalogue.current().features().indexOf(Catalogue.find(feature).orElseThrow(
                () -> new IllegalArgumentException("no feature " + feature)));
    }

    static double number(FeatureSet set, int row, String feature) {
        return ((FeatureColumn.Numeric) set.matrix().columns().get(column(feature))).values()[row];
    }

    static String level(FeatureSet set, int row, String feature) {
        FeatureColumn.Categorical c = (FeatureColumn.Categorical) set.matrix().columns().get(column(feature));
        return c.levels().get(c.codes()[row]);
    }

    /** The feature row of one person at P, computed straight from the known-before view (whatever the population). */
    static double[] featuresAt(LinkedData data, String pseudonym, LocalDate peildatum) {
        int person = Arrays.binarySearch(data.persons().pseudonym(), pseudonym);
        double[] row = new double[Feature.values().length];
        PersonFeatures.compute(new KnownBefore(data).reset(person, PeildatumDays.of(peildatum)), row);
        return row;
    }

    static double featureAt(LinkedData data, String pseudonym, String peildatum, Feature feature) {
        return featuresAt(data, pseudonym, LocalDate.parse(peildatum))[feature.column()];
    }
}
