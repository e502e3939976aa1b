package nl.vroegsignaal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.Hashing;
import org.junit.jupiter.api.Test;

/** The audit knobs change exactly what they claim, so a fairness audit can be tested against them. */
class SampleKnobsTest {
    private static final double DIRECT_EFFECT = 1.5;

    private static Set<String> buitenEuropa(Path dir) {
        Set<String> ids = new HashSet<>();
        for (String[] r : CsvTable.read(dir.resolve("personen.csv")).rows()) {
            if (r[3].equals("buiten Europa")) {
                ids.add(r[0]);
            }
        }
        return ids;
    }

    private static Map<String, String> truthLines(Path dir) {
        Map<String, String> out = new HashMap<>();
        for (String[] r : CsvTable.read(dir.resolve(SampleGenerator.TRUTH_FILE)).rows()) {
            out.put(r[0] + "|" + r[1], r[2]);
        }
        return out;
    }

    @Test
    void directEffectRaisesTheOutcomeOfBuitenEuropaOnlyAndTheTruthFileRecordsIt() {
        SampleResult base = TestWorlds.sample();
        SampleResult knob = TestWorlds.of(base.options().withDirectEffectHerkomst(DIRECT_EFFECT));
        Set<String> outside = buitenEuropa(base.outputDir());
        Map<String, String> before = truthLines(base.outputDir());
        Map<String, String> after = truthLines(knob.outputDir());

        // Everyone else's world is untouched: same truth rows, same probabilities.
        before.forEach((key, p) -> {
            if (!outside.contains(key.substring(0, key.indexOf('|')))) {
                assertThat(after.get(key)).as("truth of a person not of origin buiten Europa").isEqualTo(p);
            }
        });
        CohortStats b = new CohortStats(base.outputDir());
        CohortStats k = new CohortStats(knob.outputDir());
        CohortStats.Rate baseOutside = b.rate(m -> m.herkomst().equals("buiten Europa"));
        CohortStats.Rate knobOutside = k.rate(m -> m.herkomst().equals("buiten Europa"));
        CohortStats.Rate baseOthers = b.rate(m -> !m.herkomst().equals("buiten Europa"));
        CohortStats.Rate knobOthers = k.rate(m -> !m.herkomst().equals("buiten Europa"));
        assertThat(knobOutside.meanTruth()).as("%s vs %s", knobOutside, baseOutside)
                .isGreaterThan(3 * baseOutside.meanTruth());
        assertThat(knobOutside.rate()).as("%s vs %s", knobOutside, baseOutside)
                .isGreaterThan(baseOutside.rate() + 5 * knobOutside.se());
        assertThat(knobOthers.rate()).isEqualTo(baseOthers.rate());

        // The direct effect is part of the documented oracle: recomputed from the files plus the knob.
        ReferenceOracle oracle = new ReferenceOracle(knob.outputDir(), DIRECT_EFFECT);
        after.forEach((key, p) -> {
            String[] parts = key.split("\\|");
            assertThat(oracle.probability(parts[0], LocalDate.parse(parts[1])))
                    .isCloseTo(Double.parseDouble(p), org.assertj.core.data.Offset.offset(1e-6));
        });
    }

    @Test
    void registrationBiasAddsAbsenceReportsForBuitenEuropaOnlyAndLeavesTheTruthAlone() {
        SampleResult base = TestWorlds.sample();
        SampleResult biased = TestWorlds.of(base.options().withRegistrationBias(2.0));
        for (String name : SampleGenerator.fileNames()) {
            if (!name.equals(SourceFile.VERZUIM.fileName())) {
                assertThat(biased.sha256().get(name)).as(name).isEqualTo(base.sha256().get(name));
            }
        }
        assertThat(Hashing.sha256(biased.outputDir().resolve(SampleGenerator.TRUTH_FILE)))
                .as("the true probabilities never see the extra reports")
                .isEqualTo(Hashing.sha256(base.outputDir().resolve(SampleGenerator.TRUTH_FILE)));
        Set<String> outside = buitenEuropa(base.outputDir());
        Map<Boolean, Integer> before = reportsByOrigin(base.outputDir(), outside);
        Map<Boolean, Integer> after = reportsByOrigin(biased.outputDir(), outside);
        assertThat(after.get(false)).as("others' reports").isEqualTo(before.get(false));
        assertThat((double) after.get(true)).as("reports of buiten Europa, %d before", before.get(true))
                .isGreaterThan(2.5 * before.get(true));
    }

