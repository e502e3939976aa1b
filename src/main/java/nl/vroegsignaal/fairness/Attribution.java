package nl.vroegsignaal.fairness;

import static nl.vroegsignaal.fairness.Metric.Axis.ALL;
import static nl.vroegsignaal.fairness.Metric.Axis.NOT;
import static nl.vroegsignaal.fairness.Metric.Axis.POS;
import static nl.vroegsignaal.fairness.Metric.Axis.SEL;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.core.Bootstrap;
import nl.vroegsignaal.disclosure.CountTable;
import nl.vroegsignaal.disclosure.TableProtection;
import nl.vroegsignaal.fairness.GroupLayout.Slot;

/**
 * The figures of the model beside those of the rankings without it (today's practice, the oracle), at the same
 * capacity on the same persons: per group the recall, the selection rate, the share of the list and the share of
 * all leavers, each resampled with the model's figures in one bootstrap pass so that ratios between rankings are
 * paired. Each ranking's table is suppressed on its own with the same rule as the model's.
 */
final class Attribution {
    private final AuditOptions opt;
    private final List<Slot> slots;
    private final int[] dims;
    final List<Ranking> rankings = new ArrayList<>();
    /** Per ranking (model first): the table and its suppression. */
    private final List<CountTable> tables = new ArrayList<>();
    private final List<boolean[]> hidden = new ArrayList<>();
    /** Per ranking other than the model: the cell of each row. */
    final int[][] pairedCells;
    /** [ranking][slot][resample]. */
    private final double[][][] recall;
    private final double[][][] selection;
    private final double[][][] listShare;
    /** [slot][resample]: the share of all leavers; observed minus expected rate. */
    private final double[][] leaverShare;
    private final double[][] observedMinusExpected;
    private final double[] riskSums;
    private final double[] extended;

    Attribution(AuditInput in, AuditOptions opt, GroupLayout layout, int[] dims, CountTable model,
                boolean[] modelHidden, double[] riskSums, List<Slot> slots) {
        this.opt = opt;
        this.slots = slots;
        this.dims = dims;
        this.riskSums = riskSums;
        rankings.add(Ranking.MODEL);
        tables.add(model);
        hidden.add(modelHidden);
        List<int[]> cells = new ArrayList<>();
        for (Ranking r : Ranking.values()) {
            boolean[] sel = in.others().get(r);
            if (sel == null) {
                continue;
            }
            int[] cellOfRow = new int[in.rows()];
            int[] counts = new int[interiorSize(dims)];
            for (int row = 0; row < cellOfRow.length; row++) {
                int outcome = in.label()[row] == 1 ? POS : Metric.Axis.NEG;
                cellOfRow[row] = (layout.cellOfRow[row] * 2 + outcome) * 2 + (sel[row] ? SEL : NOT);
                counts[cellOfRow[row]]++;
            }
            CountTable t = CountTable.ofInterior(dims, counts);
            rankings.add(r);
            tables.add(t);
            hidden.add(TableProtection.protectByLines(t, layout.axes()));
            cells.add(cellOfRow);
        }
        pairedCells = cells.toArray(new int[0][]);
        int resamples = opt.bootstrapResamples();
        recall = new double[rankings.size()][slots.size()][resamples];
        selection = new double[rankings.size()][slots.size()][resamples];
        listShare = new double[rankings.size()][slots.size()][resamples];
        leaverShare = new double[slots.size()][resamples];
        observedMinusExpected = new double[slots.size()][resamples];
        extended = new double[model.size()];
    }

