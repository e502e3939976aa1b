package nl.vroegsignaal.attack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader knows about the counts behind a set of published files: non-negative integer unknowns (the
 * cells of the cross-classifications), a row for every published count (an equation) and two rows for every
 * published rate (its value give or take half its last digit), and the quantities whose range the attacker
 * works out. A linear form is a map from unknown to coefficient.
 */
final class AttackModel {
    /** A count of persons the attacker bounds; {@code shown} when a file prints it. */
    record Target(String label, Map<Integer, Double> form, Long shown) {
    }

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> byName = new LinkedHashMap<>();
    private final List<Map<Integer, Double>> forms = new ArrayList<>();
    private final List<BoundLp.Rel> rels = new ArrayList<>();
    private final List<Double> rights = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    /** What the rows added now come from (a file and a figure), for messages. */
    private String section = "";
    private final Map<String, Target> targets = new LinkedHashMap<>();

    /** The unknown of that name, created on first use. */
    int unknown(String name) {
        return byName.computeIfAbsent(name, k -> {
            names.add(k);
            return names.size() - 1;
        });
    }

    static Map<Integer, Double> sum(List<Integer> unknowns) {
        Map<Integer, Double> f = new LinkedHashMap<>();
        for (int u : unknowns) {
            f.merge(u, 1.0, Double::sum);
        }
        return f;
    }

    void row(Map<Integer, Double> form, BoundLp.Rel rel, double right) {
        forms.add(form);
        rels.add(rel);
        rights.add(right);
        labels.add(section);
    }

    /** Names the figure the next rows come from; returns the name it replaces. */
    String section(String what) {
        String before = section;
        section = what;
        return before;
    }

    /** Forms printed as counts somewhere (an equation each). */
    private final java.util.Set<Map<Integer, Double>> shownForms = new java.util.HashSet<>();

    /** Whether some file prints this count. */
    boolean isShown(Map<Integer, Double> form) {
        return shownForms.contains(form);
    }

    /** A count a file prints: an equation, and a target (a shown count under 10 is itself a leak). */
    void shownCount(String label, Map<Integer, Double> form, long value) {
        shownForms.add(Map.copyOf(form));
        row(form, BoundLp.Rel.EQ, value);
        targets.putIfAbsent(label, new Target(label, form, value));
        Target t = targets.get(label);
        if (t.shown() == null) {
            targets.put(label, new Target(label, form, value));
        }
    }

    /** A count a file hides (or that no file prints but a reader can aim at): only a target. */
    void target(String label, Map<Integer, Double> form) {
        targets.putIfAbsent(label, new Target(label, form, null));
    }

    /** A rate num/den printed as {@code value} with half-width {@code eps}: two rows, exact in the counts. */
    void rate(Map<Integer, Double> num, Map<Integer, Double> den, double value, double eps) {
        row(minus(num, den, value + eps), BoundLp.Rel.LE, 0);
        row(minus(num, den, Math.max(0, value - eps)), BoundLp.Rel.GE, 0);
    }

    /** {@code form} lies in [lo, hi] (a bound learnt elsewhere). */
    void between(Map<Integer, Double> form, double lo, double hi) {
        row(form, BoundLp.Rel.GE, lo);
        if (Double.isFinite(hi)) {
            row(form, BoundLp.Rel.LE, hi);
        }
    }

    private static Map<Integer, Double> minus(Map<Integer, Double> num, Map<Integer, Double> den, double f) {
        Map<Integer, Double> out = new LinkedHashMap<>(num);
        for (Map.Entry<Integer, Double> e : den.entrySet()) {
            out.merge(e.getKey(), -f * e.getValue(), Double::sum);
        }
        return out;
    }

    int unknowns() {
        return names.size();
    }

    String name(int unknown) {
        return names.get(unknown);
    }

    List<Target> targets() {
        return List.copyOf(targets.values());
    }

    /** The program, split into independent parts after fixing every unknown a single equation pins down. */
    Ranges ranges() {
        return new Ranges(names.size(), forms, rels, rights, labels);
    }

    static double[] dense(Map<Integer, Double> form, int n) {
        double[] a = new double[n];
        form.forEach((k, v) -> a[k] += v);
        return a;
    }
}
