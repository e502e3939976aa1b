package nl.vroegsignaal.explain;

import static nl.vroegsignaal.features.FeatureKind.BINARY;
import static nl.vroegsignaal.features.FeatureKind.CATEGORICAL;
import static nl.vroegsignaal.features.FeatureKind.NUMERIC;

import java.util.List;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureKind;

/**
 * The feature catalogue for tests. Until the features stage's {@code Catalogue} is on this branch, tests use a
 * mirror of its names, families, kinds and sources (version 1); once merged, {@link #current()} reads the real
 * one, so that template coverage is checked against what the features stage actually defines.
 */
final class TestCatalogue {
    static final FeatureCatalogue MIRROR = new FeatureCatalogue("1-mirror", List.of(
            def("leeftijd", "leeftijd", NUMERIC, "personen.csv"),
            def("onderwijssoort", "schoolloopbaan", CATEGORICAL, "inschrijvingen.csv"),
            def("sector", "schoolloopbaan", CATEGORICAL, "inschrijvingen.csv"),
            def("leerjaar", "schoolloopbaan", NUMERIC, "inschrijvingen.csv"),
            def("jaren_in_soort", "schoolloopbaan", NUMERIC, "inschrijvingen.csv"),
            def("zittenblijven_3j", "schoolloopbaan", NUMERIC, "inschrijvingen.csv"),
            def("afstroom_3j", "schoolloopbaan", NUMERIC, "inschrijvingen.csv"),
            def("schoolwissels_3j", "schoolloopbaan", NUMERIC, "inschrijvingen.csv"),
            def("onderbrekingen_3j", "schoolloopbaan", NUMERIC, "inschrijvingen.csv"),
            def("diplomas_totaal", "schoolloopbaan", NUMERIC, "diplomas.csv"),
            def("verzuim_ongeoorloofd_12m", "verzuim", NUMERIC, "verzuim.csv"),
            def("verzuim_ongeoorloofd_3m", "verzuim", NUMERIC, "verzuim.csv"),
            def("verzuim_langdurig_12m", "verzuim", NUMERIC, "verzuim.csv"),
            def("verzuim_luxeverzuim_12m", "verzuim", NUMERIC, "verzuim.csv"),
            def("verzuim_signaalverzuim_12m", "verzuim", NUMERIC, "verzuim.csv"),
            def("verzuim_absoluut_12m", "verzuim", NUMERIC, "verzuim.csv"),
            def("verzuim_uren_3m", "verzuim", NUMERIC, "verzuim.csv"),
            def("verzuim_uren_12m", "verzuim", NUMERIC, "verzuim.csv"),
            def("verzuim_dagen_sinds_melding", "verzuim", NUMERIC, "verzuim.csv"),
            def("uitkering_lopend", "huishouden", BINARY, "uitkeringen.csv"),
            def("uitkering_maanden_3j", "huishouden", NUMERIC, "uitkeringen.csv"),
            def("schuldhulp_lopend", "huishouden", BINARY, "schuldhulp.csv"),
            def("schuldhulp_3j", "huishouden", BINARY, "schuldhulp.csv"),
            def("jeugdhulp_lopend", "jeugdhulp", BINARY, "jeugdhulp.csv"),
            def("jeugdhulp_zonder_verblijf_3j", "jeugdhulp", BINARY, "jeugdhulp.csv"),
            def("jeugdhulp_met_verblijf_3j", "jeugdhulp", BINARY, "jeugdhulp.csv"),
            def("jeugdhulp_jeugdbescherming_3j", "jeugdhulp", BINARY, "jeugdhulp.csv"),
            def("jeugdhulp_jeugdreclassering_3j", "jeugdhulp", BINARY, "jeugdhulp.csv"),
            def("verhuizingen_3j", "verhuizingen", NUMERIC, "verhuizingen.csv"),
            def("gevestigd_3j", "verhuizingen", BINARY, "verhuizingen.csv"),
            def("wijk", "wijk", CATEGORICAL, "personen.csv")));

    private TestCatalogue() {
    }

    /** The features stage's catalogue when it is on the class path, else the mirror. */
    static FeatureCatalogue current() {
        try {
            Class<?> catalogue = Class.forName("nl.vroegsignaal.features.Catalogue");
            return (FeatureCatalogue) catalogue.getMethod("current").invoke(null);
        } catch (ClassNotFoundException e) {
            return MIRROR;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("features.Catalogue.current() could not be called", e);
        }
    }

    private static FeatureDefinition def(String name, String family, FeatureKind kind, String source) {
        return new FeatureDefinition(name, family, kind, "Testomschrijving van " + name + ".", source, "before P",
                "Testonderbouwing.");
    }
}
