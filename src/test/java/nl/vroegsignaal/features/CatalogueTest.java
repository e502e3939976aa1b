package nl.vroegsignaal.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private final List<FeatureDefinition> features = Catalogue.current().features();

    @Test
    void holdsBetweenTwentyFiveAndThirtyFiveUniquelyNamedFeatures() {
        assertThat(features).hasSizeBetween(25, 35);
        Set<String> names = new HashSet<>();
        for (FeatureDefinition f : features) {
            assertThat(names.add(f.name())).as("duplicate " + f.name()).isTrue();
            assertThat(f.name()).matches("[a-z][a-z0-9_]*");
        }
    }

    @Test
    void everyFeatureHasDescriptionSourceWindowAndAJustificationCitingItsSource() {
        for (FeatureDefinition f : features) {
            assertThat(f.descriptionNl()).as(f.name()).isNotBlank().endsWith(".");
            assertThat(f.source()).as(f.name()).matches("[a-z]+\\.csv");
            assertThat(f.window()).as(f.name()).isNotBlank();
            assertThat(f.justificationNl()).as(f.name()).contains("Bron: ");
        }
    }

    @Test
    void coversTheExpectedFamiliesInOrder() {
        assertThat(features.stream().map(FeatureDefinition::family).distinct().toList()).containsExactly(
                "leeftijd", "schoolloopbaan", "verzuim", "huishouden", "jeugdhulp", "verhuizingen", "wijk");
    }

    @Test
    void neverHoldsAProtectedAttribute() {
        assertThat(features).extracting(FeatureDefinition::name).noneMatch(
                n -> n.contains("geslacht") || n.contains("herkomst"));
        assertThat(features).extracting(FeatureDefinition::source).doesNotContain("protected.csv");
    }

    @Test
    void categoricalFeaturesAreTheSchoolTypeSectorAndWijk() {
        assertThat(features.stream().filter(f -> f.kind() == FeatureKind.CATEGORICAL).map(FeatureDefinition::name))
                .containsExactly("onderwijssoort", "sector", "wijk");
    }

    @Test
    void findLooksUpByName() {
        assertThat(Catalogue.find("verzuim_ongeoorloofd_12m")).map(FeatureDefinition::family).contains("verzuim");
        assertThat(Catalogue.find("no_such_feature")).isEmpty();
        assertThat(Catalogue.current().version()).isEqualTo(Catalogue.VERSION);
    }
}
