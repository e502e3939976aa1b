package nl.vroegsignaal.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * The model stage's one seam with the evaluation side: calibration fitting, the evaluation of every ranking on
 * the test rows, and the evaluation files. Until the merge it runs on {@link ScoreCalibration} and
 * {@link InterimEvaluation}; after it, these calls go to {@code Calibration.fitPlatt/fitIsotonic},
 * {@code Evaluator.evaluatePaired} and {@code EvaluationJson/EvaluationHtml.write}, and nothing else in the
 * model stage changes.
 */
public final class TrainingReport {
    /** The evaluation files this report writes into a model folder. */
    public static final List<String> FILES = List.of("evaluation.json");

    private final Interim data;

    private TrainingReport(Interim data) {
        this.data = data;
    }

    /** INTERIM content of evaluation.json (keys sorted on write). */
    record Interim(String status, String split, List<String> notes, String capacity, String savedModel,
                   List<CandidateResult> validation, List<InterimEvaluation.Row> test) {
    }

    static ScoreCalibration fitCalibration(CalibrationMethod method, double[] scores, byte[] labels) {
        return method == CalibrationMethod.PLATT ? ScoreCalibration.fitPlatt(scores, labels)
                : ScoreCalibration.fitIsotonic(scores, labels);
    }

    /** Every compared ranking (models and baselines) on the test rows of a fresh training. */
    public static TrainingReport ofTraining(TrainingResult result, FeatureMatrix matrix, EvaluateSettings settings,
                                            long seed) {
        int[] test = result.rows().test();
        byte[] label = Baselines.labels(matrix, test);
        int capacity = settings.capacity().resolve(test.length);
        List<InterimEvaluation.Row> rows = new ArrayList<>();
        for (RiskModel model : result.compared()) {
            String name = model == result.chosen() ? model.description() + " [saved]" : model.description();
            rows.add(InterimEvaluation.evaluate(name, model.kind(), model.score(matrix, test), label, capacity,
                    settings.calibrationBins()));
        }
        return new TrainingReport(new Interim(status(), result.split().describe(), result.notes(),
                settings.capacity() + " = " + capacity + " persons", result.chosen().description() + "; "
                + result.choiceReason(), result.candidates(), rows));
    }

    /** A saved model evaluated on the given labelled rows of other data (the {@code evaluate} command). */
    public static TrainingReport ofModel(RiskModel model, FeatureMatrix matrix, int[] rows, String rowsDescription,
                                         List<String> notes, EvaluateSettings settings, long seed) {
        byte[] label = Baselines.labels(matrix, rows);
        int capacity = settings.capacity().resolve(rows.length);
        InterimEvaluation.Row row = InterimEvaluation.evaluate(model.description(), model.kind(),
                model.score(matrix, rows), label, capacity, settings.calibrationBins());
        return new TrainingReport(new Interim(status(), rowsDescription, notes, settings.capacity() + " = "
                + capacity + " persons", model.description(), List.of(), List.of(row)));
    }

    private static String status() {
        return "interim evaluation (AUC, precision and recall at capacity, Brier, log loss, ECE over equal-count "
                + "bins; no intervals yet)";
    }

    /** Lines for the console: one per ranking on the test rows. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(data.split());
        data.notes().forEach(n -> lines.add("NOTE: " + n));
        lines.add("capacity: " + data.capacity());
        for (InterimEvaluation.Row r : data.test()) {
            lines.add(String.format(Locale.ROOT, "%-70s AUC-PR %s  precision@capacity %s  recall@capacity %s  ECE %s",
                    r.name(), fmt(r.aucPr()), fmt(r.precisionAtCapacity()), fmt(r.recallAtCapacity()),
                    fmt(r.expectedCalibrationError())));
        }
        return lines;
    }

    /** The test-row metrics of the named kind, for tests and benchmarks (INTERIM accessors). */
    Double precisionAtCapacity(ModelKind kind) {
        return data.test().stream().filter(r -> r.kind().equals(kind.name())).findFirst()
                .map(InterimEvaluation.Row::precisionAtCapacity).orElse(null);
    }

    Double expectedCalibrationError(ModelKind kind) {
        return data.test().stream().filter(r -> r.kind().equals(kind.name())).findFirst()
                .map(InterimEvaluation.Row::expectedCalibrationError).orElse(null);
    }

    /** Writes the evaluation files into {@code dir} (each atomically). */
    public void writeTo(Path dir) {
        AtomicOutput.writeString(dir.resolve("evaluation.json"), AtomicOutput.Visibility.AGGREGATE,
                ModelJson.write(data));
    }

    private static String fmt(Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%.4f", d);
    }
}
