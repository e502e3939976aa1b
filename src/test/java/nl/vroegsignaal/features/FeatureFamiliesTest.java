package nl.vroegsignaal.features;

import static nl.vroegsignaal.features.Fixtures.build;
import static nl.vroegsignaal.features.Fixtures.level;
import static nl.vroegsignaal.features.Fixtures.number;
import static nl.vroegsignaal.features.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.testdata.ContractRecords;
import org.junit.jupiter.api.Test;

/**
 * Each feature family on hand-built persons at P = 2020-10-01, with exact expected values. Windows:
 * 3 months from 2020-07-01, 12 months from 2019-10-01, 3 years from 2017-10-01; all end before P.
 */
class FeatureFamiliesTest {
    private static final String P = "2020-10-01";
    private static final String EXTRACTED = "2022-01-01";

    /** In VMBO-GT 4 at P with a HAVO past: a repeated year, a school switch, one step down. */
    private static ContractRecords schoolCareer() {
        String id = "loopbaan1";
        return new ContractRecords().person(id, "2004-05", "M", "Europa", "WK036302")
                .enrolment(id, "AAAA", "HAVO", 1, "2016-08-01", "2017-07-31")
                .enrolment(id, "AAAA", "HAVO", 2, "2017-08-01", "2018-07-31")
                .enrolment(id, "BBBB", "HAVO", 2, "2018-08-01", "2019-07-31")
                .enrolment(id, "BBBB", "VMBO-GT", 3, "2019-08-01", "2020-07-31")
                .enrolment(id, "BBBB", "VMBO-GT", 4, "2020-08-01", "")
                // begun on P: not known at P
                .enrolment(id, "CCCC", "MBO-1", 1, P, "")
                .diploma(id, "2016-07-01", "VMBO-BB")
                .diploma(id, P, "VMBO-GT");
    }

    @Test
    void ageIsInWholeYearsOnPeildatum() {
        ContractRecords r = schoolCareer();
        r.person("oktober01", "2004-10").enrolment("oktober01", "AAAA", "HAVO", 4, "2020-08-01", "");
        r.person("november1", "2004-11").enrolment("november1", "AAAA", "HAVO", 4, "2020-08-01", "");
        FeatureSet set = build(r, EXTRACTED);
        assertThat(number(set, row(set, "loopbaan1", P), "leeftijd")).isEqualTo(16.0);
        assertThat(number(set, row(set, "oktober01", P), "leeftijd")).isEqualTo(16.0);
        assertThat(number(set, row(set, "november1", P), "leeftijd")).isEqualTo(15.0);
    }

    @Test
    void schoolCareerCountsRepeatsSwitchesAndDownwardMovesKnownBeforePeildatum() {
        FeatureSet set = build(schoolCareer(), EXTRACTED);
        int r = row(set, "loopbaan1", P);
        assertThat(level(set, r, "onderwijssoort")).isEqualTo("VMBO-GT");
        assertThat(level(set, r, "sector")).isEqualTo("VO");
        assertThat(number(set, r, "leerjaar")).isEqualTo(4.0);
        assertThat(number(set, r, "jaren_in_soort")).as("school years 2019/20 and 2020/21").isEqualTo(2.0);
        assertThat(number(set, r, "zittenblijven_3j")).isEqualTo(1.0);
        assertThat(number(set, r, "afstroom_3j")).isEqualTo(1.0);
        assertThat(number(set, r, "schoolwissels_3j")).isEqualTo(1.0);
        assertThat(number(set, r, "onderbrekingen_3j")).isZero();
        assertThat(number(set, r, "diplomas_totaal")).as("the diploma dated P is not known yet").isEqualTo(1.0);
        assertThat(level(set, r, "wijk")).isEqualTo("WK036302");
    }

    @Test
    void eventsOlderThanThreeYearsDoNotCountInTheCareerWindow() {
        // The HAVO 2 -> HAVO 2 repeat began 2018-08-01; at P = 2021-10-01 the window starts 2018-10-01.
        FeatureSet set = build(schoolCareer(), EXTRACTED);
        int r = row(set, "loopbaan1", "2021-10-01");
        assertThat(number(set, r, "zittenblijven_3j")).isZero();
        assertThat(number(set, r, "schoolwissels_3j")).isZero();
        assertThat(number(set, r, "afstroom_3j")).as("HAVO -> VMBO-GT began 2019-08-01").isEqualTo(1.0);
        assertThat(level(set, r, "onderwijssoort")).isEqualTo("MBO-1");
        assertThat(number(set, r, "jaren_in_soort")).isEqualTo(2.0);
    }

