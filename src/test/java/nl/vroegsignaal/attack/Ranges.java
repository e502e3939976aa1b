package nl.vroegsignaal.attack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The smallest and largest value of a linear form over the reader's program. Unknowns that one equation pins
 * down are fixed first (repeatedly), and the remaining rows fall apart into parts that share no unknown; each
 * part is its own {@link BoundLp}, and a form's range is the sum of its parts' ranges (they are independent).
 */
final class Ranges {
    private final double[] fixed;
    private final int[] part;
    private final int[] local;
    private final List<BoundLp> lps = new ArrayList<>();
    private final List<Integer> partSizes = new ArrayList<>();

    Ranges(int n, List<Map<Integer, Double>> forms, List<BoundLp.Rel> rels, List<Double> rights) {
        this(n, forms, rels, rights, java.util.Collections.nCopies(forms.size(), ""));
    }

    Ranges(int n, List<Map<Integer, Double>> forms, List<BoundLp.Rel> rels, List<Double> rights,
           List<String> labels) {
        fixed = new double[n];
        Arrays.fill(fixed, Double.NaN);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < forms.size(); r++) {
                if (rels.get(r) != BoundLp.Rel.EQ) {
                    continue;
                }
                int free = -1;
                int count = 0;
                double rest = rights.get(r);
                for (Map.Entry<Integer, Double> e : forms.get(r).entrySet()) {
                    if (e.getValue() == 0) {
                        continue;
                    }
                    if (Double.isNaN(fixed[e.getKey()])) {
                        free = e.getKey();
                        count++;
                    } else {
                        rest -= e.getValue() * fixed[e.getKey()];
                    }
                }
                if (count == 1) {
                    fixed[free] = rest / forms.get(r).get(free);
                    changed = true;
                }
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Map<Integer, Double> f : forms) {
            int first = -1;
            for (int u : f.keySet()) {
                if (Double.isNaN(fixed[u])) {
                    if (first < 0) {
                        first = u;
                    } else {
                        parent[find(parent, u)] = find(parent, first);
                    }
                }
            }
        }
        part = new int[n];
        local = new int[n];
        Arrays.fill(part, -1);
        Map<Integer, Integer> partOfRoot = new HashMap<>();
        for (int u = 0; u < n; u++) {
            if (Double.isNaN(fixed[u])) {
                int p = partOfRoot.computeIfAbsent(find(parent, u), k -> {
                    partSizes.add(0);
                    return partSizes.size() - 1;
                });
                part[u] = p;
                local[u] = partSizes.get(p);
                partSizes.set(p, local[u] + 1);
            }
        }
        List<List<BoundLp.Row>> rows = new ArrayList<>();
        for (int p = 0; p < partSizes.size(); p++) {
            rows.add(new ArrayList<>());
        }
        for (int r = 0; r < forms.size(); r++) {
            double b = rights.get(r);
            int p = -1;
            for (Map.Entry<Integer, Double> e : forms.get(r).entrySet()) {
                if (Double.isNaN(fixed[e.getKey()])) {
                    p = part[e.getKey()];
                } else {
                    b -= e.getValue() * fixed[e.getKey()];
                }
            }
            if (p < 0) {
                check(rels.get(r), b, labels.get(r));
                continue;
            }
            double[] a = new double[partSizes.get(p)];
            for (Map.Entry<Integer, Double> e : forms.get(r).entrySet()) {
                if (Double.isNaN(fixed[e.getKey()])) {
                    a[local[e.getKey()]] += e.getValue();
                }
            }
            rows.get(p).add(new BoundLp.Row(a, rels.get(r), b, labels.get(r)));
        }
        for (int p = 0; p < partSizes.size(); p++) {
            lps.add(new BoundLp(partSizes.get(p), rows.get(p)));
        }
        for (int u = 0; u < n; u++) {
            if (!Double.isNaN(fixed[u]) && fixed[u] < -1e-6) {
                throw new IllegalStateException("the published figures give a negative count for unknown " + u);
            }
        }
    }

    /** A row without unknowns left: the published figures must agree with each other. */
    private static void check(BoundLp.Rel rel, double rest, String label) {
        double tol = 1e-6 * Math.max(1, Math.abs(rest));
        boolean ok = switch (rel) {
            case EQ -> Math.abs(rest) <= Math.max(tol, 1e-6);
            case LE -> rest >= -1e-6;
            case GE -> rest <= 1e-6;
        };
        if (!ok) {
            throw new IllegalStateException("the published figures contradict each other (" + label + ": " + rel + " "
                    + rest + ")");
        }
    }

    private static int find(int[] parent, int u) {
        while (parent[u] != u) {
            parent[u] = parent[parent[u]];
            u = parent[u];
        }
        return u;
    }

    /** {min, max} of the form. */
    double[] range(Map<Integer, Double> form) {
        double lo = 0;
        double hi = 0;
        Map<Integer, double[]> byPart = new HashMap<>();
        for (Map.Entry<Integer, Double> e : form.entrySet()) {
            int u = e.getKey();
            if (!Double.isNaN(fixed[u])) {
                lo += e.getValue() * fixed[u];
                hi += e.getValue() * fixed[u];
            } else {
                byPart.computeIfAbsent(part[u], p -> new double[partSizes.get(p)])[local[u]] += e.getValue();
            }
        }
        for (Map.Entry<Integer, double[]> e : byPart.entrySet()) {
            double[] r = lps.get(e.getKey()).range(e.getValue());
            lo += r[0];
            hi += r[1];
        }
        return new double[] {lo, hi};
    }

    /** How many optima had to be refactored from the rows as written (numerical drift), over all parts. */
    int refactorings() {
        return lps.stream().mapToInt(BoundLp::refactorings).sum();
    }

    /** Sizes of the parts, largest first, for the report. */
    int largestPart() {
        return partSizes.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
