package nl.vroegsignaal.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.time.LocalDate;
import nl.vroegsignaal.link.Dates;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.testdata.ContractRecords;
import org.junit.jupiter.api.Test;

/** The leakage rule, by name: what the known-before view shows of one person at P = 2020-10-01. */
class KnownBeforeTest {
    private static final LocalDate P = LocalDate.of(2020, 10, 1);
    private static final String ID = "persoon01";

    private static KnownBefore view(ContractRecords r) {
        LinkedData data = r.toLinkedData();
        return new KnownBefore(data).reset(0, PeildatumDays.of(P));
    }

    private static ContractRecords person() {
        return new ContractRecords().person(ID, "2004-05");
    }

    @Test
    void hidesEnrolmentsBegunOnOrAfterPeildatum() {
        KnownBefore k = view(person().enrolment(ID, "AAAA", "MBO-2", 1, "2020-09-30", "")
                .enrolment(ID, "BBBB", "MBO-3", 1, "2020-10-01", ""));
        assertThat(k.enrolments()).isEqualTo(1);
        assertThat(k.enrolmentBegin(0)).isEqualTo(ContractRecords.day("2020-09-30"));
    }

    @Test
    void readsAnEnrolmentEndOnOrAfterPeildatumAsStillRunning() {
        KnownBefore k = view(person().enrolment(ID, "AAAA", "MBO-2", 1, "2019-08-01", "2020-10-01")
                .enrolment(ID, "BBBB", "MBO-2", 1, "2019-09-01", "2020-09-30"));
        assertThat(k.enrolmentEnd(0)).isEqualTo(Dates.OPEN);
        assertThat(k.enrolmentEnd(1)).isEqualTo(ContractRecords.day("2020-09-30"));
    }

    @Test
    void hidesDiplomasMovesAndAbsencesDatedOnOrAfterPeildatum() {
        KnownBefore k = view(person().diploma(ID, "2020-09-30", "VMBO-GT").diploma(ID, "2020-10-01", "HAVO")
                .move(ID, "2020-10-01", "vertrek").move(ID, "2020-09-30", "binnen gemeente")
                .absence(ID, "2020-10-01", "ongeoorloofd", 16).absence(ID, "2020-10-02", "langdurig", null));
        assertThat(k.diplomas()).isEqualTo(1);
        assertThat(k.moves()).isEqualTo(1);
        assertThat(k.absences()).isZero();
    }

    @Test
    void hidesSocialRecordRegisteredOnOrAfterPeildatumEvenIfBegunBefore() {
        KnownBefore k = view(person()
                .benefit(ID, "participatiewet", "2019-01-01", "", "2020-10-01")
                .benefit(ID, "ioaw", "2019-01-01", "", "2020-09-30")
                .youthCare(ID, "met verblijf", "2018-01-01", "2018-06-01", "2021-01-01")
                .debtSupport(ID, "2020-01-01", "", "2020-11-01"));
        assertThat(k.benefits().size()).isEqualTo(1);
        assertThat(k.youthCare().size()).isZero();
        assertThat(k.debtSupport().size()).isZero();
    }

    @Test
    void hidesSocialRecordRegisteredBeforePeildatumThatBeginsOnOrAfterIt() {
        KnownBefore k = view(person().benefit(ID, "bbz", "2020-10-01", "", "2020-08-01"));
        assertThat(k.benefits().size()).isZero();
    }

    @Test
    void clipsSocialSpellsAtPeildatum() {
        KnownBefore k = view(person().benefit(ID, "bbz", "2019-01-01", "2021-06-30", "2019-01-05")
                .benefit(ID, "ioaz", "2019-01-01", "2020-09-30", "2019-01-05"));
        assertThat(k.benefits().end(0)).isEqualTo(Dates.OPEN);
        assertThat(k.benefits().runningAt(0)).isTrue();
        assertThat(k.benefits().runningAt(1)).isFalse();
    }

    @Test
    void featureCodeReadsTheLinkedDataOnlyThroughTheKnownBeforeView() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.vroegsignaal.features");
        ArchRuleDefinition.noClasses().that().haveSimpleNameEndingWith("Features")
                .should().dependOnClassesThat().resideInAPackage("nl.vroegsignaal.link..")
                .because("features may use only what was known before P, which KnownBefore enforces")
                .check(classes);
        assertThat(classes.stream().filter(c -> c.getSimpleName().endsWith("Features")).count())
                .as("the rule covers the feature classes").isGreaterThanOrEqualTo(5);
    }
}
