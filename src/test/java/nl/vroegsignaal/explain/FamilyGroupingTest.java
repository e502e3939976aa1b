package nl.vroegsignaal.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.vroegsignaal.features.Catalogue;
import org.junit.jupiter.api.Test;

class FamilyGroupingTest {
    private static final List<String> MODEL_FEATURES = List.of("leeftijd", "onderwijssoort=MBO-1",
            "onderwijssoort=HAVO", "uitkering_maanden_3j", "uitkering_maanden_3j#missing", "verzuim_ongeoorloofd_12m",
            "verzuim_uren_12m", "wijk=WK01");

    @Test
    void tribuoNamesMapToTheirCatalogueFeature() {
        assertThat(FamilyGrouping.catalogueName("onderwijssoort=MBO-1")).isEqualTo("onderwijssoort");
        assertThat(FamilyGrouping.catalogueName("uitkering_maanden_3j#missing")).isEqualTo("uitkering_maanden_3j");
        assertThat(FamilyGrouping.catalogueName("wijk=WK#1")).isEqualTo("wijk");
        assertThat(FamilyGrouping.catalogueName("leeftijd")).isEqualTo("leeftijd");
    }

    @Test
    void sumsContributionsPerCatalogueFeatureAndPerFamily() {
        FamilyGrouping g = new FamilyGrouping(Catalogue.current(), MODEL_FEATURES);
        Contributions c = new Contributions(MODEL_FEATURES, new double[]{-2.0},
                new double[][]{{0.1, 0.5, -0.2, 0.3, 0.05, 0.7, 0.2, 0.9}});
        double[] byFeature = g.byFeature(c, 0);
        int onderwijssoort = indexOf("onderwijssoort");
        assertThat(byFeature[onderwijssoort]).isCloseTo(0.3, within(1e-12));
        assertThat(byFeature[indexOf("uitkering_maanden_3j")]).isCloseTo(0.35, within(1e-12));
        double[] byFamily = g.byFamily(c, 0);
        assertThat(byFamily[g.families().indexOf("verzuim")]).isCloseTo(0.9, within(1e-12));
        assertThat(byFamily[g.families().indexOf("schoolloopbaan")]).isCloseTo(0.3, within(1e-12));
        assertThat(byFamily[g.families().indexOf("wijk")]).isCloseTo(0.9, within(1e-12));
        assertThat(byFamily[g.families().indexOf("jeugdhulp")]).isZero();
        // grouping loses nothing: families add up to the same log-odds
        double total = c.base()[0];
        for (double v : byFamily) {
            total += v;
        }
        assertThat(total).isCloseTo(c.logOdds(0), within(1e-12));
    }

    @Test
    void listsTheFamiliesAndFeaturesTheModelUsesInCatalogueOrder() {
        FamilyGrouping g = new FamilyGrouping(Catalogue.current(), MODEL_FEATURES);
        assertThat(g.families()).containsExactly("leeftijd", "schoolloopbaan", "verzuim", "huishouden", "jeugdhulp",
                "verhuizingen", "wijk");
        assertThat(g.modelFamilies()).containsExactly("leeftijd", "schoolloopbaan", "verzuim", "huishouden", "wijk");
        assertThat(g.modelFeatures()).extracting(d -> d.name()).containsExactly("leeftijd", "onderwijssoort",
                "verzuim_ongeoorloofd_12m", "verzuim_uren_12m", "uitkering_maanden_3j", "wijk");
    }

    @Test
    void refusesAModelFeatureOutsideTheCatalogue() {
        assertThatThrownBy(() -> new FamilyGrouping(Catalogue.current(), List.of("leeftijd", "geslacht=V")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model feature 'geslacht=V' is not in feature catalogue " + Catalogue.VERSION + "; only catalogue "
                        + "features may explain a risk");
    }

    private static int indexOf(String name) {
        for (int i = 0; i < Catalogue.current().features().size(); i++) {
            if (Catalogue.current().features().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name);
    }
}
