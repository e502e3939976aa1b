package nl.vroegsignaal.fairness;

import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.core.Bootstrap;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.model.Estimate;

/**
 * The fairness summary the necessity test puts beside each ranking: per protected attribute, how evenly the list
 * reaches the leavers of each group, as the lowest group's reach (share of its leavers on the list) divided by
 * the highest group's (1 is even). Only groups with at least {@link Disclosure#MIN_PERSONS} leavers take part.
 * Every ranking is resampled on the same persons ({@link Bootstrap}, one seed), so each ranking's summary minus
 * the first ranking's gets a paired interval. A summary whose group figures would show a small cell is hidden.
 */
public final class RecallBalance {
    private RecallBalance() {
    }

    /**
     * One attribute: the balance per ranking, and per ranking after the first its balance minus the first's.
     *
     * @param hidden per ranking, whether its balance is hidden (a group cell under 10); a difference is hidden
     *               when either side is
     */
    public record Summary(ProtectedAttribute attribute, List<Estimate> balance, List<Estimate> differenceToFirst,
                          List<Boolean> hidden) {
    }

    /**
     * @param label     0/1 per person
     * @param selected  per ranking, who is on its list (the first is the reference)
     * @param attrs     the persons' protected attributes, in the same order
     * @param resamples bootstrap resamples (0: no intervals)
     */
    public static List<Summary> of(byte[] label, List<boolean[]> selected, AuditAttributes attrs, int resamples,
                                   long seed) {
        List<Summary> out = new ArrayList<>();
        for (AuditAttributes.Column c : attrs.columns()) {
            out.add(summary(ProtectedAttribute.of(c), c.codes(), label, selected, resamples, seed));
        }
        return List.copyOf(out);
    }

    private static Summary summary(ProtectedAttribute attribute, int[] group, byte[] label,
                                   List<boolean[]> selected, int resamples, long seed) {
        int n = label.length;
        int groups = 0;
        for (int g : group) {
            groups = Math.max(groups, g + 1);
        }
        int[] weights = new int[n];
        java.util.Arrays.fill(weights, 1);
        int[] positives = positives(group, label, weights, groups);
        boolean[] counted = new boolean[groups];
        for (int g = 0; g < groups; g++) {
            counted[g] = positives[g] >= Disclosure.MIN_PERSONS;
        }
        int lists = selected.size();
        double[] point = new double[lists];
        List<Boolean> hidden = new ArrayList<>();
        for (int l = 0; l < lists; l++) {
            point[l] = balance(group, label, selected.get(l), weights, counted, groups);
            hidden.add(hides(group, label, selected.get(l), groups, counted));
        }
        double[][] samples = new double[lists][resamples];
        Bootstrap bootstrap = new Bootstrap(seed, n);
        for (int b = 0; b < resamples; b++) {
            java.util.Arrays.fill(weights, 0);
            for (int row : bootstrap.draw()) {
                weights[row]++;
            }
            for (int l = 0; l < lists; l++) {
                samples[l][b] = balance(group, label, selected.get(l), weights, counted, groups);
            }
        }
        List<Estimate> balance = new ArrayList<>();
        List<Estimate> difference = new ArrayList<>();
        for (int l = 0; l < lists; l++) {
            double[] q = Bootstrap.interval(samples[l]);
            balance.add(new Estimate(point[l], q[0], q[1]));
            if (l > 0) {
                double[] d = new double[resamples];
                for (int b = 0; b < resamples; b++) {
                    d[b] = samples[l][b] - samples[0][b];
                }
                double[] qd = Bootstrap.interval(d);
                difference.add(new Estimate(point[l] - point[0], qd[0], qd[1]));
            }
        }
        return new Summary(attribute, List.copyOf(balance), List.copyOf(difference), List.copyOf(hidden));
    }

    private static int[] positives(int[] group, byte[] label, int[] weights, int groups) {
        int[] p = new int[groups];
        for (int i = 0; i < label.length; i++) {
            p[group[i]] += label[i] * weights[i];
        }
        return p;
    }

    /** Lowest reach over highest among the counted groups; NaN when fewer than two groups count or one has none. */
    private static double balance(int[] group, byte[] label, boolean[] selected, int[] weights, boolean[] counted,
                                  int groups) {
        double[] pos = new double[groups];
        double[] hit = new double[groups];
        for (int i = 0; i < label.length; i++) {
            if (label[i] == 1) {
                pos[group[i]] += weights[i];
                if (selected[i]) {
                    hit[group[i]] += weights[i];
                }
            }
        }
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        int used = 0;
        for (int g = 0; g < groups; g++) {
            if (counted[g]) {
                if (pos[g] == 0) {
                    return Double.NaN;
                }
                double reach = hit[g] / pos[g];
                low = Math.min(low, reach);
                high = Math.max(high, reach);
                used++;
            }
        }
        return used < 2 || high == 0 ? Double.NaN : low / high;
    }

    /** Whether a counted group's 2x2 table of this list has a cell under 10 (its reach could then be worked out). */
    private static boolean hides(int[] group, byte[] label, boolean[] selected, int groups, boolean[] counted) {
        double[] rows = new double[groups];
        double[] pos = new double[groups];
        double[] sel = new double[groups];
        double[] tp = new double[groups];
        for (int i = 0; i < label.length; i++) {
            int g = group[i];
            rows[g]++;
            pos[g] += label[i];
            if (selected[i]) {
                sel[g]++;
                tp[g] += label[i];
            }
        }
        for (int g = 0; g < groups; g++) {
            if (counted[g] && Disclosure.hidesSelection(tp[g], sel[g], pos[g], rows[g])) {
                return true;
            }
        }
        return false;
    }
}
