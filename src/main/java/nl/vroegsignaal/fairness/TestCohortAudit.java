package nl.vroegsignaal.fairness;

import static nl.vroegsignaal.fairness.Metric.Axis.ALL;
import static nl.vroegsignaal.fairness.Metric.Axis.NEG;
import static nl.vroegsignaal.fairness.Metric.Axis.NOT;
import static nl.vroegsignaal.fairness.Metric.Axis.POS;
import static nl.vroegsignaal.fairness.Metric.Axis.SEL;

import java.util.ArrayList;
import nl.vroegsignaal.disclosure.CountTable;
import nl.vroegsignaal.disclosure.Recoding;
import nl.vroegsignaal.disclosure.TableProtection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.core.Bootstrap;
import nl.vroegsignaal.fairness.GroupLayout.Slot;

/**
 * The audit of a labelled cohort. One table attributes x outcome x selection holds every count; all
 * groups are slots in it, so one suppression pass covers the single attributes, the intersection and the totals
 * together, and one bootstrap pass yields every group's metrics per resample.
 */
final class TestCohortAudit {
    private static final Metric[] METRICS = Metric.values();

    private final AuditOptions opt;
    private final MergedGroups merged;
    private final GroupLayout layout;
    private final CountTable table;
    private final boolean[] hidden;
    private final double[] riskSums;
    private final List<Slot> slots = new ArrayList<>();
    /** Per slot and metric: bootstrap values of the metric (for calibration: O/E). */
    private final double[][][] boot;
    /** Per slot: bootstrap values of the mean predicted risk. */
    private final double[][] bootMeanRisk;
    private final Attribution attribution;

    private TestCohortAudit(AuditInput in, AuditOptions opt) {
        this.opt = opt;
        // global recoding first: a lone small group is reported with the largest of its attribute
        GroupLayout raw = GroupLayout.of(in.attributes());
        int[] rawCounts = new int[raw.cells() * 4];
        for (int r = 0; r < in.rows(); r++) {
            rawCounts[cellOf(raw, in, r)]++;
        }
        this.merged = raw.merges(Recoding.absorptions(CountTable.ofInterior(raw.dims(2, 2), rawCounts), raw.axes()));
        this.layout = GroupLayout.of(in.attributes(), merged);
        int[] dims = layout.dims(2, 2);
        int cells = layout.cells() * 4;
        int[] cellOfRow = new int[in.rows()];
        int[] counts = new int[cells];
        double[] risk = new double[cells];
        for (int r = 0; r < cellOfRow.length; r++) {
            cellOfRow[r] = cellOf(layout, in, r);
            counts[cellOfRow[r]]++;
            risk[cellOfRow[r]] += in.risk()[r];
        }
        this.table = CountTable.ofInterior(dims, counts);
        this.hidden = TableProtection.protectByLines(table, layout.axes());
        this.riskSums = Margins.extend(dims, risk);

        slots.add(layout.overall());
        for (ProtectedAttribute a : layout.groupings()) {
            slots.addAll(layout.slots(a));
        }
        int resamples = opt.bootstrapResamples();
        boot = new double[slots.size()][METRICS.length][resamples];
        bootMeanRisk = new double[slots.size()][resamples];
        double[] ec = new double[table.size()];
        double[] es = new double[table.size()];
        attribution = new Attribution(in, opt, layout, dims, table, hidden, riskSums, slots);
        CellResamples.run(opt.seed(), resamples, cellOfRow, cells, in.risk(), attribution.pairedCells,
                (b, c, s, p) -> {
            Margins.extendInto(dims, c, ec);
            Margins.extendInto(dims, s, es);
            for (int k = 0; k < slots.size(); k++) {
                Slot slot = slots.get(k);
                int n = at(slot, ALL, ALL);
                for (Metric m : METRICS) {
                    boot[k][m.ordinal()][b] = m == Metric.CALIBRATION ? ec[at(slot, POS, ALL)] / es[n]
                            : ec[at(slot, m.numLabel, m.numSel)] / ec[at(slot, m.denLabel, m.denSel)];
                }
                bootMeanRisk[k][b] = es[n] / ec[n];
            }
            attribution.accept(b, ec, es, p);
        });
    }

    /** A row's interior cell in the table attributes x outcome x selection of {@code layout}. */
    private static int cellOf(GroupLayout layout, AuditInput in, int r) {
        int outcome = in.label()[r] == 1 ? POS : NEG;
        int selection = in.selected()[r] ? SEL : NOT;
        return (layout.cellOfRow[r] * 2 + outcome) * 2 + selection;
    }

    static FairnessAudit run(AuditInput in, AuditOptions opt) {
        return new TestCohortAudit(in, opt).result();
    }

    private FairnessAudit result() {
        GroupMetrics overall = metrics(0);
        List<AttributeAudit> attributes = new ArrayList<>();
        List<Disparity> allDisparities = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        References.checkNamed(opt, layout.groupings());
        for (ProtectedAttribute a : layout.groupings()) {
            AttributeAudit audit = attribute(a, findings);
            attributes.add(audit);
            allDisparities.addAll(audit.disparities());
        }
        return new FairnessAudit(opt, overall, attributes, Comparisons.count(allDisparities, Wilson.ERROR_RATE),
                attribution.rankings, Findings.ordered(findings, opt, layout.groupings()), merged);
    }

