package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.pipeline.SampleAuditReport;
import org.junit.jupiter.api.Test;

/** The register entry filled from the necessity test still passes every rule of the publication standard. */
class RegisterEntryNecessityTest {
    private static final AlgoritmeregisterRules RULES = AlgoritmeregisterRules.load();

    @Test
    void proportionalityAndRisksCarryTheMeasuredFiguresWithinTheRules() {
        AuditReport r = SampleAuditReport.withNecessity();
        RegisterEntry entry = r.registerEntry();
        assertThat(RULES.check(entry.fields())).isEmpty();
        String proportionality = (String) entry.fields().get("proportionality");
        assertThat(proportionality).contains(NecessityReport.HTML_FILE).contains("draagt")
                .contains(FairnessTexts.TO_FILL);
        for (String c : r.necessity().orElseThrow().conclusionsNl(Texts.builtIn())) {
            assertThat(proportionality).contains(SignalHtml.esc(c));
        }
        assertThat(proportionality.length()).isLessThanOrEqualTo(RegisterEntry.HTML_FIELD_MAX);
        String risks = (String) entry.fields().get("risks");
        assertThat(risks).containsAnyOf("niet aantoonbaar bijdragen", "draagt aantoonbaar bij");
        for (FeatureDefinition d : r.facts().features()) {
            assertThat(proportionality).as("no raw identifiers").doesNotContain(d.name());
        }
    }
}