    private static int interiorSize(int[] dims) {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    /** One resample: the model's extended counts and risk sums, and the others' interior counts. */
    void accept(int b, double[] ecModel, double[] esModel, double[][] othersInterior) {
        for (int j = 0; j < rankings.size(); j++) {
            double[] ec = ecModel;
            if (j > 0) {
                Margins.extendInto(dims, othersInterior[j - 1], extended);
                ec = extended;
            }
            Slot overall = slots.get(0);
            double selectedAll = ec[at(overall, ALL, SEL)];
            for (int k = 0; k < slots.size(); k++) {
                Slot s = slots.get(k);
                recall[j][k][b] = ec[at(s, POS, SEL)] / ec[at(s, POS, ALL)];
                selection[j][k][b] = ec[at(s, ALL, SEL)] / ec[at(s, ALL, ALL)];
                listShare[j][k][b] = ec[at(s, ALL, SEL)] / selectedAll;
                if (j == 0) {
                    leaverShare[k][b] = ec[at(s, POS, ALL)] / ec[at(overall, POS, ALL)];
                    observedMinusExpected[k][b] = (ec[at(s, POS, ALL)] - esModel[at(s, ALL, ALL)])
                            / ec[at(s, ALL, ALL)];
                }
            }
        }
    }

    /** The findings of one grouping against its reference slot {@code ref}, unordered. */
    List<Finding> findings(List<Integer> ks, int ref, Map<Integer, GroupMetrics> metrics, List<Disparity> ds) {
        List<Finding> out = new ArrayList<>();
        for (int k : ks) {
            GroupKey g = slots.get(k).key();
            if (k != ref) {
                GroupKey r = slots.get(ref).key();
                calibration(g, r, k, ref, metrics, ds).ifPresent(out::add);
                compared(g, r, FindingMetric.RECALL, k, ref).ifPresent(out::add);
                compared(g, r, FindingMetric.SELECTION_RATE, k, ref).ifPresent(out::add);
            }
            listShare(g, k).ifPresent(out::add);
        }
        return out;
    }

    private java.util.Optional<Finding> calibration(GroupKey g, GroupKey r, int k, int ref,
                                                    Map<Integer, GroupMetrics> metrics, List<Disparity> ds) {
        Disparity d = ds.stream().filter(x -> x.metric() == Metric.CALIBRATION && x.group().equals(g))
                .findFirst().orElseThrow();
        if (d.verdict() != Verdict.BUITEN_BAND) {
            return java.util.Optional.empty();
        }
        Slot s = slots.get(k);
        int n = at(s, ALL, ALL);
        double diff = (tables.get(0).get(at(s, POS, ALL)) - riskSums[n]) / tables.get(0).get(n);
        Figures f = new Figures(metrics.get(k).calibration().observedToExpected(),
                metrics.get(ref).calibration().observedToExpected(), d.ratio(),
                estimate(diff, observedMinusExpected[k]));
        return java.util.Optional.of(new Finding(g, r, FindingMetric.CALIBRATION, FindingKind.MISJUDGED_RISK,
                Map.of(Ranking.MODEL, f), Estimate.suppressedEstimate(), Estimate.suppressedEstimate(), d.verdict(),
                Cause.MODEL));
    }

    /** Every group of a grouping beside the world: list share and recall per ranking. */
    List<GroupWorld> world(List<Integer> ks, int ref, Map<Integer, GroupMetrics> metrics) {
        List<GroupWorld> out = new ArrayList<>();
        for (int k : ks) {
            out.add(new GroupWorld(slots.get(k).key(), metrics.get(k).rates().get(Metric.BASE_RATE),
                    listShareFigures(k), k == ref ? Map.of() : comparedFigures(FindingMetric.RECALL, k, ref)));
        }
        return out;
    }

    private Map<Ranking, Figures> comparedFigures(FindingMetric metric, int k, int ref) {
        Map<Ranking, Figures> figures = new EnumMap<>(Ranking.class);
        double[][][] boot = metric == FindingMetric.RECALL ? recall : selection;
        for (int j = 0; j < rankings.size(); j++) {
            figures.put(rankings.get(j), metric == FindingMetric.RECALL
                    ? figures(boot[j][k], boot[j][ref], rate(j, k, POS, SEL, POS, ALL), rate(j, ref, POS, SEL,
                    POS, ALL))
                    : figures(boot[j][k], boot[j][ref], rate(j, k, ALL, SEL, ALL, ALL), rate(j, ref, ALL, SEL,
                    ALL, ALL)));
        }
        return figures;
    }

    private Map<Ranking, Figures> listShareFigures(int k) {
        Map<Ranking, Figures> figures = new EnumMap<>(Ranking.class);
        Slot s = slots.get(k);
        Slot all = slots.get(0);
        for (int j = 0; j < rankings.size(); j++) {
            boolean shown = shown(j, at(s, ALL, SEL)) && shown(0, at(s, POS, ALL));
            if (!shown) {
                figures.put(rankings.get(j), Figures.suppressedFigures());
                continue;
            }
            double list = (double) tables.get(j).get(at(s, ALL, SEL)) / tables.get(j).get(at(all, ALL, SEL));
            double leavers = (double) tables.get(0).get(at(s, POS, ALL)) / tables.get(0).get(at(all, POS, ALL));
            figures.put(rankings.get(j), figures(list, leavers, listShare[j][k], leaverShare[k]));
        }
        return figures;
    }

    private java.util.Optional<Finding> compared(GroupKey g, GroupKey r, FindingMetric metric, int k, int ref) {
        Map<Ranking, Figures> figures = comparedFigures(metric, k, ref);
        double[][][] boot = metric == FindingMetric.RECALL ? recall : selection;
        Figures model = figures.get(Ranking.MODEL);
        Verdict verdict = Verdict.of(model.ratio(), opt.bandLow(), opt.bandHigh());
        int w = worldRanking();
        Estimate excess = w < 0 ? Estimate.suppressedEstimate() : excess(model, figures.get(rankings.get(w)),
                ratios(boot[0][k], boot[0][ref]), ratios(boot[w][k], boot[w][ref]));
        boolean excessLow = !excess.suppressed() && excess.upper() < opt.bandLow();
        boolean excessOut = excessLow || (!excess.suppressed() && excess.lower() > opt.bandHigh());
        FindingKind kind;
        Cause cause;
        // the model's own gap must lie outside the band as well: a gap inside it is no finding, however much
        // narrower the world's is
        if (metric == FindingMetric.RECALL && excessLow && verdict == Verdict.BUITEN_BAND
                && model.ratio().value() < 1) {
            kind = FindingKind.MISSED_LEAVERS;
            cause = Cause.MODEL;
        } else if (verdict != Verdict.BUITEN_BAND) {
            return java.util.Optional.empty();
        } else if (w < 0) {
            if (metric != FindingMetric.RECALL || model.ratio().value() >= 1) {
                return java.util.Optional.empty();
            }
            kind = FindingKind.MISSED_LEAVERS;
            cause = Cause.UNKNOWN;
        } else if (excessOut) {
            // a selection-rate gap the model widens is reported as the group's list share
            return java.util.Optional.empty();
        } else {
            kind = FindingKind.FOLLOWS_BASE_RATE;
            cause = Cause.WORLD;
        }
        return java.util.Optional.of(new Finding(g, r, metric, kind, figures, excess, Estimate.suppressedEstimate(),
                verdict, cause));
    }

    private java.util.Optional<Finding> listShare(GroupKey g, int k) {
        Map<Ranking, Figures> figures = listShareFigures(k);
        Figures model = figures.get(Ranking.MODEL);
        if (model.suppressed()) {
            return java.util.Optional.empty();
        }
        Verdict verdict = Verdict.of(model.ratio(), opt.bandLow(), opt.bandHigh());
        int w = worldRanking();
        Estimate excess = w < 0 ? Estimate.suppressedEstimate() : excess(model, figures.get(rankings.get(w)),
                ratios(listShare[0][k], leaverShare[k]), ratios(listShare[w][k], leaverShare[k]));
        Estimate practice = practiceExcess(figures, k);
        FindingKind kind = FindingKind.LIST_SHARE;
        Cause cause;
        // the model's own share must lie outside the band as well as its gap against the world
        if (outside(excess) && verdict == Verdict.BUITEN_BAND) {
            cause = Cause.MODEL;
        } else if (outside(practice) && Verdict.of(figures.get(Ranking.TODAY).ratio(), opt.bandLow(),
                opt.bandHigh()) == Verdict.BUITEN_BAND) {
            cause = Cause.PRACTICE;
        } else if (verdict != Verdict.BUITEN_BAND) {
            return java.util.Optional.empty();
        } else if (w < 0) {
            cause = Cause.UNKNOWN;
        } else {
            kind = FindingKind.FOLLOWS_BASE_RATE;
            cause = Cause.WORLD;
        }
        return java.util.Optional.of(new Finding(g, null, FindingMetric.LIST_SHARE, kind, figures, excess, practice,
                verdict, cause));
    }

    private boolean outside(Estimate e) {
        return !e.suppressed() && (e.upper() < opt.bandLow() || e.lower() > opt.bandHigh());
    }

    /** Today's practice's list-share ratio over the oracle's, paired; suppressed without both rankings. */
    private Estimate practiceExcess(Map<Ranking, Figures> figures, int k) {
        int today = rankings.indexOf(Ranking.TODAY);
        int oracle = rankings.indexOf(Ranking.ORACLE);
        if (today < 0 || oracle < 0) {
            return Estimate.suppressedEstimate();
        }
        return excess(figures.get(Ranking.TODAY), figures.get(Ranking.ORACLE),
                ratios(listShare[today][k], leaverShare[k]), ratios(listShare[oracle][k], leaverShare[k]));
    }

    /** The ranking that shows what the world gives: the oracle when there is one, else today's practice; -1. */
    private int worldRanking() {
        int today = rankings.indexOf(Ranking.TODAY);
        int oracle = rankings.indexOf(Ranking.ORACLE);
        return oracle >= 0 ? oracle : today;
    }

    private Estimate excess(Figures model, Figures world, double[] modelRatios, double[] worldRatios) {
        if (model.suppressed() || world.suppressed()) {
            return Estimate.suppressedEstimate();
        }
        double[] e = new double[modelRatios.length];
        for (int b = 0; b < e.length; b++) {
            e[b] = modelRatios[b] / worldRatios[b];
        }
        double[] ci = Bootstrap.interval(e);
        return Estimate.of(model.ratio().value() / world.ratio().value(), ci[0], ci[1]);
    }

    /** A rate's point value from ranking j's table, or NaN when its counts are hidden. */
    private double rate(int j, int k, int numLabel, int numSel, int denLabel, int denSel) {
        Slot s = slots.get(k);
        int num = at(s, numLabel, numSel);
        int den = at(s, denLabel, denSel);
        if (!shown(j, num) || !shown(j, den) || tables.get(j).get(den) == 0) {
            return Double.NaN;
        }
        return (double) tables.get(j).get(num) / tables.get(j).get(den);
    }

    private static Figures figures(double[] bootG, double[] bootRef, double g, double ref) {
        if (Double.isNaN(g) || Double.isNaN(ref)) {
            return Figures.suppressedFigures();
        }
        return figures(g, ref, bootG, bootRef);
    }

    private static Figures figures(double g, double ref, double[] bootG, double[] bootRef) {
        double[] diff = new double[bootG.length];
        for (int b = 0; b < diff.length; b++) {
            diff[b] = bootG[b] - bootRef[b];
        }
        return new Figures(estimate(g, bootG), estimate(ref, bootRef), estimate(g / ref, ratios(bootG, bootRef)),
                estimate(g - ref, diff));
    }

    private static double[] ratios(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = a[i] / b[i];
        }
        return r;
    }

    private static Estimate estimate(double value, double[] samples) {
        double[] ci = Bootstrap.interval(samples);
        return Estimate.of(value, ci[0], ci[1]);
    }

    private boolean shown(int j, int flat) {
        return !hidden.get(j)[flat];
    }

    private int at(Slot s, int outcome, int selection) {
        return tables.get(0).index(s.at(outcome, selection));
    }
}
