package nl.vroegsignaal.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import nl.vroegsignaal.core.BuildInfo;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.Json;
import nl.vroegsignaal.explain.AgeBand;
import nl.vroegsignaal.explain.KnownPersons;
import nl.vroegsignaal.explain.RandomStream;
import nl.vroegsignaal.explain.SignalExplainer;
import nl.vroegsignaal.explain.SignalInput;
import nl.vroegsignaal.explain.SignalList;
import nl.vroegsignaal.explain.SignalLists;
import nl.vroegsignaal.explain.SignalSettings;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.InBeeldFile;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.link.StopReviewFile;
import nl.vroegsignaal.model.Capacity;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.model.TribuoRiskModel;
import nl.vroegsignaal.report.MissingSources;
import nl.vroegsignaal.report.SignalFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code signal}: scores the population at a peildatum with a saved model and writes the top of the ranking,
 * at the case workers' capacity, with the reasons behind each signal: a list for leerplicht (under 18), one
 * for RMC (18 and over), and one per configured school.
 */
public final class SignalStage {
    private static final Logger LOG = LoggerFactory.getLogger(SignalStage.class);
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
     * @param rows rows of the feature matrix in the population at the lists' peildatum
     * @param risk calibrated risk of those rows, in the same order
     */
    public record Result(SignalLists lists, SavedModel model, FeatureSet features, int[] rows, double[] risk) {
        public LocalDate peildatum() {
            return lists.lists().get(0).peildatum();
        }
    }

    /**
     * The optional files of an input folder the signal step reads beside the contract: who is already in view, and
     * the reviews that release a stop of the stop rule.
     */
    public record InputExtras(Optional<InBeeldFile.Contents> inView, Optional<StopReviewFile.Contents> reviews) {
        public static InputExtras read(Path inputDir) {
            return new InputExtras(InBeeldFile.read(inputDir), StopReviewFile.read(inputDir));
        }
    }

    /** Links the input folder, then {@link #compute(SavedModel, FeatureSet, Map, Options, InputExtras)}. */
    public static Result compute(Path modelDir, Path inputDir, Options options) {
        SavedModel saved = SavedModel.load(modelDir);
        LinkedData linked = Linker.read(inputDir, LinkSettings.forModel(saved.provenance()));
        FeatureSet features = FeatureBuilder.build(linked);
        return compute(saved, features, linked.inputHashes(), options, InputExtras.read(inputDir));
    }

    /**
     * A new list for the case workers: first the stop rule ({@code signal.stop}), which refuses with a located
     * message unless no condition holds or a review of this stop is recorded, then the lists.
     */
    public static Result compute(SavedModel saved, FeatureSet features, Map<String, String> inputHashes,
                                 Options options, InputExtras extras) {
        FeatureMatrix m = features.matrix();
        LocalDate p = options.peildatum().orElseGet(() -> SignalExplainer.latestPeildatum(m));
        // what measures the model against what happened (the stop rule, the lists' precision) reads the recorded
        // contacts: read once for both
        FeatureMatrix measured = RecordedContacts.measured(saved, m);
        StopRule.Verdict verdict = StopRule.check(saved, features, measured, p, signalConfig(saved).stop());
        Map<String, String> stopProvenance = new TreeMap<>();
        StopRule.enforce(verdict, extras.reviews(), stopProvenance);
        verdict.conditions().forEach(c -> LOG.warn("stop rule: {} (released by a recorded review, code {})", c.en(),
                verdict.code()));
        return compute(saved, features, measured, inputHashes, options, extras.inView(), stopProvenance);
    }

    /** The lists without {@code in-beeld.csv}: who is on them (as the fairness audit needs) does not depend on it. */
    public static Result compute(SavedModel saved, FeatureSet features, Map<String, String> inputHashes,
                                 Options options) {
        return compute(saved, features, inputHashes, options, Optional.empty());
    }

    /**
     * Who is on the lists, without the stop rule: the fairness audit's view, and tests of the lists.
     *
     * @param inView the input folder's {@code in-beeld.csv}, if any: persons in view on the peildatum are
     *               marked (or placed apart, as {@code signal.known.placement} says)
     */
    public static Result compute(SavedModel saved, FeatureSet features, Map<String, String> inputHashes,
                                 Options options, Optional<InBeeldFile.Contents> inView) {
        return compute(saved, features, RecordedContacts.measured(saved, features.matrix()), inputHashes, options,
                inView, Map.of());
    }

