package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import nl.vroegsignaal.pipeline.SampleAuditReport;
import org.junit.jupiter.api.Test;

/** The deployer pack of the sample run: the six items of art. 27(1), marked places, plain words, no identifiers. */
class DeployerPackTest {
    @Test
    void theFundamentalRightsAssessmentHasTheSixItemsOfArticle27AndMarkedPlaces() {
        String fria = DeployerPack.fria(SampleAuditReport.withNecessity(), Texts.builtIn());
        assertThat(fria).contains("## a. Het proces", "## b. Periode en frequentie", "## c. Welke groepen",
                "## d. Risico", "## e. Menselijk toezicht", "## f. Maatregelen als risico");
        assertThat(fria.split("\\[IN TE VULLEN DOOR DE GEMEENTE:", -1).length - 1).isGreaterThanOrEqualTo(6);
        assertThat(fria.indexOf("## a.")).isLessThan(fria.indexOf("## f."));
    }

    @Test
    void theInstructionsSayWhatItIsNotForHowGoodItIsPerGroupAndHowToStopIt() {
        String text = DeployerPack.instructions(SampleAuditReport.withNecessity(), Texts.builtIn());
        assertThat(text).contains("Een signaal is geen besluit", "Bekende grenzen per groep", "Menselijk toezicht",
                "Hoe u het systeem stopt", "bereik");
    }

    @Test
    void theInformationForYoungPeopleAndParentsNamesTheDataTheReasonAndTheirRights() {
        String text = DeployerPack.information(SampleAuditReport.withNecessity(), Texts.builtIn());
        assertThat(text).contains("Welke gegevens", "Waarom", "Een signaal is geen besluit", "bezwaar", "inzage");
        for (var d : SampleAuditReport.withNecessity().facts().features()) {
            assertThat(text).doesNotContain(d.name());
        }
    }
}
