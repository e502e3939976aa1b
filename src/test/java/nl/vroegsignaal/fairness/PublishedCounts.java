package nl.vroegsignaal.fairness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A reader of a published audit who knows how its counts add up (within a group's 2x2 table, and groups to
 * their totals) and solves every equation with a single unknown, repeatedly. Test oracle for secondary suppression.
 */
final class PublishedCounts {
    private static final Map<String, Function<GroupMetrics, Count>> TYPES = new java.util.LinkedHashMap<>();

    static {
        TYPES.put("n", GroupMetrics::persons);
        TYPES.put("tp", g -> g.confusion().truePositives());
        TYPES.put("fp", g -> g.confusion().falsePositives());
        TYPES.put("fn", g -> g.confusion().falseNegatives());
        TYPES.put("tn", g -> g.confusion().trueNegatives());
        TYPES.put("pos", g -> g.confusion().positives());
        TYPES.put("neg", g -> g.confusion().negatives());
        TYPES.put("sel", g -> g.confusion().selected());
        TYPES.put("not", g -> g.confusion().notSelected());
    }

    private final Map<String, Boolean> known = new HashMap<>();
    /** Each equation: the first name is the total of the others. */
    private final List<List<String>> equations = new ArrayList<>();

    static PublishedCounts of(FairnessAudit audit) {
        PublishedCounts p = new PublishedCounts();
        p.addGroup("all", audit.overall());
        List<String> gs = new ArrayList<>();
        List<String> hs = new ArrayList<>();
        for (GroupMetrics g : audit.attribute(ContractAttributes.GESLACHT).groups()) {
            gs.add(g.group().code());
            p.addGroup("g:" + g.group().code(), g);
        }
        for (GroupMetrics g : audit.attribute(ContractAttributes.HERKOMST).groups()) {
            hs.add(g.group().code());
            p.addGroup("h:" + g.group().code(), g);
        }
        for (GroupMetrics g : audit.attribute(ContractAttributes.GESLACHT_X_HERKOMST).groups()) {
            p.addGroup("gh:" + g.group().code(), g);
        }
        for (String t : TYPES.keySet()) {
            List<String> byG = new ArrayList<>(List.of(t + "@all"));
            gs.forEach(g -> byG.add(t + "@g:" + g));
            p.equations.add(byG);
            List<String> byH = new ArrayList<>(List.of(t + "@all"));
            hs.forEach(h -> byH.add(t + "@h:" + h));
            p.equations.add(byH);
            for (String g : gs) {
                List<String> eq = new ArrayList<>(List.of(t + "@g:" + g));
                hs.forEach(h -> eq.add(t + "@gh:" + g + "/" + h));
                p.equations.add(eq);
            }
            for (String h : hs) {
                List<String> eq = new ArrayList<>(List.of(t + "@h:" + h));
                gs.forEach(g -> eq.add(t + "@gh:" + g + "/" + h));
                p.equations.add(eq);
            }
        }
        return p;
    }

    private void addGroup(String slot, GroupMetrics g) {
        TYPES.forEach((t, f) -> known.put(t + "@" + slot, !f.apply(g).suppressed()));
        String[][] within = {{"pos", "tp", "fn"}, {"neg", "fp", "tn"}, {"sel", "tp", "fp"}, {"not", "fn", "tn"},
            {"n", "pos", "neg"}, {"n", "sel", "not"}};
        for (String[] eq : within) {
            List<String> names = new ArrayList<>();
            for (String t : eq) {
                names.add(t + "@" + slot);
            }
            equations.add(names);
        }
    }

    /** The suppressed counts the reader can work out; empty when suppression holds. */
    List<String> derivableSuppressed() {
        Map<String, Boolean> k = new HashMap<>(known);
        List<String> leaked = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (List<String> eq : equations) {
                String unknown = null;
                int unknowns = 0;
                for (String v : eq) {
                    if (!k.get(v)) {
                        unknowns++;
                        unknown = v;
                    }
                }
                if (unknowns == 1) {
                    leaked.add(unknown);
                    k.put(unknown, true);
                    progress = true;
                }
            }
        }
        return leaked;
    }
}
