package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.vroegsignaal.model.Estimate;
import nl.vroegsignaal.model.Necessity;
import nl.vroegsignaal.report.NecessityReport;
import nl.vroegsignaal.sample.NoiseSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measured rate behind the necessity test's claim: over seeded worlds (default five city-sized worlds, the
 * built-in configuration) in which one source is pure noise ({@code -Dbench.noise}, default schuldhulp), how
 * often the test concludes that the noise source "draagt niet aantoonbaar bij" (target: at least 4 of 5), and,
 * for comparison, how often each real source is found to contribute. Prints one line per world and source.
 *
 * <pre>mvn -B -Pbenchmark test -Dtest=NecessityRateBenchmark -Dbench.heap=4g [-Dbench.seeds=5]
 *     [-Dbench.persons=100000] [-Dbench.noise=schuldhulp] [-Dbench.config=default|small]</pre>
 */
@Tag("benchmark")
class NecessityRateBenchmark {
    @TempDir
    Path dir;

    @Test
    void noiseSourceIsNotFoundToContribute() {
        int seeds = Integer.getInteger("bench.seeds", 5);
        int persons = Integer.getInteger("bench.persons", 100_000);
        NoiseSource noise = NoiseSource.parse(System.getProperty("bench.noise", "schuldhulp"));
        String config = "small".equals(System.getProperty("bench.config", "default")) ? NecessityWorlds.SMALL : null;
        Map<String, Integer> contributes = new TreeMap<>();
        int noiseNotFound = 0;
        for (int s = 1; s <= seeds; s++) {
            long t0 = System.nanoTime();
            NecessityReport r = NecessityWorlds.measure(dir.resolve("w" + s), noise, 1000 + s, persons, config);
            for (Necessity.Source src : r.result().sources()) {
                Estimate g = src.gain().precision();
                System.out.printf(Locale.ROOT, "seed %d %-14s gain precision %+.4f [%+.4f, %+.4f] AUC-PR %+.4f -> %s%n",
                        1000 + s, src.leftOut().key(), g.value(), g.lower(), g.upper(), src.gain().aucPr().value(),
                        src.contributes() ? "draagt aantoonbaar bij" : "draagt niet aantoonbaar bij");
                contributes.merge(src.leftOut().key(), src.contributes() ? 1 : 0, Integer::sum);
            }
            if (!NecessityWorlds.source(r, noise.key()).contributes()) {
                noiseNotFound++;
            }
            System.out.printf(Locale.ROOT, "seed %d: %.1f s%n", 1000 + s, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf(Locale.ROOT, "noise source %s: 'draagt niet aantoonbaar bij' on %d of %d worlds%n",
                noise.key(), noiseNotFound, seeds);
        contributes.forEach((k, v) -> System.out.printf(Locale.ROOT, "%s: found to contribute on %d of %d%n", k, v,
                seeds));
        assertThat(noiseNotFound).isGreaterThanOrEqualTo((int) Math.ceil(seeds * 0.8));
    }
}
