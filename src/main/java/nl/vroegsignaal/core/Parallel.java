package nl.vroegsignaal.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs independent tasks on a few daemon threads and returns their results in task order. */
public final class Parallel {
    private Parallel() {
    }

    /**
     * @param workers    threads at most (at least 1, never more than tasks)
     * @param threadName prefix of the threads' names, numbered from 1
     * @param what       what the tasks do, for the message when interrupted ("training")
     * @throws RuntimeException the first failing task's own runtime exception, as it was thrown
     */
    public static <T> List<T> all(List<Callable<T>> tasks, int workers, String threadName, String what) {
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(workers, tasks.size())), r -> {
            Thread t = new Thread(r, threadName + "-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } finally {
            pool.shutdownNow();
        }
    }
}
