package nl.vroegsignaal.pseudonymise;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.vroegsignaal.core.CsvDialect;
import nl.vroegsignaal.core.CsvRecords;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test: pseudonymise a 2.5-million-row export (target: under 10 s on 2 cores). As a
 * reference in the same run it times reading the same file through the same CSV reader without hashing, so
 * the figure can be read as a ratio on a busy machine. Run with
 * {@code mvn -B -Pbenchmark test -Dtest=PseudonymiseBenchmark -Dbench.heap=2g [-Dbench.rows=2500000]}.
 */
@Tag("benchmark")
class PseudonymiseBenchmark {

    @Test
    void pseudonymiseANationSizedExport(@TempDir Path dir) throws IOException {
        long rows = Long.getLong("bench.rows", 2_500_000L);
        Path export = dir.resolve("export.csv");
        try (BufferedWriter w = Files.newBufferedWriter(export)) {
            w.write("Burgerservicenummer;Geboortedatum;Brin;Opleiding\n");
            for (long i = 0; i < rows; i++) {
                w.write(TestBsns.nth(i) + ";" + (1 + i % 28) + "-" + (1 + i % 12) + "-20" + (10 + i % 10) + ";"
                        + (10 + i % 90) + "AB;" + (i % 700) + "\n");
            }
        }
        Path key = dir.resolve("key");
        PseudonymKey.generate().writeNew(key);
        long t0 = System.nanoTime();
        long read = 0;
        try (CsvRecords r = new CsvRecords(export, CsvDialect.table(';'))) {
            while (r.next() != null) {
                read++;
            }
        }
        long t1 = System.nanoTime();
        ExportPseudonymiser.Result result = ExportPseudonymiser.run(PseudonymKey.read(key), export,
                CsvDialect.table(';'), List.of("Burgerservicenummer"), dir.resolve("out.csv"));
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "PseudonymiseBenchmark (%d processors, max heap %d MB, %.0f MB export)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                Files.size(export) / 1e6);
        System.out.printf(Locale.ROOT, "  reference, read only: %d rows in %.2f s%n", read, (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "  pseudonymise: %d rows in %.2f s (target < 10 s), ratio to reading %.2f%n",
                result.rows(), (t2 - t1) / 1e9, (double) (t2 - t1) / (t1 - t0));
    }
}
