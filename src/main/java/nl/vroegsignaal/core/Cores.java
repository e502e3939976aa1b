package nl.vroegsignaal.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How many cores are idle right now, so that work that runs alone can use them without fighting a busy
 * neighbour: a multi-threaded fit beside a CPU-bound process stalls at every barrier, a fit on the idle cores does
 * not. Measured on Linux from {@code /proc/stat} over a short interval; elsewhere, or when that cannot be read, every
 * available processor counts as idle. The answer only sets how fast work runs, never its result.
 */
public final class Cores {
    private static final Path STAT = Path.of("/proc/stat");
    private static final long SAMPLE_MILLIS = 250;

    private Cores() {
    }

    /** Idle cores, rounded to the nearest whole core, at least 1 and at most the available processors. */
    public static int idle() {
        int n = Runtime.getRuntime().availableProcessors();
        try {
            long[] a = idleAndTotal(Files.readAllLines(STAT));
            Thread.sleep(SAMPLE_MILLIS);
            List<String> now = Files.readAllLines(STAT);
            long[] b = idleAndTotal(now);
            long total = b[1] - a[1];
            if (total <= 0) {
                return n;
            }
            double idleShare = (double) (b[0] - a[0]) / total;
            // /proc/stat counts every core of the machine; the JVM may be limited to fewer
            int machine = Math.max(1, cpuLines(now));
            return Math.max(1, Math.min(n, (int) Math.round(idleShare * machine)));
        } catch (IOException | RuntimeException e) {
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return n;
        }
    }

    /** Idle (idle + iowait) and total jiffies of the aggregate {@code cpu} line. */
    private static long[] idleAndTotal(List<String> stat) throws IOException {
        String line = stat.get(0);
        String[] f = line.trim().split("\\s+");
        if (!f[0].equals("cpu")) {
            throw new IOException("unexpected /proc/stat");
        }
        long total = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
            total += Long.parseLong(f[i]);
        }
        return new long[] {Long.parseLong(f[4]) + Long.parseLong(f[5]), total};
    }

    private static int cpuLines(List<String> stat) {
        int n = 0;
        for (String l : stat) {
            if (l.startsWith("cpu") && l.length() > 3 && Character.isDigit(l.charAt(3))) {
                n++;
            }
        }
        return n;
    }
}
