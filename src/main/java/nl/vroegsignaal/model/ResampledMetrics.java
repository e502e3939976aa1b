package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vroegsignaal.core.Bootstrap;
import nl.vroegsignaal.core.Parallel;

/**
 * The evaluation's metrics on bootstrap resamples of persons ({@link Bootstrap}). Each resample is represented
 * by how often each person was drawn (multinomial counts); every candidate is then tallied on its own sorted
 * order with those counts as weights, so candidates share resamples (paired intervals) and nothing is
 * re-sorted. Undefined values (e.g. no positive drawn) follow the policy of {@link Bootstrap#interval}.
 */
final class ResampledMetrics {
    static final int AUC = 0;
    static final int AP = 1;
    static final int BRIER = 2;
    static final int LOG_LOSS = 3;
    static final int ECE = 4;
    static final int PRECISION = 5;
    static final int RECALL = 6;
    static final int LIFT = 7;
    private static final int SECTOR_BASE = 8;
    static final int METRICS = SECTOR_BASE + 3 * Tally.SECTORS;

    private ResampledMetrics() {
    }

    static int sectorPrecision(int s) {
        return SECTOR_BASE + 3 * s;
    }

    static int sectorRecall(int s) {
        return SECTOR_BASE + 3 * s + 1;
    }

    static int sectorLift(int s) {
        return SECTOR_BASE + 3 * s + 2;
    }

    /**
     * Resampled metric values, indexed [list][metric][resample]. All lists must share their rows. The lists are
     * shared out over the processors; each worker draws the same seeded resamples itself (drawing is a small part
     * of the cost), so the values never depend on the number of workers.
     */
    static double[][][] resample(List<RankedScores> lists, int k, int resamples, long seed) {
        return resample(lists, k, resamples, seed, Runtime.getRuntime().availableProcessors());
    }

    static double[][][] resample(List<RankedScores> lists, int k, int resamples, long seed, int processors) {
        double[][][] out = new double[lists.size()][][];
        int workers = Math.max(1, Math.min(lists.size(), processors));
        List<Callable<Void>> parts = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int first = w;
            parts.add(() -> {
                List<Integer> mine = new ArrayList<>();
                for (int c = first; c < lists.size(); c += workers) {
                    mine.add(c);
                }
                double[][][] values = resample(lists, mine, k, resamples, seed);
                for (int i = 0; i < mine.size(); i++) {
                    out[mine.get(i)] = values[i];
                }
                return null;
            });
        }
        Parallel.all(parts, workers, "bootstrap", "resampling the evaluation");
        return out;
    }

    /** The resampled values of the lists numbered {@code which}, in that order. */
    private static double[][][] resample(List<RankedScores> lists, List<Integer> which, int k, int resamples,
                                         long seed) {
        int n = lists.get(0).n;
        double[][][] out = new double[which.size()][METRICS][resamples];
        Bootstrap bootstrap = new Bootstrap(seed, n);
        int[] counts = new int[n];
        int[] sorted = new int[n];
        Tally t = new Tally();
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(counts, 0);
            for (int row : bootstrap.draw()) {
                counts[row]++;
            }
            for (int i = 0; i < which.size(); i++) {
                RankedScores r = lists.get(which.get(i));
                r.toSortedOrder(counts, sorted);
                r.tally(sorted, k, t);
                record(t, out[i], b);
            }
        }
        return out;
    }

    private static void record(Tally t, double[][] m, int b) {
        m[AUC][b] = t.auc;
        m[AP][b] = t.averagePrecision;
        m[BRIER][b] = t.brier;
        m[LOG_LOSS][b] = t.logLoss;
        m[ECE][b] = t.ece;
        m[PRECISION][b] = t.precision();
        m[RECALL][b] = t.recall();
        m[LIFT][b] = t.lift();
        for (int s = 0; s < Tally.SECTORS; s++) {
            m[sectorPrecision(s)][b] = t.sectorPrecision(s);
            m[sectorRecall(s)][b] = t.sectorRecall(s);
            m[sectorLift(s)][b] = t.sectorLift(s);
        }
    }

    /** The point value with the 2.5% and 97.5% percentiles of the resampled values. */
    static Estimate estimate(double point, double[] resampled) {
        double[] q = Bootstrap.interval(resampled);
        return new Estimate(point, q[0], q[1]);
    }
}
