package nl.vroegsignaal.sample;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: generates city and nation scale into a temporary folder (deleted afterwards) and prints
 * persons/s, rows/s, wall time and peak heap. Targets: nation in under 3 minutes and 2 GB heap on 2 cores.
 * Run with {@code mvn -B -Pbenchmark test -Dtest=SampleBenchmark -Dbench.heap=2g}.
 */
@Tag("benchmark")
class SampleBenchmark {

    @Test
    void generateCityAndNation() throws InterruptedException {
        System.out.printf(Locale.ROOT, "SampleBenchmark: %d processors, max heap %d MB, java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        for (Scale scale : new Scale[] {Scale.CITY, Scale.NATION}) {
            run(scale);
        }
    }

    private static void run(Scale scale) throws InterruptedException {
        Path dir = TestWorlds.newTempDir();
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        AtomicLong sampledMax = new AtomicLong();
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                sampledMax.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        SampleResult result = SampleGenerator.generate(SampleOptions.of(scale), dir);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                poolPeaks += pool.getPeakUsage().getUsed();
            }
        }
        long bytes = 0;
        for (String name : SampleGenerator.fileNames()) {
            bytes += dir.resolve(name).toFile().length();
        }
        System.out.printf(Locale.ROOT, "SampleBenchmark %-6s: %,d persons, %,d rows, %,d MB written in %.1f s: "
                        + "%,.0f persons/s, %,.0f rows/s; peak heap %,d MB (sum of heap pool peaks), "
                        + "%,d MB (sampled used)%n", scale.name().toLowerCase(Locale.ROOT), result.options().persons(),
                result.totalRows(), bytes >> 20, seconds, result.options().persons() / seconds,
                result.totalRows() / seconds, poolPeaks >> 20, sampledMax.get() >> 20);
        TestWorlds.deleteRecursively(dir);
    }
}
