package nl.vroegsignaal.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The independent attack on the output folders of whole {@code run}s at city scale (the acceptance of issue 13:
 * default, {@code --seed 7} and each bias knob of {@code sample}); the commands are in README (Benchmarks).
 */
@Tag("benchmark")
class AttackerBenchmark {

    @Test
    void noCountOfFewerThanTenPersonsCanBeWorkedOut() throws Exception {
        String runs = System.getProperty("bench.runs");
        Assumptions.assumeTrue(runs != null, "set -Dbench.runs=DIR[,DIR...] (output folders of run)");
        List<String> all = new ArrayList<>();
        for (String dir : runs.split(",")) {
            long t0 = System.nanoTime();
            Attacker.Result result;
            try {
                result = Attacker.attackWithFigures(Path.of(dir));
            } catch (IllegalStateException e) {
                // the attacker's own check refused an optimum: this world is not shown safe, the others still count
                System.out.printf("%s: NOT ATTACKED, the attacker's check failed: %s%n", dir, e.getMessage());
                all.add(dir + ": not attacked (" + e.getMessage() + ")");
                continue;
            }
            List<Leak> leaks = result.leaks();
            System.out.printf("%s: %d unknowns (largest independent part %d), %d counts bounded, %d rates read as "
                    + "exact fractions, %d Wilson intervals read, %d optima refactored, %d leaks, %.1f s%n", dir,
                    result.unknowns(), result.largestPart(), result.targets(), result.exactRates(),
                    result.wilsonRates(), result.refactorings(), leaks.size(), (System.nanoTime() - t0) / 1e9);
            java.util.Map<String, Long> byFile = new java.util.TreeMap<>();
            leaks.forEach(l -> byFile.merge(file(l), 1L, Long::sum));
            System.out.println("  leaks per file: " + byFile);
            leaks.forEach(l -> System.out.println("  " + l));
            leaks.forEach(l -> all.add(dir + ": " + l));
        }
        assertThat(all).isEmpty();
    }

    /** The file a leak is in, from the attacker's labels. */
    private static String file(Leak l) {
        String w = l.what();
        if (w.startsWith("audit ") || w.startsWith("list ")) {
            return "fairness.json";
        }
        if (w.startsWith("link report ")) {
            return "link-report.json";
        }
        if (w.startsWith("signal list ")) {
            return "signal lists";
        }
        if (w.contains(".md") || w.contains("algoritmeregister")) {
            return "pages";
        }
        return "evaluation.json";
    }
}
