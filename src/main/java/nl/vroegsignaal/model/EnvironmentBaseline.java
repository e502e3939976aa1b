package nl.vroegsignaal.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * Each person gets the VSV rate observed in the training cohorts at their school and onderwijssoort: the
 * environment alone, nothing about the person. Small groups are shrunk towards their onderwijssoort's rate
 * (and that towards the overall rate) with a pseudo-count {@code k}: rate = (positives + k * parent rate) /
 * (persons + k), so a school with 5 pupils barely moves from its onderwijssoort's rate while one with 500
 * mostly speaks for itself. The raw score is that rate; the risk is it Platt-calibrated on the validation
 * cohort, which corrects a shift in the overall rate between cohorts and keeps the ranking.
 */
public final class EnvironmentBaseline implements RiskModel {
    private static final double EPS = 1e-6;

    private final Map<Long, Double> schoolRate;
    private final double[] onderwijssoortRate;
    private final double overallRate;
    private final double shrinkage;
    private final Calibration calibration;

    private EnvironmentBaseline(Map<Long, Double> schoolRate, double[] onderwijssoortRate, double overallRate,
                                double shrinkage, Calibration calibration) {
        this.schoolRate = schoolRate;
        this.onderwijssoortRate = onderwijssoortRate;
        this.overallRate = overallRate;
        this.shrinkage = shrinkage;
        this.calibration = calibration;
    }

    /**
     * Rates from the training rows, calibration on the validation rows; empty when the matrix carries no school
     * context (a table of the user's own).
     */
    public static Optional<EnvironmentBaseline> fit(FeatureMatrix matrix, int[] trainRows, int[] validationRows,
                                                    double shrinkage) {
        if (matrix.schoolCodes() == null || matrix.schoolCodes().isEmpty() || matrix.school() == null
                || matrix.onderwijssoort() == null) {
            return Optional.empty();
        }
        double positives = 0;
        double[] osPos = new double[256];
        double[] osN = new double[256];
        Map<Long, double[]> bySchool = new HashMap<>();
        for (int r : trainRows) {
            int y = matrix.label()[r];
            int os = matrix.onderwijssoort()[r] & 0xff;
            positives += y;
            osPos[os] += y;
            osN[os]++;
            bySchool.computeIfAbsent(key(matrix.school()[r], os), k -> new double[2]);
            double[] c = bySchool.get(key(matrix.school()[r], os));
            c[0] += y;
            c[1]++;
        }
        double overall = trainRows.length == 0 ? 0 : positives / trainRows.length;
        double[] osRate = new double[256];
        for (int os = 0; os < osRate.length; os++) {
            osRate[os] = (osPos[os] + shrinkage * overall) / (osN[os] + shrinkage);
            if (osN[os] + shrinkage == 0) {
                osRate[os] = overall;
            }
        }
        Map<Long, Double> schoolRate = new HashMap<>();
        for (Map.Entry<Long, double[]> e : bySchool.entrySet()) {
            double parent = osRate[(int) (e.getKey() & 0xff)];
            double[] c = e.getValue();
            schoolRate.put(e.getKey(), (c[0] + shrinkage * parent) / (c[1] + shrinkage));
        }
        EnvironmentBaseline uncalibrated = new EnvironmentBaseline(schoolRate, osRate, overall, shrinkage, null);
        return Optional.of(new EnvironmentBaseline(schoolRate, osRate, overall, shrinkage,
                Baselines.calibrate(uncalibrated.rawScores(matrix, validationRows), matrix, validationRows)));
    }

    private static long key(int school, int onderwijssoort) {
        return ((long) school << 8) | onderwijssoort;
    }

    @Override
    public ModelKind kind() {
        return ModelKind.ENVIRONMENT;
    }

    @Override
    public String description() {
        return "environment baseline (VSV rate of school and onderwijssoort in the training cohorts, shrinkage "
                + shrinkage + ")";
    }

    @Override
    public double[] rawScores(FeatureMatrix matrix, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            int os = matrix.onderwijssoort()[r] & 0xff;
            Double rate = schoolRate.get(key(matrix.school()[r], os));
            double p = rate != null ? rate : onderwijssoortRate[os];
            if (Double.isNaN(p)) {
                p = overallRate;
            }
            out[i] = Math.min(1 - EPS, Math.max(EPS, p));
        }
        return out;
    }

    @Override
    public double[] score(FeatureMatrix matrix, int[] rows) {
        return calibration.applyAll(rawScores(matrix, rows));
    }
}
