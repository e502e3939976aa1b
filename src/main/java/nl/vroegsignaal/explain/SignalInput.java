package nl.vroegsignaal.explain;

import nl.vroegsignaal.features.FeatureMatrix;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * What the explainer needs of the model stage: the Tribuo model, how rows become its examples, and the
 * population at the peildatum with each person's model score and calibrated risk.
 *
 * @param model    the trained Tribuo model whose scores are explained
 * @param examples the model stage's encoding of matrix rows into examples
 * @param matrix   the feature matrix (may hold several peildata)
 * @param rows     the matrix rows of the population at the peildatum
 * @param score    per entry of {@code rows}, the model's P("1"): the uncalibrated score
 * @param risk     per entry of {@code rows}, the calibrated risk (a monotone map of the score)
 */
public record SignalInput(Model<Label> model, ExampleSource examples, FeatureMatrix matrix, int[] rows,
                          double[] score, double[] risk) {
    public SignalInput {
        if (score.length != rows.length || risk.length != rows.length) {
            throw new IllegalArgumentException("one score and one risk per row: " + rows.length + " rows, "
                    + score.length + " scores, " + risk.length + " risks");
        }
    }
}
