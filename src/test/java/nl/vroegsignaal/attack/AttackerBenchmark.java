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
            List<Leak> leaks;
            try {
                leaks = Attacker.attack(Path.of(dir));
            } catch (IllegalStateException e) {
                // the attacker's own check refused an optimum: this world is not shown safe, the others still count
                System.out.printf("%s: NOT ATTACKED, the attacker's check failed: %s%n", dir, e.getMessage());
                all.add(dir + ": not attacked (" + e.getMessage() + ")");
                continue;
            }
            int[] size = Attacker.size(Path.of(dir));
            System.out.printf("%s: %d unknowns, %d counts bounded, %d leaks, %.1f s%n", dir, size[0], size[1],
                    leaks.size(), (System.nanoTime() - t0) / 1e9);
            leaks.forEach(l -> System.out.println("  " + l));
            leaks.forEach(l -> all.add(dir + ": " + l));
        }
        assertThat(all).isEmpty();
    }
}
