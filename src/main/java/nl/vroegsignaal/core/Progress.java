package nl.vroegsignaal.core;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of long work: a bar when stderr is a terminal, otherwise an INFO log line at every 10%.
 * Messages name the task and counts only, never person-level values.
 */
public final class Progress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final String task;
    private final long total;
    private final ProgressBar bar;
    private long done;
    private int lastDecile;

    private Progress(String task, long total, ProgressBar bar) {
        this.task = task;
        this.total = Math.max(1, total);
        this.bar = bar;
    }

    /** A bar on an interactive terminal (unless CI is set), log lines otherwise. */
    public static Progress start(String task, long total, String unit) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        ProgressBar bar = null;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().build();
        } else {
            LOG.info("{}: 0 of {} {}", task, total, unit);
        }
        return new Progress(task, total, bar);
    }

    public void stepBy(long n) {
        done += n;
        if (bar != null) {
            bar.stepBy(n);
            return;
        }
        int decile = (int) Math.min(10, done * 10 / total);
        if (decile > lastDecile) {
            lastDecile = decile;
            LOG.info("{}: {}%", task, decile * 10);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
