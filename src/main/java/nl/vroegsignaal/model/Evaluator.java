package nl.vroegsignaal.model;

import nl.vroegsignaal.disclosure.Disclosure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluates candidates on a test cohort: ranking (AUC-ROC, AUC-PR), calibration (Brier, log loss, expected
 * calibration error and the reliability table) and the headline at capacity (precision, recall, lift, split
 * by sector), each with a 95% percentile bootstrap interval over persons. Deterministic: the same inputs and
 * options give the same numbers.
 */
public final class Evaluator {
    private Evaluator() {
    }

    /** One candidate on its own; the same numbers as this candidate gets in {@link #evaluatePaired}. */
    public static Evaluation evaluate(EvaluationInput in, EvaluationOptions opt) {
        return evaluatePaired(List.of(in), null, opt).candidates().get(0);
    }

    /**
     * All candidates (and the oracle, when a truth file exists; else null) on the same persons and the same
     * bootstrap resamples, so that the ratio of each candidate's precision at capacity to the oracle's gets a
     * paired interval. Every input must hold the same rows in the same order (equal labels and sectors).
     */
    public static Comparison evaluatePaired(List<EvaluationInput> candidates, EvaluationInput oracle,
                                            EvaluationOptions opt) {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("evaluation: at least one candidate is needed");
        }
        if (opt == null) {
            throw new IllegalArgumentException("evaluation: options are required");
        }
        List<EvaluationInput> all = new ArrayList<>(candidates);
        if (oracle != null) {
            all.add(oracle);
        }
        requireSameRows(all);
        EvaluationInput first = all.get(0);
        int n = first.rows();
        int positives = 0;
        for (byte y : first.label()) {
            positives += y;
        }
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("evaluation: the evaluated rows need both labels, but " + positives
                    + " of " + n + " rows are positive");
        }
        int k = opt.capacity().resolve(n);
        List<RankedScores> ranked = new ArrayList<>();
        for (EvaluationInput in : all) {
            ranked.add(RankedScores.ofRisks(in.risk(), in.label(), in.sector(), opt.calibrationBins(),
                    Disclosure.MIN_PERSONS, k));
        }
        double[][][] samples = ResampledMetrics.resample(ranked, k, opt.bootstrapResamples(), opt.seed());
        List<Evaluation> evaluations = new ArrayList<>();
        for (int c = 0; c < all.size(); c++) {
            evaluations.add(evaluation(all.get(c), opt, ranked.get(c), k, samples[c]));
        }
        if (oracle == null) {
            return new Comparison(evaluations, null, List.of());
        }
        int o = all.size() - 1;
        List<Comparison.OracleRatio> ratios = new ArrayList<>();
        for (int c = 0; c < o; c++) {
            ratios.add(oracleRatio(evaluations.get(c), evaluations.get(o), samples[c], samples[o]));
        }
        return new Comparison(evaluations.subList(0, o), evaluations.get(o), ratios);
    }

    /**
     * Every input on the same persons and bootstrap resamples, and for each input after the first the paired
     * difference first minus it (precision and recall at capacity, AUC-PR), with its percentile interval over
     * the same resamples: what the first gains over each of the others.
     */
    public static Gains evaluateGains(List<EvaluationInput> inputs, EvaluationOptions opt) {
        if (inputs.size() < 2) {
            throw new IllegalArgumentException("evaluation: a gain needs at least two inputs");
        }
        requireSameRows(inputs);
        int k = opt.capacity().resolve(inputs.get(0).rows());
        List<RankedScores> ranked = new ArrayList<>();
        for (EvaluationInput in : inputs) {
            ranked.add(RankedScores.ofRisks(in.risk(), in.label(), in.sector(), opt.calibrationBins(),
                    Disclosure.MIN_PERSONS, k));
        }
        double[][][] samples = ResampledMetrics.resample(ranked, k, opt.bootstrapResamples(), opt.seed());
        List<Evaluation> evaluations = new ArrayList<>();
        for (int c = 0; c < inputs.size(); c++) {
            evaluations.add(evaluation(inputs.get(c), opt, ranked.get(c), k, samples[c]));
        }
        List<Gain> gains = new ArrayList<>();
        Evaluation first = evaluations.get(0);
        for (int c = 1; c < inputs.size(); c++) {
            Evaluation other = evaluations.get(c);
            gains.add(new Gain(
                    difference(first.atCapacity().precision(), other.atCapacity().precision(), samples[0],
                            samples[c], ResampledMetrics.PRECISION),
                    difference(first.atCapacity().recall(), other.atCapacity().recall(), samples[0], samples[c],
                            ResampledMetrics.RECALL),
                    difference(first.aucPr(), other.aucPr(), samples[0], samples[c], ResampledMetrics.AP)));
        }
        return new Gains(evaluations, gains);
    }

    /** What {@link #evaluateGains} returns: the evaluations in input order, and the gains of the first. */
    public record Gains(List<Evaluation> evaluations, List<Gain> gains) {
    }

    /** The first input minus another, on the same resamples: precision and recall at capacity, and AUC-PR. */
    public record Gain(Estimate precision, Estimate recall, Estimate aucPr) {
    }

    private static Estimate difference(Estimate a, Estimate b, double[][] ma, double[][] mb, int metric) {
        double[] d = new double[ma[metric].length];
        for (int i = 0; i < d.length; i++) {
            d[i] = ma[metric][i] - mb[metric][i];
        }
        return ResampledMetrics.estimate(a.value() - b.value(), d);
    }

    private static Evaluation evaluation(EvaluationInput in, EvaluationOptions opt, RankedScores r, int k,
                                         double[][] m) {
        String name = in.name();
        Tally t = r.tally(r.unitWeights(), k, new Tally());
        CapacityEstimate capacity = new CapacityEstimate(t.atCapacity(),
                ResampledMetrics.estimate(t.precision(), m[ResampledMetrics.PRECISION]),
                ResampledMetrics.estimate(t.recall(), m[ResampledMetrics.RECALL]),
                ResampledMetrics.estimate(t.lift(), m[ResampledMetrics.LIFT]));
        List<SectorResult> sectors = new ArrayList<>();
        if (r.sector != null) {
            for (SectorGroup g : SectorGroup.values()) {
                int s = g.ordinal();
                if (t.sectorRows[s] > 0) {
                    sectors.add(new SectorResult(g, (int) t.sectorRows[s], (int) t.sectorPos[s],
                            t.sectorSelected[s],
                            ResampledMetrics.estimate(t.sectorPrecision(s), m[ResampledMetrics.sectorPrecision(s)]),
                            ResampledMetrics.estimate(t.sectorRecall(s), m[ResampledMetrics.sectorRecall(s)]),
                            ResampledMetrics.estimate(t.sectorLift(s), m[ResampledMetrics.sectorLift(s)])));
                }
            }
        }
        ReliabilityTable reliability = Metrics.reliability(r);
        List<TopCalibration> top = TopCalibration.of(in.risk(), in.label());
        // every other cut of this ranking that the evaluation publishes, as a position from the top
        List<Integer> cuts = new ArrayList<>(List.of(k));
        top.forEach(c -> cuts.add(c.persons()));
        int fromBottom = 0;
        for (ReliabilityTable.Bin b : reliability.bins()) {
            fromBottom += b.n();
            cuts.add(r.n - fromBottom);
        }
        return new Evaluation(name, opt, (int) t.rows, (int) t.positives, t.baseRate(),
                ResampledMetrics.estimate(t.auc, m[ResampledMetrics.AUC]),
                ResampledMetrics.estimate(t.averagePrecision, m[ResampledMetrics.AP]),
                ResampledMetrics.estimate(t.brier, m[ResampledMetrics.BRIER]),
                ResampledMetrics.estimate(t.logLoss, m[ResampledMetrics.LOG_LOSS]),
                ResampledMetrics.estimate(t.ece, m[ResampledMetrics.ECE]),
                reliability, capacity, sectors, PrCurve.of(r, cuts),
                top);
    }

    private static Comparison.OracleRatio oracleRatio(Evaluation model, Evaluation oracle, double[][] m,
                                                      double[][] o) {
        double[] mp = m[ResampledMetrics.PRECISION];
        double[] op = o[ResampledMetrics.PRECISION];
        double[] ratio = new double[mp.length];
        double[] difference = new double[mp.length];
        for (int b = 0; b < mp.length; b++) {
            ratio[b] = mp[b] / op[b];
            difference[b] = mp[b] - op[b];
        }
        double pm = model.atCapacity().precision().value();
        double po = oracle.atCapacity().precision().value();
        return new Comparison.OracleRatio(model.name(), ResampledMetrics.estimate(pm / po, ratio),
                ResampledMetrics.estimate(pm - po, difference), mp.length > 0);
    }

    private static void requireSameRows(List<EvaluationInput> all) {
        EvaluationInput first = all.get(0);
        Set<String> names = new HashSet<>();
        for (EvaluationInput in : all) {
            if (!names.add(in.name())) {
                throw new IllegalArgumentException("evaluation: the name '" + in.name() + "' is used twice");
            }
            if (!Arrays.equals(in.label(), first.label()) || !Arrays.equals(in.sector(), first.sector())) {
                throw new IllegalArgumentException("evaluation: '" + in.name() + "' has other rows than '"
                        + first.name() + "' (labels or sectors differ); all candidates must score the same "
                        + "persons in the same order");
            }
        }
    }
}