    private AttributeAudit attribute(ProtectedAttribute a, List<Finding> findings) {
        List<Integer> ks = new ArrayList<>();
        List<GroupMetrics> groups = new ArrayList<>();
        Map<Integer, GroupMetrics> bySlot = new java.util.HashMap<>();
        for (int k = 0; k < slots.size(); k++) {
            if (slots.get(k).key() != null && slots.get(k).key().attribute().equals(a)) {
                ks.add(k);
                groups.add(metrics(k));
                bySlot.put(k, groups.get(groups.size() - 1));
            }
        }
        int ref = References.choose(a, named(a), slots, ks,
                k -> table.get(at(slots.get(k), ALL, ALL)));
        GroupMetrics reference = groups.get(ks.indexOf(ref));
        List<Disparity> disparities = new ArrayList<>();
        for (Metric m : METRICS) {
            if (!m.isJudged()) {
                continue;
            }
            for (int i = 0; i < ks.size(); i++) {
                int k = ks.get(i);
                if (k != ref) {
                    disparities.add(disparity(groups.get(i), reference, m, boot[k][m.ordinal()],
                            boot[ref][m.ordinal()]));
                }
            }
        }
        findings.addAll(attribution.findings(ks, ref, bySlot, disparities));
        return new AttributeAudit(a, reference.group(), groups, disparities, spreads(groups),
                attribution.world(ks, ref, bySlot));
    }

    /** The reference group named in the options, by its merged code when it was merged (see {@link MergedGroups}). */
    private String named(ProtectedAttribute a) {
        String named = opt.referenceGroups().get(a.key());
        MergedGroups.Merge m = merged.of(a);
        return m != null && (m.into().equals(named) || m.absorbed().equals(named)) ? m.code() : named;
    }

    private Disparity disparity(GroupMetrics g, GroupMetrics ref, Metric m, double[] bootG, double[] bootRef) {
        Estimate ratio;
        if (!g.shown(m) || !ref.shown(m)) {
            ratio = Estimate.suppressedEstimate();
        } else {
            double[] r = new double[bootG.length];
            for (int b = 0; b < r.length; b++) {
                r[b] = bootG[b] / bootRef[b];
            }
            double[] ci = Bootstrap.interval(r);
            ratio = Estimate.of(g.value(m) / ref.value(m), ci[0], ci[1]);
        }
        return new Disparity(g.group(), ref.group(), m, ratio, Verdict.of(ratio, opt.bandLow(), opt.bandHigh()));
    }

    static List<MetricSpread> spreads(List<GroupMetrics> groups) {
        List<MetricSpread> spreads = new ArrayList<>();
        for (Metric m : METRICS) {
            GroupMetrics low = null;
            GroupMetrics high = null;
            int shown = 0;
            for (GroupMetrics g : groups) {
                if (g.shown(m)) {
                    shown++;
                    low = low == null || g.value(m) < low.value(m) ? g : low;
                    high = high == null || g.value(m) > high.value(m) ? g : high;
                }
            }
            if (shown >= 2) {
                spreads.add(new MetricSpread(m, low.group(), high.group(), low.value(m) / high.value(m)));
            }
        }
        return spreads;
    }

    private GroupMetrics metrics(int k) {
        Slot s = slots.get(k);
        Map<Metric, Rate> rates = new EnumMap<>(Metric.class);
        for (Metric m : METRICS) {
            if (m.isProportion()) {
                int num = at(s, m.numLabel, m.numSel);
                int den = at(s, m.denLabel, m.denSel);
                rates.put(m, Wilson.rate(table.get(num), hidden[num], table.get(den), hidden[den]));
            }
        }
        ConfusionCounts confusion = new ConfusionCounts(count(s, POS, SEL), count(s, NEG, SEL), count(s, POS, NOT),
                count(s, NEG, NOT), count(s, POS, ALL), count(s, NEG, ALL), count(s, ALL, SEL), count(s, ALL, NOT));
        int n = at(s, ALL, ALL);
        Estimate meanRisk = hidden[n] ? Estimate.suppressedEstimate()
                : estimate(riskSums[n] / table.get(n), bootMeanRisk[k]);
        Rate observed = rates.get(Metric.BASE_RATE);
        Estimate oe = observed.suppressed() ? Estimate.suppressedEstimate()
                : estimate(table.get(at(s, POS, ALL)) / riskSums[n], boot[k][Metric.CALIBRATION.ordinal()]);
        return new GroupMetrics(s.key(), count(s, ALL, ALL), confusion, rates, new Calibration(meanRisk, observed, oe));
    }

    private static Estimate estimate(double value, double[] samples) {
        double[] ci = Bootstrap.interval(samples);
        return Estimate.of(value, ci[0], ci[1]);
    }

    private Count count(Slot s, int outcome, int selection) {
        int e = at(s, outcome, selection);
        return hidden[e] ? Count.suppressedCount() : Count.shown(table.get(e));
    }

    private int at(Slot s, int outcome, int selection) {
        return table.index(s.at(outcome, selection));
    }
}
