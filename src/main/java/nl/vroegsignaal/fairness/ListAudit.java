package nl.vroegsignaal.fairness;

import java.util.ArrayList;
import nl.vroegsignaal.disclosure.CountTable;
import nl.vroegsignaal.disclosure.TableProtection;
import java.util.List;
import nl.vroegsignaal.core.Bootstrap;
import nl.vroegsignaal.fairness.GroupLayout.Slot;

/**
 * The composition of a produced signal list by group. The table is attributes x (on list, not on list)
 * with margins, suppressed as a whole. Expected counts use only shown numbers: a group's persons only when shown,
 * and all hidden groups together at the overall base rate, so that the normalising sum cannot be solved for a
 * hidden count. The bootstrap resamples the scored persons and holds the base rates fixed (they are published
 * figures of another cohort).
 */
final class ListAudit {
    private static final int ON = 0;
    private static final int ALL = 2;
    /** Indices into the per-slot quantity arrays. */
    private static final int EXP_BASE = 0;
    private static final int EXP_POP = 1;
    private static final int RATIO_BASE = 2;
    private static final int RATIO_POP = 3;

    private final AuditOptions opt;
    private final CountTable table;
    private final boolean[] hidden;
    private final List<List<Slot>> slotsByAttribute = new ArrayList<>();
    private final List<double[]> rateByAttribute = new ArrayList<>();
    private final double overallRate;
    private final Slot overall;
    private final List<ProtectedAttribute> groupings;
    /** Per attribute, per quantity, per slot: the point values; then the same per resample. */
    private final double[][][] point;
    private final double[][][][] boot;

    private ListAudit(ListInput in, GroupBaseRates baseRates, AuditOptions opt) {
        this.opt = opt;
        this.overallRate = baseRates.overall();
        GroupLayout layout = GroupLayout.of(in.attributes(), baseRates.merged());
        int[] dims = layout.dims(2);
        int[] cellOfRow = new int[in.onList().length];
        int[] counts = new int[layout.cells() * 2];
        for (int r = 0; r < cellOfRow.length; r++) {
            cellOfRow[r] = layout.cellOfRow[r] * 2 + (in.onList()[r] ? ON : 1);
            counts[cellOfRow[r]]++;
        }
        this.table = CountTable.ofInterior(dims, counts);
        this.hidden = TableProtection.protectByLines(table, layout.axes());
        this.overall = layout.overall();
        this.groupings = layout.groupings();
        for (ProtectedAttribute a : groupings) {
            List<Slot> slots = layout.slots(a);
            double[] rates = new double[slots.size()];
            for (int i = 0; i < rates.length; i++) {
                Double r = baseRates.rates().get(slots.get(i).key());
                rates[i] = r == null ? Double.NaN : r;
            }
            slotsByAttribute.add(slots);
            rateByAttribute.add(rates);
        }
        double[] full = toDouble(counts);
        double[] ext = Margins.extend(dims, full);
        this.point = quantitiesAll(ext);
        int resamples = opt.bootstrapResamples();
        this.boot = new double[resamples][][][];
        double[] ec = new double[table.size()];
        CellResamples.run(opt.seed(), resamples, cellOfRow, counts.length, null, (b, c, s) -> {
            Margins.extendInto(dims, c, ec);
            boot[b] = quantitiesAll(ec);
        });
    }

    static ListComposition run(ListInput in, GroupBaseRates baseRates, AuditOptions opt) {
        return new ListAudit(in, baseRates, opt).result();
    }

    private ListComposition result() {
        List<AttributeComposition> attributes = new ArrayList<>();
        for (int a = 0; a < groupings.size(); a++) {
            List<GroupComposition> groups = new ArrayList<>();
            List<Slot> slots = slotsByAttribute.get(a);
            for (int i = 0; i < slots.size(); i++) {
                groups.add(group(a, i, slots.get(i)));
            }
            attributes.add(new AttributeComposition(groupings.get(a), groups));
        }
        return new ListComposition(opt, count(at(overall, ON)), count(at(overall, ALL)), attributes);
    }

    private GroupComposition group(int a, int i, Slot s) {
        int on = at(s, ON);
        int n = at(s, ALL);
        int k = at(overall, ON);
        int total = at(overall, ALL);
        boolean nShown = !hidden[n];
        boolean expBaseShown = nShown && !hidden[k] && !Double.isNaN(rateByAttribute.get(a)[i]);
        boolean expPopShown = nShown && !hidden[k] && !hidden[total];
        Estimate expBase = estimate(a, EXP_BASE, i, expBaseShown);
        Estimate expPop = estimate(a, EXP_POP, i, expPopShown);
        Estimate ratioBase = estimate(a, RATIO_BASE, i, expBaseShown && !hidden[on]);
        Estimate ratioPop = estimate(a, RATIO_POP, i, expPopShown && !hidden[on]);
        return new GroupComposition(s.key(), count(on), count(n),
                Wilson.rate(table.get(on), hidden[on], table.get(k), hidden[k]),
                Wilson.rate(table.get(n), hidden[n], table.get(total), hidden[total]),
                expBase, expPop, ratioBase, Verdict.of(ratioBase, opt.bandLow(), opt.bandHigh()),
                ratioPop, Verdict.of(ratioPop, opt.bandLow(), opt.bandHigh()));
    }

    private Estimate estimate(int a, int quantity, int i, boolean shown) {
        if (!shown) {
            return Estimate.suppressedEstimate();
        }
        double[] samples = new double[boot.length];
        for (int b = 0; b < samples.length; b++) {
            samples[b] = boot[b][a][quantity][i];
        }
        double[] ci = Bootstrap.interval(samples);
        return Estimate.of(point[a][quantity][i], ci[0], ci[1]);
    }

    private double[][][] quantitiesAll(double[] ec) {
        double[][][] q = new double[slotsByAttribute.size()][][];
        for (int a = 0; a < q.length; a++) {
            q[a] = quantities(ec, slotsByAttribute.get(a), rateByAttribute.get(a));
        }
        return q;
    }

    /** Expected counts and ratios for one attribute's groups from (possibly resampled) extended counts. */
    private double[][] quantities(double[] ec, List<Slot> slots, double[] rates) {
        double k = ec[at(overall, ON)];
        double total = ec[at(overall, ALL)];
        double shownPersons = 0;
        double need = 0;
        for (int i = 0; i < slots.size(); i++) {
            int n = at(slots.get(i), ALL);
            if (!hidden[n]) {
                shownPersons += ec[n];
                need += ec[n] * (Double.isNaN(rates[i]) ? overallRate : rates[i]);
            }
        }
        need += (total - shownPersons) * overallRate;
        double[][] q = new double[4][slots.size()];
        for (int i = 0; i < slots.size(); i++) {
            double n = ec[at(slots.get(i), ALL)];
            double on = ec[at(slots.get(i), ON)];
            q[EXP_BASE][i] = k * n * rates[i] / need;
            q[EXP_POP][i] = k * n / total;
            q[RATIO_BASE][i] = on / q[EXP_BASE][i];
            q[RATIO_POP][i] = on / q[EXP_POP][i];
        }
        return q;
    }

    private Count count(int e) {
        return hidden[e] ? Count.suppressedCount() : Count.shown(table.get(e));
    }

    private int at(Slot s, int onList) {
        return table.index(s.at(onList));
    }

    private static double[] toDouble(int[] counts) {
        double[] d = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            d[i] = counts[i];
        }
        return d;
    }
}
