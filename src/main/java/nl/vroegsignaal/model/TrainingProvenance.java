package nl.vroegsignaal.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.oracle.labs.mlrg.olcut.config.json.JsonProvenanceSerialization;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.core.BuildInfo;
import nl.vroegsignaal.core.CodeVersion;
import org.tribuo.Tribuo;

/**
 * The content of {@code provenance.json}: everything needed to reproduce the saved model and nothing that
 * changes between identical runs (no wall-clock time; Tribuo's own times are fixed at the epoch).
 *
 * @param gitCommit   the commit the build of the running code saw ({@link BuildInfo#commit()}), not that of the
 *                    folder the command runs in
 * @param codeVersion the version and sha256 of the running jar (or of its classes folder), see {@link CodeVersion}
 */
public record TrainingProvenance(String vroegsignaalVersion, String gitCommit, String codeVersion, String javaVersion,
                                 String tribuoVersion, long seed, String dataSource,
                                 Map<String, String> inputSha256, String configSource, String configSha256,
                                 Object config, String featureCatalogueVersion, Split split, Saved savedModel,
                                 List<CandidateResult> candidates, List<String> notes, JsonNode tribuoProvenance) {

    /** Which cohorts (or shares) had which role, and how many rows each role had. */
    public record Split(String description, boolean outOfTime, List<String> train, List<String> validation,
                        List<String> test, int trainRows, int validationRows, int testRows) {
    }

    /** The saved model: what it is and why it was chosen. */
    public record Saved(ModelKind kind, String description, Map<String, Object> hyperparameters,
                        String calibration, String reason) {
    }

    public static TrainingProvenance of(TrainingResult result, RunInfo run, CalibrationMethod calibration) {
        CandidateSpec spec = result.candidates().stream()
                .filter(c -> c.spec().description().equals(result.chosen().description()))
                .findFirst().orElseThrow().spec();
        return new TrainingProvenance(BuildInfo.version(), BuildInfo.commit(),
                CodeVersion.fingerprint().orElse("unknown"), System.getProperty("java.version"),
                Tribuo.VERSION, run.seed(), run.dataSource(), run.inputHashes(), run.configSource(),
                run.configSha256(), run.config(), result.encoding().catalogueVersion(), splitOf(result),
                new Saved(spec.kind(), spec.description(), spec.hyperparameters(), calibration.key(),
                        result.choiceReason()),
                result.candidates(), result.notes(), tribuoProvenanceOf(result.chosen()));
    }

    /** This provenance as the JSON tree that provenance.json holds. */
    public JsonNode toJson() {
        return ModelJson.MAPPER.valueToTree(this);
    }

    private static Split splitOf(TrainingResult result) {
        SplitRows rows = result.rows();
        List<String> train = new ArrayList<>();
        List<String> validation = new ArrayList<>();
        List<String> test = new ArrayList<>();
        if (result.split() instanceof OutOfTimeSplit oot) {
            oot.train().forEach(c -> train.add(c.label()));
            oot.validation().forEach(c -> validation.add(c.label()));
            oot.test().forEach(c -> test.add(c.label()));
        }
        return new Split(result.split().describe(), result.split().outOfTime(), train, validation, test,
                rows.train().length, rows.validation().length, rows.test().length);
    }

    /** Tribuo's provenance of the saved model (trainer, hyperparameters, dataset summary), as a JSON tree. */
    static JsonNode tribuoProvenanceOf(TribuoRiskModel model) {
        String json = new JsonProvenanceSerialization(false).marshalAndSerialize(model.tribuoModel().getProvenance());
        try {
            return ModelJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("Tribuo wrote provenance that is not JSON: " + e.getMessage(), e);
        }
    }
}
