package nl.vroegsignaal.attack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One candidate's ranking as a reader sees it: at published cut positions (the top {@code c} persons: points of
 * the precision-recall curve, the top of the ranking, the list at capacity, the edges of the reliability bins)
 * the number of leavers above the cut, exactly or within bounds. Consecutive cuts bound the leavers of a score
 * band; the constraints are differences along a chain, so propagating the bounds to a fixed point gives the
 * exact integer range of every band (no linear program needed).
 */
final class RankingChain {
    private final String name;
    private final long persons;
    /** position -> {lo, hi} of the leavers in the top {@code position}. */
    private final TreeMap<Long, double[]> cuts = new TreeMap<>();
    /** Positions that are points of the precision-recall curve (named in the leaks, for the always-on test). */
    private final java.util.Set<Long> curve = new java.util.HashSet<>();

    RankingChain(String name, long persons, long positives) {
        this.name = name;
        this.persons = persons;
        bound(0, 0, 0);
        bound(persons, positives, positives);
    }

    /** The top {@code position} persons hold between lo and hi leavers. */
    void bound(long position, double lo, double hi) {
        if (position < 0 || position > persons) {
            return;
        }
        double[] b = cuts.computeIfAbsent(position, p -> new double[] {0, p});
        b[0] = Math.max(b[0], Math.ceil(lo - 1e-6));
        b[1] = Math.min(b[1], Math.floor(hi + 1e-6));
    }

    /** As {@link #bound}, for a point of the precision-recall curve. */
    void curvePoint(long position, double lo, double hi) {
        bound(position, lo, hi);
        curve.add(position);
    }

    double[] at(long position) {
        propagate();
        double[] b = cuts.get(position);
        return b == null ? null : b.clone();
    }

    private void propagate() {
        List<Map.Entry<Long, double[]>> list = new ArrayList<>(cuts.entrySet());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i + 1 < list.size(); i++) {
                double[] a = list.get(i).getValue();
                double[] b = list.get(i + 1).getValue();
                long size = list.get(i + 1).getKey() - list.get(i).getKey();
                // 0 <= C(b) - C(a) <= size
                changed |= raise(b, 0, a[0]);
                changed |= lower(a, 1, b[1]);
                changed |= raise(a, 0, b[0] - size);
                changed |= lower(b, 1, a[1] + size);
            }
        }
        for (double[] b : cuts.values()) {
            if (b[0] > b[1]) {
                throw new IllegalStateException(name + ": the published ranking figures contradict each other");
            }
        }
    }

    private static boolean raise(double[] b, int i, double v) {
        if (v > b[i]) {
            b[i] = v;
            return true;
        }
        return false;
    }

    private static boolean lower(double[] b, int i, double v) {
        if (v < b[i]) {
            b[i] = v;
            return true;
        }
        return false;
    }

    /** Every band between consecutive cuts: its persons, and the ranges of its leavers and of the others. */
    List<Leak> leaks() {
        propagate();
        List<Leak> out = new ArrayList<>();
        Map.Entry<Long, double[]> prev = null;
        for (Map.Entry<Long, double[]> e : cuts.entrySet()) {
            if (prev != null) {
                long size = e.getKey() - prev.getKey();
                double lo = Math.max(0, e.getValue()[0] - prev.getValue()[1]);
                double hi = Math.min(size, e.getValue()[1] - prev.getValue()[0]);
                boolean ofCurve = curve.contains(prev.getKey()) || curve.contains(e.getKey());
                String band = name + " ranks " + (prev.getKey() + 1) + "-" + e.getKey()
                        + (ofCurve ? " (next to a curve point)" : "");
                Leak.check(out, band + ": persons", size, size);
                Leak.check(out, band + ": leavers", lo, hi);
                Leak.check(out, band + ": not leaving", size - hi, size - lo);
            }
            prev = e;
        }
        return out;
    }
}
