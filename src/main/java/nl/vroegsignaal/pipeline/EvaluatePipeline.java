package nl.vroegsignaal.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.model.TrainingReport;

/**
 * {@code evaluate}: a saved model on other data, typically a newer year. With time (always for an input folder)
 * the newest labelled cohort is evaluated; a table without time is evaluated on all its labelled rows.
 */
public final class EvaluatePipeline {

    private EvaluatePipeline() {
    }

    public static TrainingReport run(Path modelDir, TrainingData data, LoadedConfig loaded, Path out) {
        SavedModel saved = SavedModel.load(modelDir);
        FeatureMatrix m = data.matrix();
        List<String> notes = new ArrayList<>(data.notes());
        String description;
        int[] rows;
        boolean hasTime = data.table() == null || data.table().hasTime();
        if (hasTime) {
            int newest = IntStream.range(0, m.rows()).filter(r -> m.label()[r] != FeatureMatrix.NO_LABEL)
                    .map(r -> m.peildatum()[r]).max()
                    .orElseThrow(() -> new InputException("the data has no labelled rows to evaluate on"));
            rows = IntStream.range(0, m.rows())
                    .filter(r -> m.label()[r] != FeatureMatrix.NO_LABEL && m.peildatum()[r] == newest).toArray();
            String label = data.table() == null ? LocalDate.ofEpochDay(newest).toString()
                    : data.table().timeLabel().apply(newest);
            description = "saved model " + modelDir + " on the newest labelled cohort " + label + " of "
                    + data.source();
        } else {
            rows = IntStream.range(0, m.rows()).filter(r -> m.label()[r] != FeatureMatrix.NO_LABEL).toArray();
            description = "saved model " + modelDir + " on all " + rows.length + " labelled rows of " + data.source();
            notes.add("The table has no time column, so these rows may include the rows the model was trained on; "
                    + "if they do, the results are optimistic. Out-of-time evaluation was not possible.");
        }
        if (rows.length == 0) {
            throw new InputException("the data has no labelled rows to evaluate on");
        }
        TrainingReport report = TrainingReport.ofModel(saved.model(), m, rows, description, notes,
                loaded.config().evaluate(), loaded.config().seed());
        report.writeTo(out);
        return report;
    }
}
