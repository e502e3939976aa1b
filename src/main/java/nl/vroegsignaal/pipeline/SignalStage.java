package nl.vroegsignaal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import nl.vroegsignaal.core.BuildInfo;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.Json;
import nl.vroegsignaal.explain.SignalExplainer;
import nl.vroegsignaal.explain.SignalInput;
import nl.vroegsignaal.explain.SignalList;
import nl.vroegsignaal.explain.SignalSettings;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.Capacity;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.model.TribuoRiskModel;
import nl.vroegsignaal.report.SignalFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code signal}: scores the population at a peildatum with a saved model and writes the top of the ranking,
 * at the case workers' capacity, with the reasons behind each signal.
 */
public final class SignalStage {
    private static final Logger LOG = LoggerFactory.getLogger(SignalStage.class);
    private static final ObjectMapper JSON = Json.MAPPER;

    private SignalStage() {
    }

    /** Options: both empty means the latest peildatum in the data and the model's configured capacity. */
    public record Options(Optional<LocalDate> peildatum, Optional<Integer> capacity) {
        public static Options defaults() {
            return new Options(Optional.empty(), Optional.empty());
        }
    }

    /**
     * What a signal run computed.
     *
     * @param rows rows of the feature matrix in the population at the list's peildatum
     * @param risk calibrated risk of those rows, in the same order
     */
    public record Result(SignalList list, SavedModel model, FeatureSet features, int[] rows, double[] risk) {
    }

    /** Links the input folder, then {@link #compute(SavedModel, FeatureSet, Map, Options)}. */
    public static Result compute(Path modelDir, Path inputDir, Options options) {
        SavedModel saved = SavedModel.load(modelDir);
        LinkedData linked = Linker.read(inputDir);
        FeatureSet features = FeatureBuilder.build(linked);
        return compute(saved, features, linked.inputHashes(), options);
    }

    public static Result compute(SavedModel saved, FeatureSet features, Map<String, String> inputHashes,
                                 Options options) {
        FeatureMatrix m = features.matrix();
        LocalDate p = options.peildatum().orElseGet(() -> SignalExplainer.latestPeildatum(m));
        int[] rows = SignalExplainer.rowsAt(m, p);
        if (rows.length == 0) {
            throw new InputException("no one in the population at peildatum " + p + "; the data holds peildata "
                    + features.cohorts().stream().map(c -> c.peildatum().toString()).toList());
        }
        Capacity configured = configuredCapacity(saved);
        int k = options.capacity().orElseGet(() -> configured.resolve(rows.length));
        if (k <= 0) {
            throw new InputException("--capacity: must be > 0, got " + k);
        }
        TribuoRiskModel model = saved.model();
        LOG.info("scoring {} persons at {} with {}", rows.length, p, model.kind().label());
        double[] raw = model.rawScores(m, rows);
        double[] risk = model.calibration().applyAll(raw);
        // The evaluated precision holds for the configured operating point only.
        OptionalDouble precision = options.capacity().isPresent() ? OptionalDouble.empty() : evaluatedPrecision(saved);
        SignalSettings settings = new SignalSettings(p, k, saved.dir().getFileName().toString(), precision,
                provenance(saved, inputHashes));
        SignalList list = SignalExplainer.explain(new SignalInput(model.tribuoModel(), model::examples, m, rows, raw,
                risk), settings);
        LOG.info("signal list: {} of {} persons", list.signals().size(), rows.length);
        return new Result(list, saved, features, rows, risk);
    }

    /** Computes and writes signalen.csv, signalen.json and signalen.html into {@code out}. */
    public static List<Path> run(Path modelDir, Path inputDir, Options options, Path out) {
        return SignalFiles.write(compute(modelDir, inputDir, options).list(), out);
    }

    /** The capacity the model was trained and evaluated with (config evaluate.capacity). */
    public static Capacity configuredCapacity(SavedModel saved) {
        JsonNode c = saved.provenance().path("config").path("evaluate").path("capacity");
        if (c.hasNonNull("count")) {
            return Capacity.ofCount(c.get("count").asInt());
        }
        if (c.hasNonNull("share")) {
            return Capacity.ofShare(c.get("share").asDouble());
        }
        throw new InputException(saved.dir() + "/" + SavedModel.PROVENANCE + ": no config.evaluate.capacity");
    }

    /** The saved model's precision at capacity on its test cohort, from its evaluation.json. */
    private static OptionalDouble evaluatedPrecision(SavedModel saved) {
        try {
            JsonNode e = JSON.readTree(saved.dir().resolve("evaluation.json").toFile());
            String chosen = e.path("chosenModel").asText();
            for (JsonNode c : e.path("candidates")) {
                if (c.path("name").asText().equals(chosen)) {
                    JsonNode v = c.path("atCapacity").path("precision").path("value");
                    return v.isNumber() ? OptionalDouble.of(v.asDouble()) : OptionalDouble.empty();
                }
            }
            return OptionalDouble.empty();
        } catch (IOException ex) {
            throw new UncheckedIOException("could not read the model's evaluation.json: " + ex.getMessage(), ex);
        }
    }

    private static Map<String, String> provenance(SavedModel saved, Map<String, String> inputHashes) {
        Map<String, String> m = new TreeMap<>();
        m.put("vroegsignaalVersion", BuildInfo.version());
        m.put("model", saved.model().description());
        m.put("modelSha256", Hashing.sha256(saved.dir().resolve(SavedModel.MODEL)));
        m.put("modelSeed", saved.provenance().path("seed").asText());
        m.put("featureCatalogueVersion", saved.provenance().path("featureCatalogueVersion").asText());
        inputHashes.forEach((file, sha) -> m.put("sha256 " + file, sha));
        return m;
    }
}
