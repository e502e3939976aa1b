package nl.vroegsignaal.features;

import static nl.vroegsignaal.features.Fixtures.build;
import static nl.vroegsignaal.features.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import nl.vroegsignaal.testdata.ContractRecords;
import org.junit.jupiter.api.Test;

/** The VSV label at P = 2019-10-01 (window up to and including 2020-10-01), case by case. */
class LabelTest {
    private static final String P = "2019-10-01";
    private static final String EXTRACTED = "2021-01-01";

    /** A 17-year-old in MBO-2 on P whose enrolment ends on the given day. */
    private static ContractRecords leaving(String pseudonym, String einddatum) {
        return new ContractRecords().person(pseudonym, "2002-03")
                .enrolment(pseudonym, "01AB", "MBO-2", 1, "2019-08-01", einddatum);
    }

    private static byte label(ContractRecords r, String pseudonym) {
        FeatureSet set = build(r, EXTRACTED);
        int row = row(set, pseudonym, P);
        assertThat(row).as("in the population at P").isNotNegative();
        return set.matrix().label()[row];
    }

    private static CohortSummary cohort(FeatureSet set) {
        return set.cohorts().stream().filter(c -> c.peildatum().toString().equals(P)).findFirst().orElseThrow();
    }

    @Test
    void stillEnrolledOnePeildatumLaterIsZero() {
        assertThat(label(leaving("blijft001", ""), "blijft001")).isEqualTo((byte) 0);
    }

    @Test
    void enrolmentEndingExactlyOnTheHorizonStillCountsAsEnrolled() {
        assertThat(label(leaving("eindhor01", "2020-10-01"), "eindhor01")).isEqualTo((byte) 0);
        assertThat(label(leaving("eindvoor1", "2020-09-30"), "eindvoor1")).isEqualTo((byte) 1);
    }

    @Test
    void leavingWithoutDiplomaIsOne() {
        FeatureSet set = build(leaving("uitval001", "2020-03-31"), EXTRACTED);
        assertThat(set.matrix().label()[row(set, "uitval001", P)]).isEqualTo((byte) 1);
        assertThat(cohort(set).positives()).isEqualTo(1);
        assertThat(cohort(set).labelled()).isEqualTo(1);
    }

    @Test
    void leavingWithAStartkwalificatieWithinTheYearIsZero() {
        ContractRecords r = leaving("diploma01", "2020-06-30").diploma("diploma01", "2020-06-30", "MBO-2");
        assertThat(label(r, "diploma01")).isEqualTo((byte) 0);
    }

    @Test
    void aStartkwalificatieOnTheLastDayOfTheWindowCountsButNotADayLater() {
        ContractRecords r = leaving("laatste01", "2020-06-30").diploma("laatste01", "2020-10-01", "MBO-3");
        ContractRecords late = leaving("telaat001", "2020-06-30").diploma("telaat001", "2020-10-02", "MBO-3");
        assertThat(label(r, "laatste01")).isEqualTo((byte) 0);
        assertThat(label(late, "telaat001")).isEqualTo((byte) 1);
    }

    @Test
    void anMboOneDiplomaIsNoStartkwalificatieSoLeavingIsStillOne() {
        ContractRecords r = new ContractRecords().person("mboeen001", "2002-03")
                .enrolment("mboeen001", "01AB", "MBO-1", 1, "2019-08-01", "2020-06-30")
                .diploma("mboeen001", "2020-06-30", "MBO-1");
        assertThat(label(r, "mboeen001")).isEqualTo((byte) 1);
    }

    @Test
    void enrolmentInHigherEducationOnTheHorizonIsZero() {
        ContractRecords r = leaving("naarho001", "2020-06-30")
                .enrolment("naarho001", "09ZZ", "HO", 1, "2020-09-01", "");
        assertThat(label(r, "naarho001")).isEqualTo((byte) 0);
    }

    @Test
    void movingOutWithinTheYearCensorsAndIsCounted() {
        ContractRecords r = leaving("vertrek01", "2020-03-31").move("vertrek01", "2020-04-15", "vertrek");
        r.person("emigrat01", "2002-03").enrolment("emigrat01", "01AB", "MBO-2", 1, "2019-08-01", "")
                .move("emigrat01", "2020-10-01", "emigratie");
        FeatureSet set = build(r, EXTRACTED);
        assertThat(set.matrix().label()[row(set, "vertrek01", P)]).isEqualTo(FeatureMatrix.NO_LABEL);
        assertThat(set.matrix().label()[row(set, "emigrat01", P)]).isEqualTo(FeatureMatrix.NO_LABEL);
        CohortSummary c = cohort(set);
        assertThat(c.censored()).isEqualTo(2);
        assertThat(c.labelled()).isZero();
        assertThat(c.population()).isEqualTo(2);
    }

    @Test
    void movingOutAfterTheYearDoesNotCensor() {
        ContractRecords r = leaving("laterweg1", "2020-03-31").move("laterweg1", "2020-10-02", "vertrek");
        assertThat(label(r, "laterweg1")).isEqualTo((byte) 1);
    }

    @Test
    void noLabelWhenTheYearAfterPeildatumReachesBeyondTheExtractionDate() {
        FeatureSet set = build(leaving("nietbek01", "2020-03-31"), "2020-09-30");
        assertThat(set.matrix().label()[row(set, "nietbek01", P)]).isEqualTo(FeatureMatrix.NO_LABEL);
        CohortSummary c = cohort(set);
        assertThat(c.unlabelledHorizon()).isEqualTo(1);
        assertThat(c.labelled()).isZero();
        assertThat(c.censored()).isZero();
    }

    @Test
    void labelIsKnownWhenTheYearEndsExactlyOnTheExtractionDate() {
        FeatureSet set = build(leaving("precies01", "2020-03-31"), "2020-10-01");
        assertThat(set.matrix().label()[row(set, "precies01", P)]).isEqualTo((byte) 1);
    }
}
