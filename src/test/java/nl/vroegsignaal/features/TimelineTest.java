package nl.vroegsignaal.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.testdata.ContractRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

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
        Timeline t = Timeline.of(data().toLinkedData(), FeatureOptions.defaults().withFirstPeildatum(LocalDate.of(2000, 1, 1)));
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
    void theFirstCohortWaitsUntilAbsenceAndSocialDomainRecordsCoverTheLongestLookBack() {
        // Enrolments reach back to 2019 and a running debt-support spell to 2020, but absence records start on
        // 2020-03-02: cohorts before 2023-03-02 would see a truncated three-year window.
        ContractRecords r = data().absence("persoon01", "2020-03-02", "ongeoorloofd", 16)
                .move("persoon01", "2021-05-01", "binnen gemeente");
        Timeline t = Timeline.of(r.toLinkedData(), FeatureOptions.defaults());
        assertThat(Timeline.coverageStart(r.toLinkedData())).contains(LocalDate.of(2020, 3, 2));
        assertThat(t.peildata()).extracting(LocalDate::toString).containsExactly(
                "2023-10-01", "2024-10-01", "2025-10-01", "2026-10-01");
    }

    @Test
    void withoutAbsenceOrSocialDomainRecordsOnlyTheEnrolmentsBoundTheCohorts() {
        Timeline t = Timeline.of(data().toLinkedData(), FeatureOptions.extractedOn(LocalDate.of(2026, 10, 15)));
        assertThat(Timeline.coverageStart(data().toLinkedData())).isEmpty();
        assertThat(t.peildata()).extracting(LocalDate::toString).containsExactly(
                "2019-10-01", "2020-10-01", "2022-10-01", "2023-10-01", "2024-10-01", "2025-10-01", "2026-10-01");
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
    /** 150 fortnightly absence records from 2016-09 on, and one stray record dated {@code stray} when not null. */
    private static ContractRecords withAbsenceHistory(String stray) {
        ContractRecords r = new ContractRecords().person("persoon01", "2004-05")
                .enrolment("persoon01", "AAAA", "VMBO-GT", 1, "2010-08-01", "");
        LocalDate d = LocalDate.of(2016, 9, 5);
        for (int i = 0; i < 150; i++) {
            r.absence("persoon01", d.plusDays(i * 14L).toString(), "ongeoorloofd", 2);
        }
        return stray == null ? r : r.absence("persoon01", stray, "ongeoorloofd", 2);
    }

    @Test
    void oneStrayEarlyRecordDoesNotMoveTheFirstPeildatum() {
        List<LocalDate> clean = Timeline.of(withAbsenceHistory(null).toLinkedData(), FeatureOptions.defaults()).peildata();
        assertThat(clean.get(0)).isEqualTo(LocalDate.of(2019, 10, 1));
        for (String stray : List.of("1900-01-01", "1970-01-01", "2009-03-01")) {
            assertThat(Timeline.of(withAbsenceHistory(stray).toLinkedData(), FeatureOptions.defaults()).peildata())
                    .as(stray).isEqualTo(clean);
        }
    }

    @Test
    void earlyRecordsThatAreMoreThanAFewAreTheHistoryNotStrays() {
        ContractRecords r = withAbsenceHistory(null);
        for (int i = 0; i < 2; i++) {
            r.absence("persoon01", "2009-03-0" + (i + 1), "ongeoorloofd", 2);
        }
        assertThat(Timeline.of(r.toLinkedData(), FeatureOptions.defaults()).peildata().get(0))
                .isEqualTo(LocalDate.of(2012, 10, 1));
    }

    @Test
    void theStrayRecordIsNamedWithItsPlaceInAWarning(@TempDir Path dir) {
        withAbsenceHistory("1900-01-01").writeCsv(dir);
        Logger logger = (Logger) LoggerFactory.getLogger(Timeline.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            Timeline.of(Linker.read(dir), FeatureOptions.defaults());
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("verzuim.csv:152: "
                + "column meldingsdatum: dated 1900-01-01, more than 12 months before the other absence and move "
                + "records (1 such row): the first peildatum follows the records from 2016-09-05 instead; check the date");
    }

    @Test
    void aRecordAfterTheExtractionDateIsNamedWithItsPlace(@TempDir Path dir) {
        withAbsenceHistory(null).writeCsv(dir);
        assertThatThrownBy(() -> Timeline.of(Linker.read(dir), FeatureOptions.extractedOn(LocalDate.of(2018, 1, 1))))
                .isInstanceOf(InputException.class).hasMessage("verzuim.csv:151: column meldingsdatum: dated 2022-05-23, "
                        + "on or after the extraction date 2018-01-01 given with --extraction-date: correct the record, "
                        + "or give a later extraction date or leave it out");
    }

    @Test
    void aFarFutureRecordThatSpansTooManyPeildataIsNamedWithItsPlace(@TempDir Path dir) {
        withAbsenceHistory("9999-12-31").writeCsv(dir);
        assertThatThrownBy(() -> Timeline.of(Linker.read(dir), FeatureOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessage("verzuim.csv:152: column meldingsdatum: dated 9999-12-31, "
                        + "so the input spans 7981 peildata (2019-10-01 to 9999-10-01); at most 64 are supported: "
                        + "correct the date");
    }
}
