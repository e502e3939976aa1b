package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.features.CohortSummary;
import nl.vroegsignaal.link.SourceCounts;
import org.junit.jupiter.api.Test;

/** Small-cell suppression in the link report: nothing under 10 shown, nothing hidden recoverable. */
class LinkReportTest {
    private static final LocalDate P = LocalDate.of(2020, 10, 1);

    @Test
    void showsACohortWhoseCountsAreAllLarge() {
        LinkReport.Cohort c = LinkReport.cohort(new CohortSummary(P, 1000, 980, 20, 0, 40), true);
        assertThat(c.population().text()).isEqualTo("1000");
        assertThat(c.labelled().text()).isEqualTo("980");
        assertThat(c.censored().text()).isEqualTo("20");
        assertThat(c.positives().text()).isEqualTo("40");
        assertThat(c.positiveRate()).isEqualByComparingTo("0.0408");
        assertThat(c.unlabelledHorizon().text()).isEqualTo("n/a");
    }

    @Test
    void hidesSmallCountsAndTheTotalThatWouldRevealThem() {
        LinkReport.Cohort c = LinkReport.cohort(new CohortSummary(P, 1000, 995, 5, 0, 9), true);
        assertThat(c.censored().text()).isEqualTo("afgeschermd");
        assertThat(c.positives().text()).isEqualTo("afgeschermd");
        assertThat(c.population().text()).as("1000 - 995 would give the censored count").isEqualTo("afgeschermd");
        assertThat(c.labelled().text()).isEqualTo("995");
        assertThat(c.positiveRate()).isNull();
    }

    @Test
    void hidesZeroToo() {
        LinkReport.Cohort c = LinkReport.cohort(new CohortSummary(P, 500, 500, 0, 0, 0), true);
        assertThat(c.censored().text()).isEqualTo("afgeschermd");
        assertThat(c.positives().text()).isEqualTo("afgeschermd");
        assertThat(c.population().text()).isEqualTo("afgeschermd");
    }

    @Test
    void hidesPositivesWhenFewerThanTenWereNegative() {
        LinkReport.Cohort c = LinkReport.cohort(new CohortSummary(P, 40, 25, 15, 0, 20), true);
        assertThat(c.positives().text()).as("25 - 20 = 5 negatives").isEqualTo("afgeschermd");
        assertThat(c.positiveRate()).isNull();
    }

    @Test
    void aCohortBeyondTheHorizonIsUnlabelledAsAWhole() {
        LinkReport.Cohort c = LinkReport.cohort(new CohortSummary(P, 700, 0, 0, 700, 0), false);
        assertThat(c.labelsKnown()).isFalse();
        assertThat(c.population().text()).isEqualTo("700");
        assertThat(c.unlabelledHorizon().text()).isEqualTo("700");
        assertThat(List.of(c.labelled(), c.censored(), c.positives())).allMatch(x -> x.text().equals("n/a"));
    }

    @Test
    void rowCountsOfAFileAreShownExactlyAlsoWhenSmallOrZero() {
        LinkReport.Source s = LinkReport.source(SourceFile.VERZUIM, new SourceCounts(1000, 997, 3));
        assertThat(List.of(s.rowsRead().text(), s.rowsLinked().text(), s.rowsRejected().text()))
                .containsExactly("1000", "997", "3");
        assertThat(s.linkRate()).isEqualByComparingTo("0.997");
        LinkReport.Source none = LinkReport.source(SourceFile.SCHULDHULP, new SourceCounts(100, 100, 0));
        assertThat(none.rowsRejected().text()).isEqualTo("0");
        assertThat(none.linkRate()).isEqualByComparingTo("1");
    }

    @Test
    void aSourceThatHardlyLinksGetsAPlainWarningNamingTheKey() {
        SourceCounts wrongKey = new SourceCounts(2_000, 2, 1_998);
        assertThat(wrongKey.warning("schuldhulp.csv")).hasValueSatisfying(w -> assertThat(w)
                .startsWith("schuldhulp.csv: only 2 of 2000 rows (0.1%) have a pseudonym that is in personen.csv")
                .contains("different keys").contains("key id"));
        assertThat(new SourceCounts(2_000, 1_990, 10).warning("schuldhulp.csv")).isEmpty();
        assertThat(new SourceCounts(0, 0, 0).warning("schuldhulp.csv")).isEmpty();
        LinkReport r = new LinkReport("1.0", "1", 31, LocalDate.of(2026, 10, 15), true, Map.of(),
                List.of(LinkReport.source(SourceFile.SCHULDHULP, wrongKey)), List.of(),
                List.of(wrongKey.warning("schuldhulp.csv").orElseThrow()), List.of(), List.of(), null);
        assertThat(LinkReportMarkdown.render(r)).contains("## Warnings\n\n- **schuldhulp.csv: only 2 of 2000 rows");
        assertThat(LinkReportJson.render(r)).contains("\"warnings\": [\n    \"schuldhulp.csv: only 2 of 2000 rows");
    }

    @Test
    void jsonKeepsAFixedKeyOrderAndMarksHiddenCounts() {
        LinkReport r = new LinkReport("1.0", "1", 31, LocalDate.of(2026, 10, 15), true,
                Map.of("personen.csv", "ab12"),
                List.of(LinkReport.source(SourceFile.PERSONEN, new SourceCounts(50, 50, 0))),
                List.of(LinkReport.cohort(new CohortSummary(P, 40, 35, 5, 0, 12), true)), List.of(), List.of(), List.of(), null);
        String json = LinkReportJson.render(r);
        assertThat(json).startsWith("{\n  \"report\": \"vroegsignaal link report\",\n  \"version\": \"1.0\",\n");
        assertThat(json).contains("\"censored\": null,\n      \"censoredAfgeschermd\": \"minder dan 10 personen, "
                        + "of daaruit af te leiden\"", "\"population\": null,\n      \"populationAfgeschermd\"",
                "\"unlabelledHorizon\": null", "\"positiveRate\": 0.3429", "\"sha256\": \"ab12\"");
        assertThat(json).doesNotContain("\r").endsWith("}\n");
        assertThat(LinkReportMarkdown.render(r)).contains("| 2020-10-01 | afgeschermd | yes | 35 | afgeschermd | n/a | 12 | 34.29% |");
    }
}
