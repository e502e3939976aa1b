package nl.vroegsignaal.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.testdata.ContractRecords;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static ContractRecords data() {
        return new ContractRecords().person("persoon01", "2004-05")
                .enrolment("persoon01", "AAAA", "VMBO-GT", 1, "2019-08-01", "2021-07-31")
                .enrolment("persoon01", "BBBB", "MBO-2", 1, "2022-10-01", "")
                .benefit("persoon01", "bbz", "2020-01-01", "", "2026-10-14")
                .debtSupport("persoon01", "2020-01-01", "2030-01-01", "2020-02-01");
    }

    @Test
    void horizonIsTheDayAfterTheLatestKnowledgeDateIgnoringEndDates() {
        Timeline t = Timeline.of(data().toLinkedData(), FeatureOptions.defaults());
        assertThat(t.horizon()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(t.horizonFromData()).isTrue();
    }

    @Test
    void peildataAreTheFirstsOfOctoberWithARunningEnrolmentUpToTheHorizon() {
        Timeline t = Timeline.of(data().toLinkedData(), FeatureOptions.defaults());
        // 2021-10-01 falls in the gap between the two enrolments; 2022-10-01 is the second one's first day.
        assertThat(t.peildata()).extracting(LocalDate::toString).containsExactly(
                "2019-10-01", "2020-10-01", "2022-10-01", "2023-10-01", "2024-10-01", "2025-10-01", "2026-10-01");
        assertThat(t.labelKnown(LocalDate.of(2025, 10, 1))).isTrue();
        assertThat(t.labelKnown(LocalDate.of(2026, 10, 1))).isFalse();
    }

    @Test
    void anExplicitExtractionDateSetsTheHorizonAndDropsLaterPeildata() {
        ContractRecords r = new ContractRecords().person("persoon01", "2004-05")
                .enrolment("persoon01", "AAAA", "VMBO-GT", 1, "2019-08-01", "");
        Timeline t = Timeline.of(r.toLinkedData(), FeatureOptions.extractedOn(LocalDate.of(2021, 9, 30)));
        assertThat(t.horizonFromData()).isFalse();
        assertThat(t.peildata()).extracting(LocalDate::toString).containsExactly("2019-10-01", "2020-10-01");
    }

    @Test
    void refusesAnExtractionDateNotAfterTheLatestRecord() {
        assertThatThrownBy(() -> Timeline.of(data().toLinkedData(), FeatureOptions.extractedOn(LocalDate.of(2026, 10, 14))))
                .isInstanceOf(InputException.class)
                .hasMessage("extraction date 2026-10-14 is not after the latest record in the input (dated 2026-10-14); "
                        + "give a later extraction date or leave it out");
    }

    @Test
    void refusesInputWithoutAnyDatedRecord() {
        ContractRecords r = new ContractRecords().person("persoon01", "2004-05");
        assertThatThrownBy(() -> Timeline.of(r.toLinkedData(), FeatureOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage("the input holds no dated records, so there is no peildatum to link");
    }
}
