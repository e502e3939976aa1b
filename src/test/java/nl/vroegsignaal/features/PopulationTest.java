package nl.vroegsignaal.features;

import static nl.vroegsignaal.features.Fixtures.build;
import static nl.vroegsignaal.features.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import nl.vroegsignaal.testdata.ContractRecords;
import org.junit.jupiter.api.Test;

/** The population rule at P = 2019-10-01, boundary by boundary. */
class PopulationTest {
    private static final String P = "2019-10-01";
    private static final String EXTRACTED = "2021-01-01";

    /** A person born in the given month, enrolled in VMBO-GT from 2017 with an open end. */
    private static ContractRecords enrolled(String pseudonym, String geboortemaand) {
        return new ContractRecords().person(pseudonym, geboortemaand)
                .enrolment(pseudonym, "01AB", "VMBO-GT", 3, "2017-08-01", "");
    }

    private static boolean inPopulation(ContractRecords r, String pseudonym) {
        return row(build(r, EXTRACTED), pseudonym, P) >= 0;
    }

    @Test
    void includesAgeTwelveOnPeildatumCountingTheBirthMonthAsBornOnTheFirst() {
        assertThat(inPopulation(enrolled("twaalf001", "2007-10"), "twaalf001")).isTrue();
        assertThat(inPopulation(enrolled("elf000001", "2007-11"), "elf000001")).isFalse();
    }

    @Test
    void includesAgeTwentyTwoButNotTwentyThree() {
        assertThat(inPopulation(enrolled("tweetw001", "1996-11"), "tweetw001")).isTrue();
        assertThat(inPopulation(enrolled("drieen001", "1996-10"), "drieen001")).isFalse();
    }

    @Test
    void countsAnEnrolmentEndingOnPeildatumButNotOneEndingTheDayBefore() {
        ContractRecords r = new ContractRecords()
                .person("eindtopp1", "2005-03").enrolment("eindtopp1", "01AB", "MBO-2", 1, "2018-08-01", "2019-10-01")
                .person("eindvoor1", "2005-03").enrolment("eindvoor1", "01AB", "MBO-2", 1, "2018-08-01", "2019-09-30");
        assertThat(inPopulation(r, "eindtopp1")).isTrue();
        assertThat(inPopulation(r, "eindvoor1")).isFalse();
    }

    @Test
    void countsAnEnrolmentBeginningOnPeildatumButNotTheDayAfter() {
        ContractRecords r = new ContractRecords()
                .person("begintop1", "2005-03").enrolment("begintop1", "01AB", "MBO-2", 1, "2019-10-01", "")
                .person("beginna01", "2005-03").enrolment("beginna01", "01AB", "MBO-2", 1, "2019-10-02", "")
                .person("anderpers", "2005-03").enrolment("anderpers", "01AB", "MBO-2", 1, "2018-08-01", "");
        assertThat(inPopulation(r, "begintop1")).isTrue();
        assertThat(inPopulation(r, "beginna01")).isFalse();
    }

    @Test
    void excludesSomeoneEnrolledOnlyInHigherEducation() {
        ContractRecords r = new ContractRecords()
                .person("alleenho1", "2000-03").enrolment("alleenho1", "09ZZ", "HO", 1, "2019-09-01", "")
                .person("hoenmbo01", "2000-03").enrolment("hoenmbo01", "09ZZ", "HO", 1, "2019-09-01", "")
                .enrolment("hoenmbo01", "01AB", "MBO-3", 2, "2018-08-01", "");
        assertThat(inPopulation(r, "alleenho1")).isFalse();
        assertThat(inPopulation(r, "hoenmbo01")).isTrue();
    }

    @Test
    void excludesAStartkwalificatieDatedOnOrBeforePeildatum() {
        ContractRecords r = enrolled("havotopp1", "2002-03").diploma("havotopp1", P, "HAVO");
        r.person("havoeerd1", "2002-03").enrolment("havoeerd1", "01AB", "VMBO-GT", 3, "2017-08-01", "")
                .diploma("havoeerd1", "2019-07-01", "MBO-2");
        r.person("havolate1", "2002-03").enrolment("havolate1", "01AB", "VMBO-GT", 3, "2017-08-01", "")
                .diploma("havolate1", "2019-10-02", "VWO");
        r.person("mboeen001", "2002-03").enrolment("mboeen001", "01AB", "MBO-2", 1, "2017-08-01", "")
                .diploma("mboeen001", "2019-07-01", "MBO-1").diploma("mboeen001", "2018-07-01", "VMBO-BB");
        assertThat(inPopulation(r, "havotopp1")).as("diploma on P is held on P").isFalse();
        assertThat(inPopulation(r, "havoeerd1")).isFalse();
        assertThat(inPopulation(r, "havolate1")).as("diploma after P").isTrue();
        assertThat(inPopulation(r, "mboeen001")).as("MBO-1 and VMBO are no startkwalificatie").isTrue();
    }

    @Test
    void excludesSomeoneWhoseLastMoveOnOrBeforePeildatumLeftTheMunicipality() {
        ContractRecords r = enrolled("vertrokk1", "2005-03").move("vertrokk1", "2019-06-01", "vertrek");
        r.person("emigrtop1", "2005-03").enrolment("emigrtop1", "01AB", "VMBO-GT", 3, "2017-08-01", "")
                .move("emigrtop1", P, "emigratie");
        r.person("vertrlat1", "2005-03").enrolment("vertrlat1", "01AB", "VMBO-GT", 3, "2017-08-01", "")
                .move("vertrlat1", "2019-10-02", "vertrek");
        assertThat(inPopulation(r, "vertrokk1")).isFalse();
        assertThat(inPopulation(r, "emigrtop1")).as("emigration on P").isFalse();
        assertThat(inPopulation(r, "vertrlat1")).as("leaves after P").isTrue();
    }

    @Test
    void readmitsSomeoneWhoCameBackByVestigingBeforePeildatum() {
        ContractRecords r = enrolled("terug0001", "2005-03")
                .move("terug0001", "2018-01-01", "vertrek").move("terug0001", "2019-02-01", "vestiging");
        r.person("binnen001", "2005-03").enrolment("binnen001", "01AB", "VMBO-GT", 3, "2017-08-01", "")
                .move("binnen001", "2019-02-01", "binnen gemeente");
        assertThat(inPopulation(r, "terug0001")).isTrue();
        assertThat(inPopulation(r, "binnen001")).isTrue();
    }

    @Test
    void countsSomeoneAsLivingThereWhenAVestigingSharesTheDayOfAVertrek() {
        ContractRecords r = enrolled("zelfdedg1", "2005-03")
                .move("zelfdedg1", "2019-02-01", "vestiging").move("zelfdedg1", "2019-02-01", "vertrek");
        assertThat(inPopulation(r, "zelfdedg1")).isTrue();
    }

    @Test
    void cohortSummaryCountsThePopulation() {
        ContractRecords r = enrolled("lidnummer1", "2005-03");
        enrolledToo(r, "lidnummer2");
        r.person("geenlid01", "2011-03").enrolment("geenlid01", "01AB", "PRO", 1, "2017-08-01", "");
        FeatureSet set = build(r, EXTRACTED);
        CohortSummary c = set.cohorts().stream().filter(s -> s.peildatum().toString().equals(P)).findFirst().orElseThrow();
        assertThat(c.population()).isEqualTo(2);
    }

    private static void enrolledToo(ContractRecords r, String pseudonym) {
        r.person(pseudonym, "2004-03").enrolment(pseudonym, "01AB", "HAVO", 4, "2017-08-01", "");
    }
}
