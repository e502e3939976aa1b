package nl.vroegsignaal.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.pipeline.AuditStage;
import nl.vroegsignaal.report.AuditFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole {@code audit} command's work on a real model and input folder (target at city scale: under 60 s on 2
 * cores), phase by phase, then {@link AuditStage#run} in one go. On a shared machine seconds say little, so it
 * also reports the end-to-end time as a ratio against a reference measured in the same run: reading and linking
 * the same input and building its features (the first part of every command, quiet city figure in README), and
 * the load average before and after. Skipped unless both folders are given:
 * <pre>
 * java -jar target/vroegsignaal.jar sample --scale city --out /tmp/acity
 * java -Xmx4g -jar target/vroegsignaal.jar train --input /tmp/acity --out /tmp/amodels/city
 * mvn -B -o -Pbenchmark test -Dtest=AuditBenchmark -Dbench.model=/tmp/amodels/city -Dbench.input=/tmp/acity \
 *     -Dbench.heap=4g
 * </pre>
 */
@Tag("benchmark")
class AuditBenchmark {
    private static final String LOAD_BEFORE = loadAverage();

    /** The 1-, 5- and 15-minute load averages (Linux), or "unknown". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    @Test
    void auditOfASavedModel(@TempDir Path tmp) throws Exception {
        String model = System.getProperty("bench.model");
        String input = System.getProperty("bench.input");
        Assumptions.assumeTrue(model != null && input != null, "set -Dbench.model and -Dbench.input");
        Path out = tmp;

        Mark t = new Mark();
        SavedModel saved = SavedModel.load(Path.of(model));
        t.report("load model");
        LinkedData linked = Linker.read(Path.of(input));
        t.report("link");
        FeatureSet features = FeatureBuilder.build(linked);
        t.report("features (" + features.matrix().rows() + " rows)");
        AuditStage.Result result = AuditStage.compute(saved, features, linked.inputHashes(),
                AuditStage.Options.defaults());
        t.report("audit, proxies, signal list and its composition (" + result.facts().testRows()
                + " labelled test rows, list of " + result.facts().listCapacity() + ")");
        List<Path> files = AuditFiles.write(result.report(), out);
        t.report("write " + files.size() + " files");

        Mark ref = new Mark();
        FeatureBuilder.build(Linker.read(Path.of(input)));
        double reference = ref.report("reference: link and features again (warm)");
        Mark all = new Mark();
        List<Path> again = AuditStage.run(Path.of(model), Path.of(input), AuditStage.Options.defaults(), out);
        double seconds = all.report("AuditStage.run, end to end");
        System.out.printf(java.util.Locale.ROOT, "ratio audit end to end / reference %.2f; load average %s (before: "
                + "%s)%n", seconds / reference, loadAverage(), LOAD_BEFORE);
        assertThat(again).hasSameSizeAs(files); // ten files since the AMT cards and the deployer pack
        System.out.printf("comparisons made %d, outside the band %d, flagged proxies %s%n",
                result.audit().comparisons().made(), result.audit().comparisons().outsideBand(),
                result.proxies().flagged());
        assertThat(seconds).as("target: audit at city scale under 60 s").isLessThan(60);
    }

    /** Wall and process CPU time since the last report. */
    private static final class Mark {
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private long wall = System.nanoTime();
        private long cpu = os.getProcessCpuTime();

        double report(String what) {
            long w = System.nanoTime();
            long c = os.getProcessCpuTime();
            double seconds = (w - wall) / 1e9;
            System.out.printf("%-90s wall %6.2f s  cpu %6.2f s%n", what, seconds, (c - cpu) / 1e9);
            wall = w;
            cpu = c;
            return seconds;
        }
    }
}
