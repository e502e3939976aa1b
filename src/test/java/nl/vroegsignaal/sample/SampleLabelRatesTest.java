package nl.vroegsignaal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Label rates of the generated worlds, computed with the independent {@link ReferenceCohorts}: the contract's
 * magnitudes per cohort and level, boys above girls, and the truth file's mean matching the observed rate.
 */
class SampleLabelRatesTest {
    private static CohortStats sample;
    private static CohortStats city;

    @BeforeAll
    static void generate() {
        sample = new CohortStats(TestWorlds.sample().outputDir());
        city = new CohortStats(TestWorlds.city().outputDir());
    }

    @Test
    void everyLabelledCityCohortLeavesAtOneAndAHalfToThreePercentWithVoUnderOneAndMbo12FiveToTen() {
        for (int year = 2019; year <= 2025; year++) {
            CohortStats.Rate all = city.rate(CohortStats.cohort(year));
            CohortStats.Rate vo = city.rate(CohortStats.cohort(year).and(CohortStats.vo()));
            CohortStats.Rate mbo12 = city.rate(CohortStats.cohort(year).and(CohortStats.mbo12()));
            assertThat(all.n()).as("labelled in %d", year).isGreaterThan(25_000);
            assertThat(all.rate()).as("overall %d: %s", year, all).isBetween(0.015, 0.03);
            assertThat(vo.rate()).as("VO %d: %s", year, vo).isLessThan(0.01);
            assertThat(mbo12.rate()).as("MBO-1/2 %d: %s", year, mbo12).isBetween(0.05, 0.10);
        }
    }

    @Test
    void sampleCohortsAreInTheContractBandsWithinSamplingError() {
        for (int year = 2019; year <= 2025; year++) {
            CohortStats.Rate all = sample.rate(CohortStats.cohort(year));
            // About 1,600 labelled rows per cohort: a 99% interval must reach into the band.
            Interval ci = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate((int) all.n(), (int) all.leavers(), 0.01);
            assertThat(ci.getUpperBound()).as("overall %d: %s", year, all).isGreaterThanOrEqualTo(0.015);
            assertThat(ci.getLowerBound()).as("overall %d: %s", year, all).isLessThanOrEqualTo(0.03);
        }
        CohortStats.Rate pooled = sample.rate(m -> true);
        assertThat(pooled.rate()).as("all sample cohorts: %s", pooled).isBetween(0.015, 0.03);
        CohortStats.Rate vo = sample.rate(CohortStats.vo());
        assertThat(vo.rate()).as("VO: %s", vo).isLessThan(0.01);
        CohortStats.Rate mbo12 = sample.rate(CohortStats.mbo12());
        Interval ci = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate((int) mbo12.n(), (int) mbo12.leavers(), 0.01);
        assertThat(ci.getUpperBound()).as("MBO-1/2: %s", mbo12).isGreaterThanOrEqualTo(0.05);
        assertThat(ci.getLowerBound()).as("MBO-1/2: %s", mbo12).isLessThanOrEqualTo(0.10);
    }

    @Test
    void boysLeaveMoreOftenThanGirls() {
        for (CohortStats world : new CohortStats[] {sample, city}) {
            CohortStats.Rate boys = world.rate(m -> m.geslacht().equals("M"));
            CohortStats.Rate girls = world.rate(m -> m.geslacht().equals("V"));
            assertThat(boys.rate()).as("boys %s, girls %s", boys, girls).isGreaterThan(girls.rate());
        }
        CohortStats.Rate boys = city.rate(m -> m.geslacht().equals("M"));
        CohortStats.Rate girls = city.rate(m -> m.geslacht().equals("V"));
        assertThat(boys.rate() - girls.rate()).as("city difference").isGreaterThan(
                3 * Math.hypot(boys.se(), girls.se()));
    }

