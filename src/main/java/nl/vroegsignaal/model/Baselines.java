package nl.vroegsignaal.model;

import java.util.List;
import java.util.Optional;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureMatrix;

/** Shared plumbing of the two baselines: finding a numeric feature by name, Platt calibration on validation. */
final class Baselines {
    private Baselines() {
    }

    /** The values of the named numeric feature, if the matrix has it. */
    static Optional<double[]> numeric(FeatureMatrix matrix, String name) {
        List<FeatureDefinition> defs = matrix.catalogue().features();
        for (int c = 0; c < defs.size(); c++) {
            if (defs.get(c).name().equals(name) && matrix.columns().get(c) instanceof FeatureColumn.Numeric n) {
                return Optional.of(n.values());
            }
        }
        return Optional.empty();
    }

    static byte[] labels(FeatureMatrix matrix, int[] rows) {
        byte[] y = new byte[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = matrix.label()[rows[i]];
        }
        return y;
    }

    /**
     * Platt scaling keeps a baseline's ranking exactly (it is strictly increasing), while making its Brier score
     * and calibration error comparable with the models'. Platt takes scores in [0, 1]; the caller maps its raw
     * score there with an increasing function.
     */
    static Calibration calibrate(double[] validationScores, FeatureMatrix matrix, int[] validationRows) {
        return Calibration.fitPlatt(validationScores, labels(matrix, validationRows));
    }
}
