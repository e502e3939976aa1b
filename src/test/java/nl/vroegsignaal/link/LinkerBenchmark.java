package nl.vroegsignaal.link;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;
import nl.vroegsignaal.contract.SourceFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reading speed of {@link Linker#read}: wall time, rows per second, peak heap, and DuckDB reading the same
 * files with explicit column types as a yardstick. Run on demand:
 * <pre>
 *   mvn -B -o -Pbenchmark test -Dtest=LinkerBenchmark -Dbench.input=path/to/input -Dbench.heap=4g
 *   mvn -B -o -Pbenchmark test -Dtest=LinkerBenchmark -Dbench.generate=100000 -Dbench.heap=4g
 * </pre>
 * {@code bench.generate} writes random valid files for that many persons to target/bench-link-N once (reused
 * afterwards); {@code bench.runs} (default 3) timed runs follow one warm-up; {@code bench.threads} overrides
 * the reader threads; {@code bench.duckdb=false} skips the DuckDB yardstick.
 */
@Tag("benchmark")
class LinkerBenchmark {

    @Test
    void readsAnInputFolder() {
        Path input = input();
        assumeTrue(input != null, "set bench.input=<folder> or bench.generate=<persons>");
        int runs = Integer.getInteger("bench.runs", 3);
        LinkOptions options = LinkOptions.defaults();
        if (Integer.getInteger("bench.threads") != null) {
            options = options.withThreads(Integer.getInteger("bench.threads"));
        }
        long bytes = totalBytes(input);
        System.out.printf("input %s: %.1f MB, threads %d, heap max %d MB%n", input, bytes / 1e6, options.threads(),
                Runtime.getRuntime().maxMemory() >> 20);

        LinkedData data = Linker.read(input, options); // warm-up
        long rows = data.counts().values().stream().mapToLong(SourceCounts::rowsRead).sum();
        data = null;
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        long peak = 0;
        for (int r = 0; r < runs; r++) {
            System.gc();
            resetPeaks();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            data = Linker.read(input, options);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            peak = Math.max(peak, heapPeak());
            best = Math.min(best, s);
            bestCpu = Math.min(bestCpu, cpu);
            System.out.printf("run %d: %.2f s wall, %.2f s cpu (all threads incl. GC), %.2f M rows/s, %.0f MB/s%n",
                    r + 1, s, cpu, rows / s / 1e6, bytes / s / 1e6);
        }
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("Linker.read: %d rows (%d persons), best %.2f s wall = %.2f M rows/s, best %.2f s cpu; "
                        + "peak heap <= %d MB (sum of pool peaks), retained after GC %d MB; load average %.1f%n", rows,
                data.persons().size(), best, rows / best / 1e6, bestCpu, peak >> 20, retained >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (!"false".equals(System.getProperty("bench.duckdb"))) {
            double duck = duckDb(input);
            System.out.printf("DuckDB read_csv (typed, 8 files): %.2f s; Linker/DuckDB = %.2f%n", duck, best / duck);
        }
    }

    private static Path input() {
        String given = System.getProperty("bench.input");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        String generate = System.getProperty("bench.generate");
        if (generate == null || generate.isBlank()) {
            return null;
        }
        int persons = Integer.parseInt(generate);
        Path dir = Path.of("target", "bench-link-" + persons);
        if (!Files.exists(dir.resolve(SourceFile.VERHUIZINGEN.fileName()))) {
            long t0 = System.nanoTime();
            long rows = RandomContractFiles.write(dir, persons, 20261124L);
            System.out.printf("generated %d rows for %d persons in %.1f s%n", rows, persons, (System.nanoTime() - t0) / 1e9);
        }
        return dir;
    }

    /** CPU time of the whole JVM: on a shared machine this says more than wall time. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long totalBytes(Path dir) {
        long sum = 0;
        for (SourceFile f : SourceFile.values()) {
            try {
                sum += Files.size(dir.resolve(f.fileName()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sum;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** An upper bound: the pools need not peak at the same moment. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static final Map<String, String> DUCK_TYPES = Map.ofEntries(
            Map.entry("pseudoniem", "VARCHAR"), Map.entry("geboortemaand", "VARCHAR"), Map.entry("geslacht", "VARCHAR"),
            Map.entry("herkomst", "VARCHAR"), Map.entry("wijk", "VARCHAR"), Map.entry("brin", "VARCHAR"),
            Map.entry("onderwijssoort", "VARCHAR"), Map.entry("leerjaar", "TINYINT"), Map.entry("uren", "INTEGER"),
            Map.entry("diplomasoort", "VARCHAR"), Map.entry("verzuimsoort", "VARCHAR"), Map.entry("regeling", "VARCHAR"),
            Map.entry("jeugdhulpsoort", "VARCHAR"), Map.entry("verhuissoort", "VARCHAR"));

    /** Best of two: DuckDB reading all eight files into tables with the contract's types. */
    private static double duckDb(Path dir) {
        double best = Double.MAX_VALUE;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            for (int r = 0; r < 2; r++) {
                long cpu0 = processCpuNanos();
                long t0 = System.nanoTime();
                long rows = 0;
                for (SourceFile f : SourceFile.values()) {
                    String columns = f.columns().stream()
                            .map(col -> "'" + col + "': '" + DUCK_TYPES.getOrDefault(col, "DATE") + "'")
                            .collect(Collectors.joining(", ", "{", "}"));
                    String path = dir.resolve(f.fileName()).toAbsolutePath().toString().replace("'", "''");
                    st.execute("CREATE OR REPLACE TABLE t" + f.ordinal() + " AS SELECT * FROM read_csv('" + path
                            + "', header = true, auto_detect = false, delim = ',', quote = '\"', columns = " + columns + ")");
                    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM t" + f.ordinal())) {
                        rs.next();
                        rows += rs.getLong(1);
                    }
                }
                double s = (System.nanoTime() - t0) / 1e9;
                best = Math.min(best, s);
                System.out.printf("DuckDB run %d: %.2f s wall, %.2f s cpu, %d rows%n", r + 1, s,
                        (processCpuNanos() - cpu0) / 1e9, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB yardstick failed: " + e.getMessage(), e);
        }
        return best;
    }
}