    /** @param measured the matrix as {@link RecordedContacts#measured} gives it, for the lists' measured precision */
    private static Result compute(SavedModel saved, FeatureSet features, FeatureMatrix measured,
                                  Map<String, String> inputHashes, Options options,
                                  Optional<InBeeldFile.Contents> inView, Map<String, String> stopProvenance) {
        TribuoRiskModel model = saved.model();
        // a model with the contact input scores everyone as not contacted: the risk if the team does not contact
        // them (no one has been contacted for this list yet); the input is context, never a reason
        FeatureMatrix m = model.readable(features.matrix());
        LocalDate p = options.peildatum().orElseGet(() -> SignalExplainer.latestPeildatum(m));
        int[] rows = SignalExplainer.rowsAt(m, p);
        if (rows.length == 0) {
            throw new InputException("no one in the population at peildatum " + p + "; the data holds peildata "
                    + features.cohorts().stream().map(c -> c.peildatum().toString()).toList());
        }
        if (options.capacity().isPresent() && options.capacity().get() <= 0) {
            throw new InputException("--capacity: must be > 0, got " + options.capacity().get());
        }
        SignalConfig config = signalConfig(saved);
        LOG.info("scoring {} persons at {} with {}", rows.length, p, model.kind().label());
        double[] raw = model.rawScores(m, rows);
        double[] risk = model.calibration().applyAll(raw);
        ListCapacity capacity = new ListCapacity(config, configuredCapacity(saved), options.capacity());
        Map<AgeBand, OptionalDouble> precision = TestCohortPrecision.measure(saved, measured, capacity);
        Map<AgeBand, Set<String>> hidden = new EnumMap<>(AgeBand.class);
        hidden.put(AgeBand.LEERPLICHT, Set.copyOf(config.visibility().leerplicht()));
        hidden.put(AgeBand.RMC, Set.copyOf(config.visibility().rmc()));
        KnownPersons known = inView.map(f -> new KnownPersons(f.inViewOn(p), config.known().toPlacement()))
                .orElse(new KnownPersons(Map.of(), config.known().toPlacement()));
        Map<String, String> provenance = provenance(saved, inputHashes);
        provenance.put("capacity", capacity.describe());
        inView.ifPresent(f -> provenance.put("sha256 " + InBeeldFile.FILE, f.sha256()));
        provenance.putAll(stopProvenance);
        Optional<RandomStream> stream = config.stream();
        stream.ifPresent(s -> {
            // the list says that a share was drawn at random and who decided so, never who was drawn
            provenance.put("steekproef.aandeel", Double.toString(s.share()));
            provenance.put("steekproef.besluit", s.decision());
        });
        SignalSettings settings = new SignalSettings(p, modelName(saved, p), capacity.selection(m, rows),
                hidden, config.visibility().decision(), precision, config.schools(), known, provenance, stream);
        SignalLists lists = SignalExplainer.explain(new SignalInput(model.tribuoModel(), model::examples, m, rows,
                raw, risk), settings);
        for (SignalList l : lists.lists()) {
            LOG.info("signal list {}: {} of {} persons", l.key(), l.signals().size(), l.population());
        }
        return new Result(lists, saved, features, rows, risk);
    }

    /** Computes and writes the lists (csv, json, html per list) into {@code out}. */
    public static List<Path> run(Path modelDir, Path inputDir, Options options, Path out) {
        SignalFiles.checkTarget(out, inputDir); // before the work, and never over the input
        return SignalFiles.write(compute(modelDir, inputDir, options).lists(), out);
    }

    /**
     * The model's name on the lists and in the audit: {@code signal.modelName}, else the model folder's name,
     * else (for run's folder {@code model/}, which says nothing) "vroegsignaal-" and the peildatum.
     */
    public static String modelName(SavedModel saved, LocalDate peildatum) {
        String configured = signalConfig(saved).modelName();
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String folder = saved.dir().toAbsolutePath().normalize().getFileName().toString();
        return folder.equals(RunPipeline.MODEL) ? "vroegsignaal-" + peildatum : folder;
    }

    /** The signal section of the configuration the model was last evaluated with (the defaults if none). */
    static SignalConfig signalConfig(SavedModel saved) {
        try {
            return saved.provenance().configSection("signal", SignalConfig.class).orElseGet(SignalConfig::defaults);
        } catch (IllegalArgumentException e) {
            throw new InputException(saved.dir() + "/" + SavedModel.PROVENANCE + ": " + e.getMessage());
        }
    }

    /** The capacity the model was trained and evaluated with (config evaluate.capacity). */
    public static Capacity configuredCapacity(SavedModel saved) {
        return saved.provenance().configuredCapacity().orElseThrow(() -> new InputException(saved.dir() + "/"
                + SavedModel.PROVENANCE + ": no config.evaluate.capacity"));
    }

    private static Map<String, String> provenance(SavedModel saved, Map<String, String> inputHashes) {
        Map<String, String> m = new TreeMap<>();
        m.put("vroegsignaalVersion", BuildInfo.version());
        m.put("model", saved.model().description());
        m.put("modelSha256", Hashing.sha256(saved.dir().resolve(SavedModel.MODEL)));
        m.put("modelSeed", Long.toString(saved.provenance().seed()));
        m.put("featureCatalogueVersion", String.valueOf(saved.provenance().featureCatalogueVersion()));
        inputHashes.forEach((file, sha) -> m.put("sha256 " + file, sha));
        List<String> missing = saved.provenance().sourcesMissing();
        if (missing != null && !missing.isEmpty()) {
            m.put(MissingSources.PROVENANCE_KEY, String.join(", ", missing));
        }
        return m;
    }
}
