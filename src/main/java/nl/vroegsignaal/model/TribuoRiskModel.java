package nl.vroegsignaal.model;

import java.util.List;
import nl.vroegsignaal.features.ContactInput;
import nl.vroegsignaal.features.FeatureMatrix;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * A trained Tribuo model with the encoding it was trained with and its calibration: the raw score is the model's
 * probability of VSV, the risk is that probability calibrated on the validation cohort.
 */
public final class TribuoRiskModel implements RiskModel {
    /** Rows encoded and predicted at a time: bounds the memory of scoring a large population. */
    private static final int BATCH = 50_000;

    private final Model<Label> model;
    private final FeatureEncoding encoding;
    private final Calibration calibration;
    private final ModelKind kind;
    private final String description;

    public TribuoRiskModel(Model<Label> model, FeatureEncoding encoding, Calibration calibration, ModelKind kind,
                           String description) {
        this.model = model;
        this.encoding = encoding;
        this.calibration = calibration;
        this.kind = kind;
        this.description = description;
    }

    @Override
    public ModelKind kind() {
        return kind;
    }

    @Override
    public String description() {
        return description;
    }

    /** The Tribuo model (for explanations: coefficients, feature importance). */
    public Model<Label> tribuoModel() {
        return model;
    }

    public FeatureEncoding encoding() {
        return encoding;
    }

    public Calibration calibration() {
        return calibration;
    }

    /**
     * The matrix as this model reads it: for a model trained with the recorded contact input
     * ({@code contacts.training: feature}) a matrix without that input is read as not contacted (0 for every row,
     * the signal list's rule, see {@link ContactInput}); any other matrix as it is.
     */
    public FeatureMatrix readable(FeatureMatrix matrix) {
        return ContactInput.forModel(matrix, encoding.columns().stream().map(FeatureEncoding.EncodedColumn::name)
                .toList());
    }

    @Override
    public double[] rawScores(FeatureMatrix given, int[] rows) {
        FeatureMatrix matrix = readable(given);
        encoding.checkMatches(matrix, "scoring data");
        ExampleEncoder encoder = new ExampleEncoder(encoding, matrix);
        double[] out = new double[rows.length];
        for (int from = 0; from < rows.length; from += BATCH) {
            int to = Math.min(rows.length, from + BATCH);
            List<Example<Label>> batch = new java.util.ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                batch.add(encoder.example(rows[i], org.tribuo.classification.LabelFactory.UNKNOWN_LABEL));
            }
            double[] p = positiveProbabilities(model, batch);
            System.arraycopy(p, 0, out, from, p.length);
        }
        return out;
    }

    /**
     * The Tribuo examples of the given rows, encoded exactly as for scoring: explanations must see the same
     * inputs as the model's score, or they would not add up to it.
     */
    public List<Example<Label>> examples(FeatureMatrix given, int[] rows) {
        FeatureMatrix matrix = readable(given);
        encoding.checkMatches(matrix, "scoring data");
        ExampleEncoder encoder = new ExampleEncoder(encoding, matrix);
        List<Example<Label>> out = new java.util.ArrayList<>(rows.length);
        for (int row : rows) {
            out.add(encoder.example(row, org.tribuo.classification.LabelFactory.UNKNOWN_LABEL));
        }
        return out;
    }

    @Override
    public double[] score(FeatureMatrix matrix, int[] rows) {
        return calibration.applyAll(rawScores(matrix, rows));
    }

    /** P("1") per example, from the model's output scores. */
    static double[] positiveProbabilities(Model<Label> model, List<Example<Label>> examples) {
        List<Prediction<Label>> predictions = model.predict(examples);
        double[] p = new double[predictions.size()];
        for (int i = 0; i < p.length; i++) {
            Label one = predictions.get(i).getOutputScores().get(ExampleEncoder.POSITIVE.getLabel());
            p[i] = one == null ? 0.0 : one.getScore();
        }
        return p;
    }
}
