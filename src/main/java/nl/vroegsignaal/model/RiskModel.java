package nl.vroegsignaal.model;

import nl.vroegsignaal.features.FeatureMatrix;

/**
 * Anything that gives every row of a {@link FeatureMatrix} a risk of VSV: a trained model with its calibration,
 * or a baseline. Later stages (signal lists, audit) use this and nothing else of the model stage.
 */
public interface RiskModel {

    /** What kind of model this is (for explanations and reports). */
    ModelKind kind();

    /** One line naming the model and its hyperparameters, e.g. {@code gradient-boosted trees (trees=300, ...)}. */
    String description();

    /** The uncalibrated score of the given rows: higher means more risk; not necessarily a probability. */
    double[] rawScores(FeatureMatrix matrix, int[] rows);

    /** The calibrated risk of the given rows, a probability in [0, 1]. */
    double[] score(FeatureMatrix matrix, int[] rows);

    /** The calibrated risk of every row of the matrix. */
    default double[] score(FeatureMatrix matrix) {
        return score(matrix, java.util.stream.IntStream.range(0, matrix.rows()).toArray());
    }

    /** The uncalibrated score of every row of the matrix. */
    default double[] rawScores(FeatureMatrix matrix) {
        return rawScores(matrix, java.util.stream.IntStream.range(0, matrix.rows()).toArray());
    }
}
