package nl.vroegsignaal.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import nl.vroegsignaal.core.AtomicFolder;
import nl.vroegsignaal.core.BuildInfo;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.report.EvaluationReport;
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
        FeatureMatrix m = RecordedContacts.measured(saved, data.matrix()); // against what happened: recorded contacts
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
        Map<String, String> provenance = new TreeMap<>();
        provenance.put("vroegsignaalVersion", BuildInfo.version());
        provenance.put("seed", String.valueOf(loaded.config().seed()));
        provenance.put("configSource", loaded.source());
        provenance.put("configSha256", loaded.sha256());
        provenance.put("dataSource", data.source());
        provenance.put("model", modelDir.toString());
        provenance.put("modelTrainedWithGitCommit", String.valueOf(saved.provenance().gitCommit()));
        provenance.put("modelConfigSha256", String.valueOf(saved.provenance().configSha256()));
        provenance.put("savedModel", saved.model().description());
        data.inputHashes().forEach((file, sha) -> provenance.put("sha256 " + file, sha));
        TrainingReport report = TrainingReport.ofModel(saved.model(), m, rows, description, notes,
                loaded.config().evaluate(), loaded.config().seed(), provenance, data.oracle());
        // evaluation.json and .html appear together or not at all
        AtomicFolder.write(out, AtomicFolder.onlyFiles(Set.copyOf(TrainingReport.FILES)), "evaluation folder",
                staging -> EvaluationReport.write(staging, report.data()));
        return report;
    }
}
