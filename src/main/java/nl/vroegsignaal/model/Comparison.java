package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All trained candidates (models and baselines) side by side, with the oracle (the true probabilities of
 * synthetic data) when there is one, and each candidate's precision at capacity relative to the oracle's.
 *
 * @param oracle       null when no truth file exists
 * @param oracleRatios one per candidate when there is an oracle, else empty
 */
public record Comparison(List<Evaluation> candidates, Evaluation oracle, List<OracleRatio> oracleRatios) {

    public Comparison {
        candidates = List.copyOf(candidates);
        oracleRatios = List.copyOf(oracleRatios);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("comparison: at least one candidate is needed");
        }
    }

    /**
     * Candidates evaluated separately: ratios to the oracle are point values without interval, since the
     * resamples were not shared. Prefer {@link Evaluator#evaluatePaired}.
     */
    public static Comparison unpaired(List<Evaluation> candidates, Evaluation oracle) {
        List<OracleRatio> ratios = new ArrayList<>();
        if (oracle != null) {
            double po = oracle.atCapacity().precision().value();
            for (Evaluation e : candidates) {
                double pm = e.atCapacity().precision().value();
                ratios.add(new OracleRatio(e.name(), Estimate.pointOnly(pm / po), Estimate.pointOnly(pm - po),
                        false));
            }
        }
        return new Comparison(candidates, oracle, ratios);
    }

    /**
     * Precision at capacity of a candidate relative to the oracle: ratio (model / oracle) and difference
     * (model - oracle).
     *
     * @param paired true when computed on shared resamples, so the intervals account for the pairing
     */
    public record OracleRatio(String candidate, Estimate precisionRatio, Estimate precisionDifference,
                              boolean paired) {
    }

    /** One row of the comparison table; {@code ratioToOracle} is null for the oracle itself or without one. */
    public record Row(Evaluation evaluation, boolean oracle, OracleRatio ratioToOracle) {
    }

    /** Candidates in the given order, then the oracle. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Evaluation e : candidates) {
            rows.add(new Row(e, false, ratioFor(e.name()).orElse(null)));
        }
        if (oracle != null) {
            rows.add(new Row(oracle, true, null));
        }
        return rows;
    }

    public Optional<OracleRatio> ratioFor(String candidate) {
        return oracleRatios.stream().filter(r -> r.candidate().equals(candidate)).findFirst();
    }

    public Optional<Evaluation> candidate(String name) {
        return candidates.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