    @Test
    void anInterruptionIsAGapOfMoreThanThreeMonthsBetweenEnrolments() {
        ContractRecords r = new ContractRecords().person("gatje0001", "2002-03")
                .enrolment("gatje0001", "AAAA", "MBO-2", 1, "2017-08-01", "2018-01-31")
                .enrolment("gatje0001", "BBBB", "MBO-2", 1, "2018-09-01", "")
                .person("zomer0001", "2002-03")
                .enrolment("zomer0001", "AAAA", "VMBO-KB", 3, "2017-08-01", "2018-06-30")
                .enrolment("zomer0001", "BBBB", "MBO-2", 1, "2018-09-01", "");
        FeatureSet set = build(r, EXTRACTED);
        int gap = row(set, "gatje0001", P);
        assertThat(number(set, gap, "onderbrekingen_3j")).isEqualTo(1.0);
        assertThat(number(set, gap, "schoolwissels_3j")).isEqualTo(1.0);
        assertThat(number(set, gap, "zittenblijven_3j")).isEqualTo(1.0);
        assertThat(number(set, gap, "jaren_in_soort")).as("MBO-2 since 2017/18").isEqualTo(4.0);
        int summer = row(set, "zomer0001", P);
        assertThat(number(set, summer, "onderbrekingen_3j")).as("a summer holiday is no interruption").isZero();
        assertThat(number(set, summer, "schoolwissels_3j")).as("VO to MBO is no school switch").isZero();
        assertThat(number(set, summer, "afstroom_3j")).isZero();
    }

    @Test
    void anEnrolmentEndingOnOrAfterPeildatumCountsAsRunningAndOneEndedBeforeDoesNot() {
        ContractRecords r = new ContractRecords().person("loopttot1", "2002-03")
                .enrolment("loopttot1", "AAAA", "MBO-3", 2, "2019-08-01", "2020-10-15")
                .person("gestopt01", "2002-03")
                .enrolment("gestopt01", "AAAA", "MBO-3", 2, "2019-08-01", "2020-09-30")
                .enrolment("gestopt01", "BBBB", "MBO-2", 1, P, "");
        FeatureSet set = build(r, EXTRACTED);
        assertThat(level(set, row(set, "loopttot1", P), "onderwijssoort")).isEqualTo("MBO-3");
        int stopped = row(set, "gestopt01", P);
        assertThat(level(set, stopped, "onderwijssoort")).isEqualTo(Catalogue.NO_ENROLMENT);
        assertThat(level(set, stopped, "sector")).isEqualTo(Catalogue.NO_ENROLMENT);
        assertThat(number(set, stopped, "leerjaar")).isZero();
        assertThat(set.matrix().onderwijssoort()[stopped]).as("context: the enrolment on P itself")
                .isEqualTo((byte) Onderwijssoort.MBO_2.ordinal());
    }

    @Test
    void absenceCountsPerKindAndHoursUseTheMeldingsdatumWindows() {
        String id = "verzuim01";
        ContractRecords r = new ContractRecords().person(id, "2004-05")
                .enrolment(id, "AAAA", "VMBO-BB", 3, "2018-08-01", "")
                .absence(id, "2019-09-30", "ongeoorloofd", 10)
                .absence(id, "2019-10-01", "ongeoorloofd", 16)
                .absence(id, "2020-03-15", "langdurig", null)
                .absence(id, "2020-06-30", "ongeoorloofd", 8)
                .absence(id, "2020-07-01", "ongeoorloofd", 20)
                .absence(id, "2020-09-20", "signaalverzuim", 4)
                .absence(id, P, "ongeoorloofd", 40)
                .person("geenverz1", "2004-05").enrolment("geenverz1", "AAAA", "VMBO-BB", 3, "2018-08-01", "")
                .person("langgel01", "2004-05").enrolment("langgel01", "AAAA", "VMBO-BB", 3, "2018-08-01", "")
                .absence("langgel01", "2017-05-01", "luxeverzuim", 8);
        FeatureSet set = build(r, EXTRACTED);
        int row = row(set, id, P);
        assertThat(number(set, row, "verzuim_ongeoorloofd_12m")).isEqualTo(3.0);
        assertThat(number(set, row, "verzuim_ongeoorloofd_3m")).isEqualTo(1.0);
        assertThat(number(set, row, "verzuim_langdurig_12m")).isEqualTo(1.0);
        assertThat(number(set, row, "verzuim_luxeverzuim_12m")).isZero();
        assertThat(number(set, row, "verzuim_signaalverzuim_12m")).isEqualTo(1.0);
        assertThat(number(set, row, "verzuim_absoluut_12m")).isZero();
        assertThat(number(set, row, "verzuim_uren_3m")).isEqualTo(24.0);
        assertThat(number(set, row, "verzuim_uren_12m")).isEqualTo(48.0);
        assertThat(number(set, row, "verzuim_dagen_sinds_melding")).isEqualTo(11.0);
        assertThat(number(set, row(set, "geenverz1", P), "verzuim_dagen_sinds_melding")).isEqualTo(999.0);
        int old = row(set, "langgel01", P);
        assertThat(number(set, old, "verzuim_dagen_sinds_melding")).as("1249 days, capped").isEqualTo(999.0);
        assertThat(number(set, old, "verzuim_luxeverzuim_12m")).isZero();
    }