    @Test
    void meanTrueProbabilityMatchesTheObservedRateWithinThreeStandardErrors() {
        for (CohortStats world : new CohortStats[] {sample, city}) {
            for (int year = 2019; year <= 2025; year++) {
                CohortStats.Rate r = world.rate(CohortStats.cohort(year));
                assertThat(Math.abs(r.rate() - r.meanTruth())).as("%d: %s", year, r).isLessThan(3 * r.se());
            }
            CohortStats.Rate mbo12 = world.rate(CohortStats.mbo12());
            assertThat(Math.abs(mbo12.rate() - mbo12.meanTruth())).as("MBO-1/2 %s", mbo12).isLessThan(3 * mbo12.se());
        }
    }

    @Test
    void originDiffersThroughRecordedCircumstances() {
        CohortStats.Rate dutch = city.rate(m -> m.herkomst().equals("Nederland"));
        CohortStats.Rate outside = city.rate(m -> m.herkomst().equals("buiten Europa"));
        assertThat(outside.rate()).as("buiten Europa %s vs Nederland %s", outside, dutch)
                .isGreaterThan(dutch.rate() + 3 * Math.hypot(dutch.se(), outside.se()));
    }

    @Test
    void fromSchoolYear2024SchoolsRegisterMoreAbsenceWhileTheLeavingRateStaysLevel() {
        Map<String, List<LocalDate>> reports = new HashMap<>();
        for (String[] r : CsvTable.read(TestWorlds.city().outputDir().resolve("verzuim.csv")).rows()) {
            if (r[2].equals("ongeoorloofd")) {
                reports.computeIfAbsent(r[0], k -> new ArrayList<>()).add(LocalDate.parse(r[1]));
            }
        }
        double[] perPupil = new double[2026];
        double[] withReport = new double[2026];
        double[] truthWithReport = new double[2026];
        for (int year = 2021; year <= 2025; year++) {
            LocalDate p = LocalDate.of(year, 10, 1);
            long n = 0;
            long count = 0;
            for (ReferenceCohorts.Member m : city.members) {
                if (!m.peildatum().equals(p) || m.label() < 0) {
                    continue;
                }
                long c = reports.getOrDefault(m.pseudonym(), List.of()).stream()
                        .filter(d -> !d.isBefore(p.minusYears(1)) && d.isBefore(p)).count();
                n++;
                count += c;
                if (c > 0) {
                    withReport[year]++;
                    truthWithReport[year] += city.truthOf(m);
                }
            }
            perPupil[year] = (double) count / n;
        }
        // Reports per pupil in the year before P: the 2025 cohort's year lies wholly after the change.
        assertThat(perPupil[2025] / perPupil[2022]).as("2025 vs 2022").isGreaterThan(1.3);
        assertThat(perPupil[2022] / perPupil[2021]).as("2022 vs 2021").isBetween(0.85, 1.15);
        // The same count means less: the true risk of pupils with a report is lower than before the change.
        double before = truthWithReport[2022] / withReport[2022];
        double after = truthWithReport[2025] / withReport[2025];
        assertThat(after).as("mean true probability of pupils with a report, 2025 vs 2022").isLessThan(0.95 * before);
        CohortStats.Rate rate2022 = city.rate(CohortStats.cohort(2022));
        CohortStats.Rate rate2025 = city.rate(CohortStats.cohort(2025));
        assertThat(Math.abs(rate2025.meanTruth() - rate2022.meanTruth())).isLessThan(0.002);
    }

    @Test
    void scoringCohortHasTruthRowsButNoKnowableLabel() {
        LocalDate scoring = LocalDate.of(2026, 10, 1);
        assertThat(city.members).filteredOn(m -> m.peildatum().equals(scoring)).hasSizeGreaterThan(25_000)
                .allMatch(m -> m.label() < 0);
        assertThat(city.members).filteredOn(m -> m.peildatum().equals(scoring))
                .allMatch(m -> city.truthOf(m) > 0);
        assertThat(city.members).filteredOn(ReferenceCohorts.Member::censored).hasSizeGreaterThan(3_000);
    }
}