    /** Unauthorised-absence reports (ongeoorloofd) of persons of origin buiten Europa (true) and the rest. */
    private static Map<Boolean, Integer> reportsByOrigin(Path dir, Set<String> outside) {
        Map<Boolean, Integer> n = new HashMap<>(Map.of(true, 0, false, 0));
        CsvTable t = CsvTable.read(dir.resolve(SourceFile.VERZUIM.fileName()));
        int soort = t.column("verzuimsoort");
        for (String[] r : t.rows()) {
            if (r[soort].equals("ongeoorloofd")) {
                n.merge(outside.contains(r[0]), 1, Integer::sum);
            }
        }
        return n;
    }

    @Test
    void proxyLeakMakesLuxeverzuimEncodeOriginAndChangesNothingElse() {
        SampleResult base = TestWorlds.sample();
        SampleResult leak = TestWorlds.of(base.options().withProxyLeak(true));
        for (String name : SampleGenerator.fileNames()) {
            if (!name.equals(SourceFile.VERZUIM.fileName())) {
                assertThat(leak.sha256().get(name)).as(name).isEqualTo(base.sha256().get(name));
            }
        }
        assertThat(leak.sha256().get("verzuim.csv")).isNotEqualTo(base.sha256().get("verzuim.csv"));
        assertThat(Hashing.sha256(leak.outputDir().resolve(SampleGenerator.TRUTH_FILE)))
                .isEqualTo(Hashing.sha256(base.outputDir().resolve(SampleGenerator.TRUTH_FILE)));

        double[] baseRates = luxeRates(base.outputDir());
        double[] leakRates = luxeRates(leak.outputDir());
        assertThat(leakRates[0] / leakRates[1]).as("rate ratio with the leak").isGreaterThan(20);
        assertThat(baseRates[0] / baseRates[1]).as("rate ratio without the leak").isBetween(0.5, 2.0);
        assertThat(cramersV(leak.outputDir())).as("Cramér's V with the leak").isGreaterThan(0.3);
        assertThat(cramersV(base.outputDir())).as("Cramér's V without the leak").isLessThan(0.1);
    }

    /** Share of persons with a luxeverzuim report: {buiten Europa, everyone else}. */
    private static double[] luxeRates(Path dir) {
        Set<String> withLuxe = luxePersons(dir);
        Set<String> outside = buitenEuropa(dir);
        List<String[]> persons = CsvTable.read(dir.resolve("personen.csv")).rows();
        double[] hits = new double[2];
        double[] n = new double[2];
        for (String[] r : persons) {
            int g = outside.contains(r[0]) ? 0 : 1;
            n[g]++;
            hits[g] += withLuxe.contains(r[0]) ? 1 : 0;
        }
        return new double[] {hits[0] / n[0], hits[1] / n[1]};
    }

    private static Set<String> luxePersons(Path dir) {
        Set<String> ids = new HashSet<>();
        for (String[] r : CsvTable.read(dir.resolve("verzuim.csv")).rows()) {
            if (r[2].equals("luxeverzuim")) {
                ids.add(r[0]);
            }
        }
        return ids;
    }

    /** Cramér's V of "has a luxeverzuim report" against the four herkomst codes, over all persons. */
    private static double cramersV(Path dir) {
        Set<String> withLuxe = luxePersons(dir);
        List<String> origins = List.of("Nederland", "Europa", "buiten Europa", "onbekend");
        double[][] table = new double[2][origins.size()];
        double total = 0;
        for (String[] r : CsvTable.read(dir.resolve("personen.csv")).rows()) {
            table[withLuxe.contains(r[0]) ? 1 : 0][origins.indexOf(r[3])]++;
            total++;
        }
        double chi2 = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < origins.size(); j++) {
                double row = table[i][0] + table[i][1] + table[i][2] + table[i][3];
                double col = table[0][j] + table[1][j];
                double expected = row * col / total;
                if (expected > 0) {
                    chi2 += (table[i][j] - expected) * (table[i][j] - expected) / expected;
                }
            }
        }
        return Math.sqrt(chi2 / total); // min(rows, columns) - 1 = 1
    }
}
