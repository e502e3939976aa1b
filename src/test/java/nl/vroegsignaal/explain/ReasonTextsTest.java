package nl.vroegsignaal.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vroegsignaal.features.Catalogue;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureDefinition;
import org.junit.jupiter.api.Test;

class ReasonTextsTest {
    private static final ReasonTexts TEXTS = ReasonTexts.standard();
    private static final LocalDate P = LocalDate.of(2025, 10, 1);

    @Test
    void everyFeatureOfEveryReasonTopicInTheCatalogueHasATemplate() {
        FeatureCatalogue catalogue = Catalogue.current();
        List<String> missing = catalogue.features().stream()
                .filter(f -> !Reason.NEVER_A_REASON.contains(ReasonTopics.of(f)))
                .map(FeatureDefinition::name)
                .filter(name -> !TEXTS.hasTemplate(name))
                .toList();
        assertThat(missing).as("catalogue %s features without a Dutch reason template", catalogue.version())
                .isEmpty();
        assertThat(catalogue.features()).extracting(FeatureDefinition::family).contains("verzuim", "wijk");
    }

    @Test
    void theNeighbourhoodAndTheContextHaveNoTemplate() {
        assertThat(TEXTS.hasTemplate("wijk")).isFalse();
        for (String context : List.of("leeftijd", "onderwijssoort", "sector", "leerjaar", "jaren_in_soort",
                "diplomas_totaal")) {
            assertThat(TEXTS.hasTemplate(context)).as(context).isFalse();
            assertThat(ReasonTopics.of(Catalogue.find(context).orElseThrow())).isEqualTo(ReasonTopics.CONTEXT);
        }
        assertThat(ReasonTopics.reasonTopics(Catalogue.current())).containsExactlyElementsOf(ReasonTopics.ALL);
        assertThat(TEXTS.features()).noneMatch(f -> f.startsWith("wijk") || f.contains("geslacht")
                || f.contains("herkomst"));
    }

    @Test
    void absenceIsStatedWithTheCountAndTheRightNumber() {
        assertThat(text("verzuim_ongeoorloofd_12m", 3))
                .contains("Ongeoorloofd verzuim: 3 meldingen in de afgelopen 12 maanden");
        assertThat(text("verzuim_ongeoorloofd_3m", 1)).contains("Ongeoorloofd verzuim: 1 melding in de afgelopen 3 maanden");
        assertThat(text("verzuim_langdurig_12m", 2)).contains("Langdurig verzuim: 2 meldingen in de afgelopen 12 maanden");
        assertThat(text("verzuim_uren_3m", 48)).contains("48 uur verzuim gemeld in de afgelopen 3 maanden");
        assertThat(text("verzuim_dagen_sinds_melding", 1)).contains("Laatste verzuimmelding 1 dag voor de peildatum");
        assertThat(text("verzuim_dagen_sinds_melding", 45)).contains("Laatste verzuimmelding 45 dagen voor de peildatum");
        assertThat(text("verzuim_dagen_sinds_melding", 999)).isEmpty();
        assertThat(text("verzuim_ongeoorloofd_12m", 0)).isEmpty();
    }

    @Test
    void schoolCareerCountsAreWordsAndLevelsAreWrittenAsInDutchText() {
        assertThat(text("zittenblijven_3j", 2)).contains("Twee keer blijven zitten in de afgelopen 3 jaar");
        assertThat(text("zittenblijven_3j", 1)).contains("Eén keer blijven zitten in de afgelopen 3 jaar");
        assertThat(text("afstroom_3j", 1))
                .contains("Eén keer naar een lager niveau gegaan (afstroom) in de afgelopen 3 jaar");
        assertThat(text("schoolwissels_3j", 3)).contains("Drie keer van school gewisseld in de afgelopen 3 jaar");
        assertThat(text("onderbrekingen_3j", 1))
                .contains("Eén keer meer dan 3 maanden nergens ingeschreven in de afgelopen 3 jaar");
    }

    @Test
    void householdStatementsCombineTheRunningBenefitWithItsDuration() {
        PersonValues running = person(Map.of("uitkering_lopend", 1, "uitkering_maanden_3j", 14.0));
        assertThat(TEXTS.text("uitkering_lopend", running))
                .contains("Huishouden heeft een uitkering (14 maanden in de afgelopen 3 jaar)");
        assertThat(TEXTS.text("uitkering_maanden_3j", running)).isEqualTo(TEXTS.text("uitkering_lopend", running));
        PersonValues past = person(Map.of("uitkering_maanden_3j", 1.0));
        assertThat(TEXTS.text("uitkering_maanden_3j", past))
                .contains("Huishouden had een uitkering: 1 maand in de afgelopen 3 jaar");
        assertThat(TEXTS.text("uitkering_lopend", past)).isEmpty();
        assertThat(text("schuldhulp_3j", 1)).contains("Huishouden had schuldhulp in de afgelopen 3 jaar");
    }

    @Test
    void youthCareAndMovesAreStatedPlainly() {
        assertThat(text("jeugdhulp_lopend", 1)).contains("Krijgt jeugdhulp");
        assertThat(text("jeugdhulp_jeugdreclassering_3j", 0)).isEmpty();
        assertThat(text("verhuizingen_3j", 2)).contains("Twee keer verhuisd in de afgelopen 3 jaar");
        assertThat(text("gevestigd_3j", 1)).contains("In de afgelopen 3 jaar in de gemeente komen wonen");
    }

    @Test
    void aMissingValueStatesNothing() {
        assertThat(text("verzuim_ongeoorloofd_12m", Double.NaN)).isEmpty();
        assertThat(text("verhuizingen_3j", Double.NaN)).isEmpty();
    }

    private static Optional<String> text(String feature, double value) {
        return TEXTS.text(feature, person(Map.of(feature, value)));
    }

    static PersonValues person(Map<String, Object> values) {
        return PersonValues.of(new MatrixBuilder(Catalogue.current())
                .levels("onderwijssoort", "VMBO-BB", "HAVO", "MBO-1", "geen")
                .levels("sector", "VO", "MBO", "geen")
                .levels("wijk", "WK01")
                .person("PSEUDO01", P, -1, values).build()).row(0);
    }
}
