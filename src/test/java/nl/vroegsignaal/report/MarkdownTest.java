package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import nl.vroegsignaal.pipeline.AuditStage;
import nl.vroegsignaal.pipeline.SampleAudit;
import org.junit.jupiter.api.Test;

/** --organisatie and the model's name reach modelkaart.md and algoritmeregister.md as text, never as Markdown. */
class MarkdownTest {
    private static final String HOSTILE = "Gemeente X\n# Kop\n[klik](javascript:alert(1)) <img src=x onerror=alert(1)> "
            + "**vet** `code` | tabel";

    @Test
    void escapesEverythingWithMarkdownMeaningAndJoinsLines() {
        assertThat(Markdown.escape("# Kop")).isEqualTo("\\# Kop");
        assertThat(Markdown.escape("[klik](javascript:alert(1))")).isEqualTo("\\[klik\\](javascript:alert(1))");
        assertThat(Markdown.escape("a\nb\r\nc")).isEqualTo("a b  c");
        assertThat(Markdown.escape("- lijst")).isEqualTo("\\- lijst");
        assertThat(Markdown.escape("12. lijst")).isEqualTo("12\\. lijst");
        assertThat(Markdown.escape("Gemeente 's-Hertogenbosch, 3-4 jaar. Klaar")).as("plain text stays plain")
                .isEqualTo("Gemeente 's-Hertogenbosch, 3-4 jaar. Klaar");
        assertThat(Markdown.escape("<b>&amp;</b>")).isEqualTo("\\<b\\>\\&amp;\\</b\\>");
    }

    @Test
    void aHostileOrganisationOrModelNameInjectsNothingIntoTheMarkdownFiles() {
        AuditStage.Result r = SampleAudit.result();
        AuditFacts f = r.facts();
        AuditFacts hostile = new AuditFacts(Optional.of(HOSTILE), HOSTILE, f.modelTypeNl(), f.modelDescription(),
                f.calibration(), f.trainPeildata(), f.validationPeildata(), f.testPeildata(), f.trainRows(), f.testRows(),
                f.capacityNl(), f.testCapacity(), f.listPeildatum(), f.listCapacity(), f.listPopulation(), f.evaluation(),
                f.features(), f.seed(), f.provenance());
        for (String md : new String[] {ModelCard.build(hostile, r.audit(), r.listComposition(), r.proxies()).markdown(),
                RegisterEntry.build(hostile, r.audit(), r.proxies()).markdown()}) {
            assertThat(md).contains("Gemeente X # Kop \\[klik\\](javascript:alert(1)) \\<img")
                    .doesNotContain("**vet**", "`code`")
                    .doesNotContainPattern("[^\\\\]<img").doesNotContainPattern("[^\\\\]\\]\\(javascript:");
            assertThat(Arrays.stream(md.split("\n")).filter(l -> l.startsWith("# Kop") || l.startsWith("[klik]")))
                    .isEmpty();
        }
    }
}
