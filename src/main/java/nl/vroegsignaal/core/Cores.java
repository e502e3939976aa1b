package nl.vroegsignaal.core;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How many cores other processes leave free, so that long work can use them without fighting a busy
 * neighbour: a multi-threaded fit beside a CPU-bound process stalls at every barrier, a fit on the free cores does
 * not. Measured on Linux from {@code /proc/stat} (the machine's busy time) and this process's CPU time, between
 * two readings of a {@link Meter}; elsewhere, or when that cannot be read, every available processor counts as
 * free. The answer only sets how fast work runs, never its result.
 */
public final class Cores {
    private static final Path STAT = Path.of("/proc/stat");
    private static final long SAMPLE_MILLIS = 250;

    private Cores() {
    }

    /**
     * Readings of the machine's busy time and this process's CPU time; {@link #free} answers for the time since the
     * previous reading, so work that asks now and then follows a neighbour that comes or goes.
     */
    public static final class Meter {
        private static final com.sun.management.OperatingSystemMXBean OS = ManagementFactory
                .getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
        private long[] stat;
        private long ownNanos;
        private long wallNanos;

        private Meter() {
        }

        /** A meter whose first interval starts now. */
        private static Meter start() {
            Meter m = new Meter();
            m.read();
            return m;
        }

        /** A meter whose first interval is the next quarter second, for work about to start. */
        public static Meter sampled() {
            Meter m = start();
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return m;
        }

        /**
         * Cores not used by other processes since the previous reading (this process's own use counts as free),
         * rounded, at least 1 and at most {@code max} and the available processors.
         */
        public int free(int max) {
            int n = Math.max(1, Math.min(max, Runtime.getRuntime().availableProcessors()));
            long[] before = stat;
            long ownBefore = ownNanos;
            long wallBefore = wallNanos;
            read();
            if (before == null || stat == null || wallNanos <= wallBefore) {
                return n;
            }
            long total = stat[1] - before[1];
            if (total <= 0) {
                return n;
            }
            double machine = stat[2];
            double busy = machine * (total - (stat[0] - before[0])) / total;
            double own = ownBefore < 0 || ownNanos < 0 ? 0 : (double) (ownNanos - ownBefore) / (wallNanos - wallBefore);
            double others = Math.max(0, busy - own);
            return Math.max(1, Math.min(n, (int) Math.round(machine - others)));
        }

        private void read() {
            wallNanos = System.nanoTime();
            ownNanos = OS == null ? -1 : OS.getProcessCpuTime();
            try {
                stat = idleTotalAndCores(Files.readAllLines(STAT));
            } catch (IOException | RuntimeException e) {
                stat = null;
            }
        }
    }

    /** Idle (idle + iowait) and total jiffies of the aggregate {@code cpu} line, and the machine's core count. */
    private static long[] idleTotalAndCores(List<String> stat) throws IOException {
        String line = stat.get(0);
        String[] f = line.trim().split("\\s+");
        if (!f[0].equals("cpu")) {
            throw new IOException("unexpected /proc/stat");
        }
        long total = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
            total += Long.parseLong(f[i]);
        }
        // /proc/stat counts every core of the machine; the JVM may be limited to fewer
        return new long[] {Long.parseLong(f[4]) + Long.parseLong(f[5]), total, Math.max(1, cpuLines(stat))};
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
