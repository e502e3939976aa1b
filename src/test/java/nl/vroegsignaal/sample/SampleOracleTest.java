package nl.vroegsignaal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The truth file is the contract's population, its probability a function of the files before P, and realised. */
class SampleOracleTest {

    @Test
    void truthRowsAreExactlyTheContractPopulationAtEveryPeildatum() {
        Path dir = TestWorlds.sample().outputDir();
        Set<String> population = new HashSet<>();
        for (ReferenceCohorts.Member m : new ReferenceCohorts(dir).members()) {
            population.add(m.pseudonym() + "|" + m.peildatum());
        }
        Set<String> truth = new HashSet<>();
        List<String[]> rows = CsvTable.read(dir.resolve(SampleGenerator.TRUTH_FILE)).rows();
        for (String[] r : rows) {
            truth.add(r[0] + "|" + r[1]);
        }
        assertThat(truth).hasSize(rows.size()); // one row per person and peildatum
        assertThat(truth).isEqualTo(population);
        assertThat(population).anyMatch(k -> k.endsWith("|2019-10-01")).anyMatch(k -> k.endsWith("|2026-10-01"));
    }

    @Test
    void trueProbabilityIsRecomputedFromTheFilesBeforeThePeildatumByAnIndependentImplementation() {
        Path dir = TestWorlds.sample().outputDir();
        ReferenceOracle oracle = new ReferenceOracle(dir, 0.0);
        List<String> mismatches = new ArrayList<>();
        List<String[]> rows = CsvTable.read(dir.resolve(SampleGenerator.TRUTH_FILE)).rows();
        for (String[] r : rows) {
            double expected = oracle.probability(r[0], LocalDate.parse(r[1]));
            if (Math.abs(expected - Double.parseDouble(r[2])) > 1e-6 && mismatches.size() < 20) {
                mismatches.add(r[1] + ": file " + r[2] + ", recomputed " + expected);
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(rows).hasSizeGreaterThan(10_000);
    }

    @Test
    void everyDrawnOutcomeIsRealisedInTheRecordsUnlessCensored() {
        SampleResult result = TestWorlds.sample();
        SampleOptions o = result.options();
        Map<String, ReferenceCohorts.Member> byKey = new HashMap<>();
        for (ReferenceCohorts.Member m : new ReferenceCohorts(result.outputDir()).members()) {
            byKey.put(m.pseudonym() + "|" + m.peildatum(), m);
        }
        World world = new World(o.seed(), o.persons());
        PersonSimulator sim = new PersonSimulator(o.seed(), world, o.directEffectHerkomst(), o.proxyLeak(), o.registrationBias(),
                NoiseSource.NONE, DriftKnobs.NONE);
        PseudonymCodec codec = new PseudonymCodec(o.seed());
        int checked = 0;
        int leavers = 0;
        for (int i = 0; i < o.persons(); i++) {
            sim.simulate(i);
            PersonRecords.Truth t = sim.records.truth;
            for (int k = 0; k < t.n; k++) {
                ReferenceCohorts.Member m = byKey.get(codec.of(i) + "|" + LocalDate.of(t.year[k], 10, 1));
                assertThat(m).as("population member for a truth row").isNotNull();
                if (m.label() >= 0) {
                    assertThat(m.label()).as("label of person %d at %d", i, t.year[k]).isEqualTo(t.left[k] ? 1 : 0);
                    checked++;
                    leavers += m.label();
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        assertThat(leavers).isGreaterThan(150);
    }
}
