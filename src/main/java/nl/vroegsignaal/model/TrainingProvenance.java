package nl.vroegsignaal.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.oracle.labs.mlrg.olcut.config.json.JsonProvenanceSerialization;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.BuildInfo;
import nl.vroegsignaal.core.CodeVersion;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.model.table.TableRecord;
import org.tribuo.Tribuo;

/**
 * The content of {@code provenance.json}: everything needed to reproduce the saved model and nothing that
 * changes between identical runs (no wall-clock time; Tribuo's own times are fixed at the epoch). Written and
 * read back with Jackson as this one typed record: later stages use its components, never JSON lookups.
 *
 * @param config      the resolved configuration as recorded (a JSON tree or map); see {@link #configuredCapacity}
 * @param gitCommit   the commit the build of the running code saw ({@link BuildInfo#commit()}), not that of the
 *                    folder the command runs in
 * @param codeVersion the version and sha256 of the running jar (or of its classes folder), see {@link CodeVersion}
 * @param sourcesMissing file names of the sources the model was trained without (absent, as
 *                    {@code link.optionalSources} allowed); not written when empty, so null for older models
 * @param table       how the user's table was read (train --table), else null and not written
 */
public record TrainingProvenance(String vroegsignaalVersion, String gitCommit, String codeVersion, String javaVersion,
                                 String tribuoVersion, long seed, String dataSource,
                                 Map<String, String> inputSha256, String configSource, String configSha256,
                                 Object config, String featureCatalogueVersion, Split split, Saved savedModel,
                                 List<CandidateResult> candidates, List<String> notes, JsonNode tribuoProvenance,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> sourcesMissing,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) TableRecord table) {

    /** Which cohorts (or shares) had which role, and how many rows each role had. */
    public record Split(String description, boolean outOfTime, List<String> train, List<String> validation,
                        List<String> test, int trainRows, int validationRows, int testRows) {
    }

    /** The saved model: what it is and why it was chosen. */
    public record Saved(ModelKind kind, String description, Map<String, Object> hyperparameters,
                        String calibration, String reason) {
    }

    /** The calibration recorded is the saved model's own (platt, beta or isotonic), whatever chose it. */
    public static TrainingProvenance of(TrainingResult result, RunInfo run) {
        CandidateSpec spec = result.candidates().stream()
                .filter(c -> c.spec().description().equals(result.chosen().description()))
                .findFirst().orElseThrow().spec();
        return new TrainingProvenance(BuildInfo.version(), BuildInfo.commit(),
                CodeVersion.fingerprint().orElse("unknown"), System.getProperty("java.version"),
                Tribuo.VERSION, run.seed(), run.dataSource(), run.inputHashes(), run.configSource(),
                run.configSha256(), run.config(), result.encoding().catalogueVersion(), splitOf(result),
                new Saved(spec.kind(), spec.description(), spec.hyperparameters(), result.chosen().calibration().key(),
                        result.choiceReason()),
                result.candidates(), result.notes(), tribuoProvenanceOf(result.chosen()), run.sourcesMissing(),
                null);
    }

    /** This provenance as the JSON tree that provenance.json holds. */
    public JsonNode toJson() {
        return ModelJson.MAPPER.valueToTree(this);
    }

    /** Writes this provenance as provenance.json is written (sorted keys, one style). */
    public void write(Path file) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.AGGREGATE, ModelJson.write(toJson()));
    }

    /**
     * Reads a provenance.json.
     *
     * @throws InputException naming the file when it is unreadable or not a vroegsignaal provenance
     */
    public static TrainingProvenance read(Path file) {
        try {
            // a field an older version wrote (e.g. a hyperparameter since removed) does not make its model unreadable
            return ModelJson.MAPPER.readerFor(TrainingProvenance.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(file.toFile());
        } catch (IOException e) {
            throw new InputException(new InputError(file.toString(), 0, null, "not readable as the provenance of a "
                    + "model folder: " + e.getMessage()));
        }
    }

    /** The same provenance with another configuration (or none: all three null). */
    public TrainingProvenance withConfig(Object newConfig, String newSha256, String newSource) {
        return new TrainingProvenance(vroegsignaalVersion, gitCommit, codeVersion, javaVersion, tribuoVersion, seed,
                dataSource, inputSha256, newSource, newSha256, newConfig, featureCatalogueVersion, split, savedModel,
                candidates, notes, tribuoProvenance, sourcesMissing, table);
    }

    /** The same, recording how the model's table was read. */
    public TrainingProvenance withTable(TableRecord newTable) {
        return new TrainingProvenance(vroegsignaalVersion, gitCommit, codeVersion, javaVersion, tribuoVersion, seed,
                dataSource, inputSha256, configSource, configSha256, config, featureCatalogueVersion, split,
                savedModel, candidates, notes, tribuoProvenance, sourcesMissing, newTable);
    }

    /** The split settings the model was trained with ({@code train.split} of the recorded configuration). */
    public TrainSettings.Split splitSettings() {
        JsonNode s = ModelJson.MAPPER.valueToTree(config).path("train").path("split");
        return new TrainSettings.Split(s.path("validationCohorts").isInt() ? s.get("validationCohorts").asInt() : null,
                s.path("testCohorts").isInt() ? s.get("testCohorts").asInt() : null,
                s.path("validationShare").isNumber() ? s.get("validationShare").asDouble() : null,
                s.path("testShare").isNumber() ? s.get("testShare").asDouble() : null);
    }

    /**
     * The sources the model was trained without: the stages that use the model read its input without them (see
     * {@link nl.vroegsignaal.link.LinkOptions#notRead}), so that the data has the model's features.
     */
    public Set<SourceFile> missingSourceFiles() {
        Set<SourceFile> out = EnumSet.noneOf(SourceFile.class);
        if (sourcesMissing != null) {
            for (String file : sourcesMissing) {
                out.add(SourceFile.byFileName(file).filter(SourceFile::mayBeAbsent).orElseThrow(() ->
                        new InputException("provenance.json: sourcesMissing names '" + file + "', which is not a "
                                + "source that can be missing")));
            }
        }
        return out;
    }

    /**
     * A section of the recorded configuration ({@code signal}, ...) read into the later stage's own typed record,
     * so that no stage looks values up in the tree; empty when the section was not recorded.
     *
     * @throws IllegalArgumentException when the section does not fit the record
     */
    public <T> Optional<T> configSection(String name, Class<T> type) {
        JsonNode n = ModelJson.MAPPER.valueToTree(config).path(name);
        if (n.isMissingNode() || n.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ModelJson.MAPPER.treeToValue(n, type));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("config." + name + " is not readable: " + e.getMessage(), e);
        }
    }

    /** The capacity the model was evaluated at ({@code evaluate.capacity} of the recorded configuration). */
    public Optional<Capacity> configuredCapacity() {
        JsonNode c = ModelJson.MAPPER.valueToTree(config).path("evaluate").path("capacity");
        if (c.hasNonNull("count")) {
            return Optional.of(Capacity.ofCount(c.get("count").asInt()));
        }
        if (c.hasNonNull("share")) {
            return Optional.of(Capacity.ofShare(c.get("share").asDouble()));
        }
        return Optional.empty();
    }

    /** The count and hours features of the absence-rule baseline ({@code train.baselines}), if one was configured. */
    public Optional<List<String>> absenceRuleFeatures() {
        JsonNode b = ModelJson.MAPPER.valueToTree(config).path("train").path("baselines");
        return b.path("absenceCountFeature").isTextual()
                ? Optional.of(List.of(b.path("absenceCountFeature").asText(), b.path("absenceHoursFeature").asText()))
                : Optional.empty();
    }

    /** Every trained grid point with its validation figures, the saved one marked. */
    public List<GridCandidate> grid() {
        List<GridCandidate> out = new ArrayList<>();
        for (CandidateResult c : candidates) {
            String description = c.spec().description();
            out.add(new GridCandidate(description, c.validationAucPr(), c.validationAucRoc(),
                    description.equals(savedModel.description())));
        }
        return List.copyOf(out);
    }

    /** What produced the model, as text, sorted by key: the provenance block of an evaluation report. */
    public Map<String, String> reportBlock() {
        Map<String, String> m = new TreeMap<>();
        m.put("vroegsignaalVersion", text(vroegsignaalVersion));
        m.put("gitCommit", text(gitCommit));
        m.put("javaVersion", text(javaVersion));
        m.put("tribuoVersion", text(tribuoVersion));
        m.put("seed", Long.toString(seed));
        m.put("configSource", text(configSource));
        m.put("configSha256", text(configSha256));
        m.put("dataSource", text(dataSource));
        m.put("featureCatalogueVersion", text(featureCatalogueVersion));
        m.put("savedModel", text(savedModel.description()));
        inputSha256.forEach((file, sha) -> m.put("sha256 " + file, sha));
        if (sourcesMissing != null && !sourcesMissing.isEmpty()) {
            m.put("sourcesMissing", String.join(", ", sourcesMissing));
        }
        return m;
    }

    /** As the report always showed it: a value not recorded reads "null". */
    private static String text(String s) {
        return String.valueOf(s);
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
