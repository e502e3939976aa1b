package nl.vroegsignaal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.AtomicFolder;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.CodeVersion;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.Json;
import nl.vroegsignaal.core.OutputLock;
import nl.vroegsignaal.features.FeatureOptions;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.ContactHistory;
import nl.vroegsignaal.link.InBeeldFile;
import nl.vroegsignaal.link.StopReviewFile;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.report.EvaluationReport;
import nl.vroegsignaal.model.EvaluationScores;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.model.TrainingProvenance;
import nl.vroegsignaal.model.TrainingReport;
import nl.vroegsignaal.report.AuditFiles;
import nl.vroegsignaal.report.NecessityReport;
import nl.vroegsignaal.report.SignalFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code run}: link, train, evaluate, signal (and audit) in one go, each stage into its own folder under one
 * output folder, with every stage reused when what it reads is unchanged. A stage's key is the code version,
 * the configuration sections it depends on, and the sha256 of every file it reads; its record in
 * {@code out/stages/} holds that key and the sha256 of what it wrote (see {@link StageRecord}).
 *
 * <p>Training does not depend on {@code evaluate.*}, so the model is trained by {@code train} (key: the
 * {@code train} section and the seed) and reported by {@code evaluate} (key: the {@code evaluate} section and
 * the configuration's hash, which provenance.json records): a change of capacity re-reports the trained model
 * from its kept test scores and reruns the stages after it, but neither links nor trains again.
 */
public final class RunPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(RunPipeline.class);
    private static final ObjectMapper JSON = Json.MAPPER;
    static final String INPUT = "input";
    static final String TRUTH = "truth";
    static final String MODEL = "model";
    static final String IN_VIEW = "in-beeld";
    static final String STOP_REVIEWS = "stopregel-akkoord";
    private static final String SCORES = "cache/evaluation-scores.json";
    private static final String TRAINED_PROVENANCE = "cache/provenance.json";
    /** In {@code out/stages/} while a run is under way, or after one that did not finish. */
    static final String UNFINISHED = "unfinished.txt";

    private RunPipeline() {
    }

    /** Whether a stage did its work in this run or was reused from an earlier one. */
    public enum Status { RAN, REUSED }

    /** One stage of a run: what happened, how long it took (not recorded in any output), what it wrote. */
    public record StageOutcome(String name, Status status, double seconds, List<Path> outputs) {
    }

    /** A file to open, and who it is for. */
    public record Reading(String audience, Path file) {
    }

    /** What a run did, stage by stage, and which files to read. */
    public record Result(Path out, List<StageOutcome> stages, List<Reading> toRead) {
        /** Names of the stages that did their work (were not reused), in order. */
        public List<String> ran() {
            return stages.stream().filter(s -> s.status() == Status.RAN).map(StageOutcome::name).toList();
        }

        public StageOutcome stage(String name) {
            return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        }
    }

    /**
     * The stages in order. To add one, add a line: its name, audience, the stages it reads, the configuration it
     * depends on, and its work, returning the files it wrote into its folder.
     */
    static List<RunStage> stages() {
        return List.of(
                new RunStage("link", "data scientists", List.of(INPUT), c -> c.settings("link"), RunPipeline::link),
                new RunStage("train", null, List.of("link", TRUTH), c -> withContacts(c, c.settings("seed", "train",
                        "contacts")), RunPipeline::train),
                new RunStage("evaluate", "data scientists", List.of("train", "link"), RunPipeline::evaluateSettings,
                        RunPipeline::evaluate),
                new RunStage("signal", "case workers", List.of("link", "train", "evaluate", IN_VIEW, STOP_REVIEWS), c -> c.settings(),
                        RunPipeline::signal),
                new RunStage("audit", "privacy officers", List.of("link", "train", "evaluate", TRUTH),
                        c -> withContacts(c, c.settings("seed", "texts", "textsSha256", "train", "evaluate",
                                "contacts")), RunPipeline::audit));
    }

    /**
     * Runs every stage whose key changed or whose files were altered, and reuses the others.
     *
     * @throws InputException when the input folder is missing or a stage refuses its input
     */
    public static Result run(LoadedConfig config, Path input, Path out) {
        return run(config, input, out, Optional.empty());
    }

    /**
     * The same, naming who runs it for the run log ({@code OUT/logboek/}); empty: the environment
     * ({@code VROEGSIGNAAL_OPERATOR}, else {@code USER}).
     */
    public static Result run(LoadedConfig config, Path input, Path out, Optional<String> operator) {
        if (!Files.isDirectory(input)) {
            throw new InputException("input folder " + input + " not found: run from the repository root (where "
                    + "data-sample/ is) or pass --input DIR");
        }
        OutputFolder.check(out);
        AtomicFolder.checkNotInput(out, input, "output folder");
        try (OutputLock lock = OutputLock.acquire(out)) {
            return runLocked(config, input, out, RunLog.operator(operator, System.getenv()));
        }
    }

    /** The run itself, holding the output folder's lock; the marker says so while it lasts. */
    private static Result runLocked(LoadedConfig config, Path input, Path out, String operator) {
        Path unfinished = out.resolve(StageRecord.FOLDER).resolve(UNFINISHED);
        if (Files.exists(unfinished)) {
            LOG.warn("the previous run into {} did not finish; each stage is reused only if its record matches and "
                    + "its files are unchanged, the others run again", out);
        }
        AtomicOutput.writeString(unfinished, AtomicOutput.Visibility.AGGREGATE, "A run started writing into this "
                + "folder and has not finished (it is still running, was stopped, or failed). Each stage's folder "
                + "is complete (written whole), but the stages may come from different runs until a run ends "
                + "without error and removes this file.\n");
        Result result = stagesInOrder(config, input, out, operator);
        try {
            Files.delete(unfinished);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not remove " + unfinished + ": " + e.getMessage(), e);
        }
        return result;
    }

    private static Result stagesInOrder(LoadedConfig config, Path input, Path out, String operator) {
        Optional<String> code = CodeVersion.fingerprint();
        if (code.isEmpty()) {
            LOG.warn("the code that runs cannot be identified, so no earlier output is reused");
        }
        RunContext context = new RunContext(config, input, out, operator);
        Map<String, Map<String, String>> written = new HashMap<>();
        written.put(INPUT, inputFiles(input));
        written.put(TRUTH, truthFile(input));
        written.put(IN_VIEW, optionalFile(input, InBeeldFile.FILE));
        written.put(STOP_REVIEWS, optionalFile(input, StopReviewFile.FILE));
        List<RunStage> stages = stages();
        List<StageOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            RunStage stage = stages.get(i);
            String step = "stage " + (i + 1) + "/" + stages.size() + " " + stage.name();
            ObjectNode parts = JSON.createObjectNode();
            parts.put("code", code.orElse("unknown"));
            parts.set("settings", stage.settings().apply(context));
            ObjectNode reads = parts.putObject("reads");
            stage.after().forEach(a -> reads.set(a, JSON.valueToTree(written.get(a))));
            String key = StageRecord.keyOf(parts);
            long start = System.nanoTime();
            Optional<StageRecord> prior = code.isPresent() ? StageRecord.read(out, stage.name()) : Optional.empty();
            if (prior.isPresent() && prior.get().key().equals(key) && prior.get().outputsIntact(out)) {
                written.put(stage.name(), prior.get().outputs());
                outcomes.add(new StageOutcome(stage.name(), Status.REUSED, seconds(start),
                        paths(out, prior.get().outputs())));
                LOG.info("{}: reused (same inputs, configuration and code; files unchanged)", step);
                continue;
            }
            LOG.info("{}: {}", step, prior.isEmpty() ? "running" : "running (changed since the last run)");
            StageRecord.delete(out, stage.name());
            List<Path> files = stage.work().run(context);
            Map<String, String> hashes = new TreeMap<>();
            Path base = out.toAbsolutePath().normalize();
            for (Path f : files) { // stages may return relative or absolute paths
                hashes.put(base.relativize(f.toAbsolutePath().normalize()).toString().replace('\\', '/'),
                        Hashing.sha256(f));
            }
            new StageRecord(stage.name(), key, parts, hashes).write(out);
            written.put(stage.name(), hashes);
            outcomes.add(new StageOutcome(stage.name(), Status.RAN, seconds(start), paths(out, hashes)));
            LOG.info("{}: done in {} s", step, String.format(Locale.ROOT, "%.1f", seconds(start)));
        }
        return new Result(out, List.copyOf(outcomes), toRead(stages, outcomes));
    }

    private static List<Path> link(RunContext c) {
        LinkedData data = Linker.read(c.input(), c.config().linkOptions());
        LinkStage.Result result = LinkStage.run(data, c.dir("link"), FeatureOptions.defaults());
        c.linked(new RunContext.Linked(data, result.features()));
        return result.written();
    }

    private static List<Path> train(RunContext c) {
        RunContext.Linked linked = c.linked();
        TrainingData data = TrainingData.fromLinked(c.input(), linked.data(), linked.features());
        Path scores = c.out().resolve(SCORES);
        TrainPipeline.run(data, c.config(), c.modelDir(), scores);
        // What training recorded, without the configuration (evaluate puts the current one back), so that this
        // stage's files do not change with evaluate.*.
        Path kept = c.out().resolve(TRAINED_PROVENANCE);
        SavedModel.readProvenance(c.modelDir()).withConfig(null, null, null).write(kept);
        c.trainedNow(true);
        return List.of(c.modelDir().resolve(SavedModel.MODEL), c.modelDir().resolve(SavedModel.CALIBRATION),
                c.modelDir().resolve(SavedModel.FEATURES), scores, kept);
    }

    /**
     * A stage that trains (train, and audit's necessity test) depends on the contacts section, when set, and on the
     * sha256 of each contact log it reads (a filled log changes the marked rows); without the section its key is as
     * it always was.
     */
    private static JsonNode withContacts(RunContext c, JsonNode settings) {
        ContactHistory contacts = RecordedContacts.of(c.config());
        if (contacts != null) {
            ((ObjectNode) settings).set("contactLogs", JSON.valueToTree(contacts.sha256()));
        }
        return settings;
    }

    /** The evaluation depends on evaluate.* and the seed, and provenance.json records the config's hash. */
    private static JsonNode evaluateSettings(RunContext c) {
        ObjectNode n = (ObjectNode) c.settings("seed", "evaluate");
        n.put("configSha256", c.config().sha256());
        n.put("configSource", c.config().source());
        return n;
    }

    /** Right after training the folder already holds this evaluation; otherwise re-report from the scores. */
    private static List<Path> evaluate(RunContext c) {
        if (!c.trainedNow()) {
            TrainingProvenance provenance = SavedModel.readProvenance(c.out().resolve("cache"))
                    .withConfig(c.config().resolved(), c.config().sha256(), c.config().source());
            EvaluationScores scores = EvaluationScores.read(c.out().resolve(SCORES));
            TrainingReport report = TrainingReport.ofScores(scores, c.config().config().evaluate(), provenance)
                    .writtenBy(EvaluationReport::write);
            SavedModel.reevaluate(c.modelDir(), provenance, report);
            LOG.info("re-reported the trained model with the new evaluation settings");
        }
        List<Path> files = new ArrayList<>();
        files.add(c.modelDir().resolve(SavedModel.PROVENANCE));
        TrainingReport.FILES.forEach(f -> files.add(c.modelDir().resolve(f)));
        files.add(c.modelDir().resolve("manifest.json"));
        return files;
    }

    private static List<Path> signal(RunContext c) {
        SignalStage.Result result = SignalStage.compute(SavedModel.load(c.modelDir()), c.linked().features(),
                c.inputHashes(), SignalStage.Options.defaults(), SignalStage.InputExtras.read(c.input()));
        c.signal(result);
        List<Path> written = SignalFiles.write(result.lists(), c.dir("signal"), c.config().texts());
        RunLog.append(c.out(), result.lists().lists().stream()
                .map(l -> new RunLog.Entry(l.key(), l.peildatum())).toList(), c.modelDir().resolve(SavedModel.MODEL), c.inputHashes(),
                c.config().sha256(), c.operator(), java.time.Instant.now());
        return written;
    }

    /**
     * The audit on the linked data, features and signal list this run already holds, with the necessity test
     * (the saved model's configuration trained again without each social-domain source; train and evaluate
     * settings are therefore part of this stage's key).
     */
    private static List<Path> audit(RunContext c) {
        FeatureSet features = c.linked().features();
        SavedModel saved = SavedModel.load(c.modelDir());
        VroegsignaalConfig config = c.config().config();
        TrainingData data = TrainingData.fromLinked(c.input(), c.linked().data(), features);
        ContactHistory contacts = RecordedContacts.of(c.config());
        if (contacts != null) { // the necessity test trains as train did: with the contacts marked alike
            data = data.withContacts(contacts, config.contacts().training());
        }
        NecessityReport necessity = NecessityCheck.compute(data.matrix(), features.audit(),
                data.split(config.train().split(), config.seed()), config.train(), config.evaluate(), config.seed(),
                saved.model(), c.inputHashes());
        AuditStage.Result result = AuditStage.compute(saved, features, c.inputHashes(),
                TruthFile.alignedTo(c.input(), features.matrix()), c.signal(),
                new AuditStage.Options(c.seed(), Optional.empty(), c.config().texts()), Optional.of(necessity));
        return AuditFiles.write(result.report(), c.dir("audit"), c.config().texts());
    }

    /** The contract files of the input folder (a missing one is left to the linker to report). */
    private static Map<String, String> inputFiles(Path input) {
        Map<String, String> m = new TreeMap<>();
        for (SourceFile f : SourceFile.values()) {
            Path p = input.resolve(f.fileName());
            m.put(f.fileName(), Files.isRegularFile(p) ? Hashing.sha256(p) : "missing");
        }
        return m;
    }

    private static Map<String, String> truthFile(Path input) {
        Path p = input.resolve(TruthFile.LOCATION);
        return Map.of(TruthFile.LOCATION.toString(), Files.isRegularFile(p) ? Hashing.sha256(p) : "none");
    }

    private static Map<String, String> optionalFile(Path input, String name) {
        Path p = input.resolve(name);
        return Map.of(name, Files.isRegularFile(p) ? Hashing.sha256(p) : "none");
    }

    private static List<Path> paths(Path out, Map<String, String> hashes) {
        return hashes.keySet().stream().map(out::resolve).toList();
    }

    /** Per stage with an audience: its HTML files, or its Markdown files when it has no HTML. */
    private static List<Reading> toRead(List<RunStage> stages, List<StageOutcome> outcomes) {
        List<Reading> reading = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            String audience = stages.get(i).audience();
            if (audience == null) {
                continue;
            }
            List<Path> files = outcomes.get(i).outputs();
            List<Path> html = files.stream().filter(f -> f.toString().endsWith(".html")).toList();
            List<Path> shown = html.isEmpty() ? files.stream().filter(f -> f.toString().endsWith(".md")).toList()
                    : html;
            shown.forEach(f -> reading.add(new Reading(audience, f)));
        }
        return List.copyOf(reading);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
