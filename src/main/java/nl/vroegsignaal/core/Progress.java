package nl.vroegsignaal.core;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of long work, as INFO log lines on the same stream as every other log line, so that it reads the
 * same on a terminal and in a log file: nothing is redrawn over an earlier line (a redrawn bar once hid the
 * tail of the log line before it). A task of few steps (such as 4 candidate models) logs every step, a long
 * one every 10%. Each line says how long the task has run; there is no estimate of what remains, because steps
 * differ in size (a tree model takes longer than a logistic one) and a straight-line estimate misleads.
 * Messages name the task and counts only, never person-level values.
 */
public final class Progress implements AutoCloseable {
    /** Up to this many steps, every step is logged. */
    static final int EVERY_STEP_UP_TO = 20;
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final String task;
    private final long total;
    private final String unit;
    private final long started = System.nanoTime();
    private long done;
    private int lastDecile;

    private Progress(String task, long total, String unit) {
        this.task = task;
        this.total = Math.max(1, total);
        this.unit = unit;
    }

    public static Progress start(String task, long total, String unit) {
        LOG.info("{}: 0 of {} {}", task, total, unit);
        return new Progress(task, total, unit);
    }

    public void stepBy(long n) {
        done += n;
        int decile = (int) Math.min(10, done * 10 / total);
        if (total <= EVERY_STEP_UP_TO || decile > lastDecile) {
            lastDecile = decile;
            LOG.info("{}: {} of {} {} ({}%), {} s so far", task, done, total, unit, done * 100 / total,
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        }
    }

    @Override
    public void close() {
        // Nothing to release: kept so that callers can scope a task with try-with-resources.
    }
}
