package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.vroegsignaal.model.LeftOut;
import nl.vroegsignaal.model.Necessity;
import nl.vroegsignaal.report.NecessityReport;
import nl.vroegsignaal.report.Texts;
import nl.vroegsignaal.sample.NoiseSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small, always-on version of {@link NecessityRateBenchmark}: one seeded world of 20,000 persons in which
 * schuldhulp is pure noise (the same rate for every household; the outcome never sees it), with a small logistic
 * model. The test must not find that schuldhulp contributes, and must report every source with intervals.
 */
class NecessityNoiseTest {
    @TempDir
    static Path dir;
    private static NecessityReport report;

    @BeforeAll
    static void measure() {
        report = NecessityWorlds.measure(dir, NoiseSource.SCHULDHULP, 21, 20_000, NecessityWorlds.SMALL);
    }

    @Test
    void everySourceIsLeftOutOnceWithPairedIntervals() {
        assertThat(report.result().onSample()).as("city-sized worlds fit on all training rows").isFalse();
        assertThat(report.html(Texts.builtIn())).doesNotContain("steekproef");
        assertThat(report.result().sources()).extracting(s -> s.leftOut().key()).containsExactly("uitkeringen",
                "jeugdhulp", "schuldhulp", "verhuizingen", LeftOut.SOCIAL_DOMAIN);
        for (Necessity.Source s : report.result().sources()) {
            assertThat(s.gain().precision().hasInterval()).as(s.leftOut().key()).isTrue();
            assertThat(s.gain().aucPr().hasInterval()).as(s.leftOut().key()).isTrue();
            assertThat(s.gain().precision().lower()).isLessThanOrEqualTo(s.gain().precision().value());
            assertThat(s.gain().precision().upper()).isGreaterThanOrEqualTo(s.gain().precision().value());
        }
        List<String> together = NecessityWorlds.source(report, LeftOut.SOCIAL_DOMAIN).leftOut().features();
        for (String key : List.of("uitkeringen", "jeugdhulp", "schuldhulp")) {
            assertThat(together).containsAll(NecessityWorlds.source(report, key).leftOut().features());
        }
        assertThat(NecessityWorlds.source(report, "verhuizingen").leftOut().features())
                .doesNotContainAnyElementsOf(together);
    }

    @Test
    void theNoiseSourceDoesNotDemonstrablyContribute() {
        Necessity.Source noise = NecessityWorlds.source(report, "schuldhulp");
        assertThat(noise.contributes()).isFalse();
        assertThat(noise.gain().precision().lower()).isLessThanOrEqualTo(0.0);
        String conclusion = NecessityReport.conclusionNl(Texts.builtIn(), noise, false);
        assertThat(conclusion).startsWith("schuldhulp van het huishouden: draagt niet aantoonbaar bij.");
    }

    @Test
    void theFairnessSummaryStandsBesideEveryRanking() {
        assertThat(report.fairness()).hasSize(2);
        for (var s : report.fairness()) {
            assertThat(s.balance()).hasSize(report.result().sources().size() + 1);
            assertThat(s.differenceToFirst()).hasSize(report.result().sources().size());
        }
    }

    @Test
    void thePageAndTheJsonNameFeaturesInDutchOnly() {
        String html = report.html(Texts.builtIn());
        assertThat(html).contains("draagt niet aantoonbaar bij").contains("Noodzaak en proportionaliteit");
        for (Necessity.Source s : report.result().sources()) {
            for (String feature : s.leftOut().features()) {
                assertThat(html).doesNotContain(feature);
            }
        }
        assertThat(report.json().path("sources").size()).isEqualTo(5);
    }
}
