package nl.vroegsignaal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.Regeling;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.contract.Verhuissoort;
import nl.vroegsignaal.contract.Verzuimsoort;
import org.junit.jupiter.api.Test;

/** Each measure of the data-quality report on a small world built by hand, with the rows it must find. */
class DataQualityTest {
    private static int day(int y, int m, int d) {
        return (int) LocalDate.of(y, m, d).toEpochDay();
    }

    private static DataQuality quality() {
        LinkedDataBuilder b = new LinkedDataBuilder();
        b.addPerson("persoonAAAA1", 2008, 3, Geslacht.V, Herkomst.NEDERLAND, "WK034401");
        b.addPerson("persoonBBBB2", 2008, 5, Geslacht.ONBEKEND, Herkomst.ONBEKEND, "WK034401");
        // A: a switch with a 10-day overlap, then a long overlap of 61 days; one exact duplicate
        b.addEnrolment("persoonAAAA1", "01AB", Onderwijssoort.VMBO_BB, 1, day(2020, 8, 1), day(2021, 8, 10));
        b.addEnrolment("persoonAAAA1", "02AB", Onderwijssoort.VMBO_KB, 2, day(2021, 8, 1), day(2022, 7, 31));
        b.addEnrolment("persoonAAAA1", "02AB", Onderwijssoort.VMBO_KB, 2, day(2021, 8, 1), day(2022, 7, 31));
        b.addEnrolment("persoonAAAA1", "03AB", Onderwijssoort.MBO_2, 1, day(2022, 6, 1), Dates.OPEN);
        // absences: one inside an enrolment, one before any (B has none), one duplicate, one without hours
        b.addAbsence("persoonAAAA1", day(2021, 1, 5), Verzuimsoort.ONGEOORLOOFD, 8);
        b.addAbsence("persoonAAAA1", day(2021, 1, 5), Verzuimsoort.ONGEOORLOOFD, 8);
        b.addAbsence("persoonAAAA1", day(2019, 1, 5), Verzuimsoort.LANGDURIG, Absences.NO_HOURS);
        b.addAbsence("persoonBBBB2", day(2021, 3, 5), Verzuimsoort.ONGEOORLOOFD, 4);
        // benefits: lags 10, 30 and -5 days; two of the same kind overlap
        b.addBenefit("persoonAAAA1", Regeling.PARTICIPATIEWET, day(2020, 9, 1), day(2021, 9, 1), day(2020, 9, 11));
        b.addBenefit("persoonAAAA1", Regeling.PARTICIPATIEWET, day(2021, 3, 1), Dates.OPEN, day(2021, 3, 31));
        b.addBenefit("persoonBBBB2", Regeling.IOAW, day(2020, 10, 1), day(2020, 12, 1), day(2020, 9, 26));
        // moves: B leaves, then moves within the municipality (inconsistent), comes back, moves within (fine)
        b.addMove("persoonBBBB2", day(2020, 1, 1), Verhuissoort.VERTREK);
        b.addMove("persoonBBBB2", day(2020, 2, 1), Verhuissoort.BINNEN_GEMEENTE);
        b.addMove("persoonBBBB2", day(2020, 3, 1), Verhuissoort.VESTIGING);
        b.addMove("persoonBBBB2", day(2020, 4, 1), Verhuissoort.BINNEN_GEMEENTE);
        b.addMove("onbekendXXX9", day(2020, 4, 1), Verhuissoort.VESTIGING);
        LinkedData data = b.build(Map.of());
        return DataQuality.of(data, day(2023, 1, 1), day(2019, 10, 1));
    }

    private static DataQuality.Source source(DataQuality q, SourceFile f) {
        return q.sources().stream().filter(s -> s.file() == f).findFirst().orElseThrow();
    }

    @Test
    void completenessCountsEmptyOptionalColumnsAndUnknownCodes() {
        DataQuality q = quality();
        DataQuality.Source persons = source(q, SourceFile.PERSONEN);
        assertThat(persons.completeness()).filteredOn(c -> c.name().equals("geslacht"))
                .singleElement().satisfies(c -> assertThat(c.filled()).isEqualTo(1)).matches(DataQuality.Column::persons);
        assertThat(source(q, SourceFile.INSCHRIJVINGEN).completeness()).filteredOn(c -> c.name().equals("einddatum"))
                .singleElement().satisfies(c -> assertThat(c.filled()).isEqualTo(3));
        assertThat(source(q, SourceFile.VERZUIM).completeness()).filteredOn(c -> c.name().equals("uren"))
                .singleElement().satisfies(c -> assertThat(c.filled()).isEqualTo(3));
        assertThat(source(q, SourceFile.VERZUIM).completeness()).filteredOn(c -> c.name().equals("meldingsdatum"))
                .singleElement().satisfies(c -> assertThat(c.filled()).isEqualTo(4));
    }

    @Test
    void uniquenessFindsDuplicatesAndOverlaps() {
        DataQuality q = quality();
        DataQuality.Source e = source(q, SourceFile.INSCHRIJVINGEN);
        assertThat(e.duplicateRows()).isEqualTo(1);
        // the duplicate overlaps its twin, the switch overlaps by 10 days, the MBO one by 61 days
        assertThat(e.overlapping()).isEqualTo(3);
        assertThat(e.overlappingLong()).isEqualTo(2);
        assertThat(source(q, SourceFile.VERZUIM).duplicateRows()).isEqualTo(1);
        assertThat(source(q, SourceFile.UITKERINGEN).overlapping()).isEqualTo(1);
        assertThat(source(q, SourceFile.UITKERINGEN).overlappingLong()).isEqualTo(1);
    }

    @Test
    void timelinessGivesTheLagPerSchoolYearOfBegin() {
        DataQuality.Source b = source(quality(), SourceFile.UITKERINGEN);
        assertThat(q().years()).containsExactly("2019/20", "2020/21", "2021/22");
        DataQuality.Lag y2020 = b.lags().get(1);
        assertThat(y2020.year()).isEqualTo("2020/21");
        assertThat(y2020.rows()).isEqualTo(3);
        assertThat(y2020.p10()).isEqualTo(-5);
        assertThat(y2020.p50()).isEqualTo(10);
        assertThat(y2020.p90()).isEqualTo(30);
        assertThat(y2020.beforeBegin()).isEqualTo(1);
    }

    @Test
    void consistencyFindsUnknownPersonsMovesAfterADepartureAndAbsenceWithoutEnrolment() {
        DataQuality q = quality();
        assertThat(q.checks()).anySatisfy(c -> {
            assertThat(c.file()).isEqualTo(SourceFile.VERHUIZINGEN);
            assertThat(c.rule()).startsWith("pseudonym not in");
            assertThat(c.rows()).isEqualTo(1);
        });
        assertThat(q.checks()).filteredOn(c -> c.rule().contains("after a departure")).singleElement()
                .satisfies(c -> assertThat(c.rows()).isEqualTo(1));
        assertThat(q.checks()).filteredOn(c -> c.rule().contains("without a running enrolment")).singleElement()
                .satisfies(c -> assertThat(c.rows()).isEqualTo(2));
        assertThat(source(q, SourceFile.VERZUIM).personsWithRows()).isEqualTo(2);
        assertThat(source(q, SourceFile.VERHUIZINGEN).personsWithRows()).isEqualTo(1);
    }

    private static DataQuality q() {
        return quality();
    }
}