    @Test
    void benefitsCountOnlyWhenRegisteredBeforePeildatumEvenIfBegunBefore() {
        ContractRecords r = enrolledAt("bijstand1")
                .benefit("bijstand1", "participatiewet", "2018-01-01", "2018-12-31", "2018-02-01")
                .benefit("bijstand1", "ioaw", "2020-09-01", "", "2020-10-05");
        enrolledAt(r, "lopend001").benefit("lopend001", "bbz", "2016-01-01", "", "2016-01-10");
        enrolledAt(r, "overlap01")
                .benefit("overlap01", "participatiewet", "2019-01-01", "2019-06-30", "2019-01-15")
                .benefit("overlap01", "ioaw", "2019-04-01", "2019-09-30", "2019-04-15");
        enrolledAt(r, "eindvoor1").benefit("eindvoor1", "ioaz", "2020-01-01", "2020-09-30", "2020-01-05");
        enrolledAt(r, "eindtopp1").benefit("eindtopp1", "ioaz", "2020-01-01", P, "2020-01-05");
        FeatureSet set = build(r, EXTRACTED);
        int late = row(set, "bijstand1", P);
        assertThat(number(set, late, "uitkering_lopend")).as("registered after P").isZero();
        assertThat(number(set, late, "uitkering_maanden_3j")).as("365 days").isEqualTo(12.0);
        int running = row(set, "lopend001", P);
        assertThat(number(set, running, "uitkering_lopend")).isEqualTo(1.0);
        assertThat(number(set, running, "uitkering_maanden_3j")).as("1096 days").isEqualTo(36.0);
        assertThat(number(set, row(set, "overlap01", P), "uitkering_maanden_3j")).as("273 days once").isEqualTo(9.0);
        assertThat(number(set, row(set, "eindvoor1", P), "uitkering_lopend")).isZero();
        assertThat(number(set, row(set, "eindtopp1", P), "uitkering_lopend")).as("ends on P").isEqualTo(1.0);
    }

    @Test
    void debtSupportRunningAndWithinThreeYears() {
        ContractRecords r = enrolledAt("schuld001").debtSupport("schuld001", "2018-03-01", "2018-09-30", "2018-03-05");
        enrolledAt(r, "schuldoud").debtSupport("schuldoud", "2016-01-01", "2017-09-30", "2016-01-05");
        enrolledAt(r, "schuldnu1").debtSupport("schuldnu1", "2020-02-01", "", "2020-02-03");
        FeatureSet set = build(r, EXTRACTED);
        assertThat(number(set, row(set, "schuld001", P), "schuldhulp_3j")).isEqualTo(1.0);
        assertThat(number(set, row(set, "schuld001", P), "schuldhulp_lopend")).isZero();
        assertThat(number(set, row(set, "schuldoud", P), "schuldhulp_3j")).isZero();
        assertThat(number(set, row(set, "schuldnu1", P), "schuldhulp_lopend")).isEqualTo(1.0);
    }

    @Test
    void youthCareByKindInTheLastThreeYears() {
        String id = "jeugd0001";
        ContractRecords r = enrolledAt(id)
                .youthCare(id, "zonder verblijf", "2017-01-01", "2017-10-01", "2017-01-10")
                .youthCare(id, "met verblijf", "2019-05-01", "", "2020-09-30")
                .youthCare(id, "jeugdbescherming", "2019-05-01", "", P)
                .youthCare(id, "jeugdreclassering", "2016-01-01", "2017-09-30", "2016-01-10");
        FeatureSet set = build(r, EXTRACTED);
        int row = row(set, id, P);
        assertThat(number(set, row, "jeugdhulp_zonder_verblijf_3j")).as("ends on the window's first day").isEqualTo(1.0);
        assertThat(number(set, row, "jeugdhulp_met_verblijf_3j")).isEqualTo(1.0);
        assertThat(number(set, row, "jeugdhulp_jeugdbescherming_3j")).as("registered on P").isZero();
        assertThat(number(set, row, "jeugdhulp_jeugdreclassering_3j")).as("ended before the window").isZero();
        assertThat(number(set, row, "jeugdhulp_lopend")).isEqualTo(1.0);
    }

    @Test
    void movesInTheLastThreeYears() {
        String id = "verhuis01";
        ContractRecords r = enrolledAt(id)
                .move(id, "2017-09-30", "binnen gemeente")
                .move(id, "2018-05-01", "vestiging")
                .move(id, "2020-09-30", "binnen gemeente")
                .move(id, P, "binnen gemeente");
        FeatureSet set = build(r, EXTRACTED);
        int row = row(set, id, P);
        assertThat(number(set, row, "verhuizingen_3j")).isEqualTo(2.0);
        assertThat(number(set, row, "gevestigd_3j")).isEqualTo(1.0);
    }

    private static ContractRecords enrolledAt(String pseudonym) {
        return enrolledAt(new ContractRecords(), pseudonym);
    }

    private static ContractRecords enrolledAt(ContractRecords r, String pseudonym) {
        return r.person(pseudonym, "2005-03").enrolment(pseudonym, "AAAA", "VMBO-KB", 3, "2018-08-01", "");
    }
}
