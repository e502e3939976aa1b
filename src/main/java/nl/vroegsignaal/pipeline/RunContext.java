package nl.vroegsignaal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.vroegsignaal.core.Json;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureOptions;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;

/**
 * What the stages of one {@code run} share: the configuration, the folders, and the linked data, which is read
 * at most once per run and only when a stage that needs it actually runs.
 */
final class RunContext {
    private static final ObjectMapper JSON = Json.MAPPER;

    /** The linked input and its features. */
    record Linked(LinkedData data, FeatureSet features) {
    }

    private final LoadedConfig config;
    private final Path input;
    private final Path out;
    private Linked linked;
    private boolean trainedNow;
    private SignalStage.Result signal;

    private final String operator;

    RunContext(LoadedConfig config, Path input, Path out, String operator) {
        this.config = config;
        this.input = input;
        this.out = out;
        this.operator = operator;
    }

    /** Who started the run, for the run log. */
    String operator() {
        return operator;
    }

    LoadedConfig config() {
        return config;
    }

    long seed() {
        return config.config().seed();
    }

    Path input() {
        return input;
    }

    Path out() {
        return out;
    }

    /** A stage's folder under the output folder. */
    Path dir(String name) {
        return out.resolve(name);
    }

    Path modelDir() {
        return dir(RunPipeline.MODEL);
    }

    Linked linked() {
        if (linked == null) {
            LinkedData data = Linker.read(input, config.linkOptions());
            linked = new Linked(data, FeatureBuilder.build(data, FeatureOptions.defaults()));
        }
        return linked;
    }

    Map<String, String> inputHashes() {
        return linked().data().inputHashes();
    }

    void linked(Linked value) {
        linked = value;
    }

    /** The signal list the signal stage computed in this run, for the audit; empty when that stage was reused. */
    Optional<SignalStage.Result> signal() {
        return Optional.ofNullable(signal);
    }

    void signal(SignalStage.Result value) {
        signal = value;
    }

    /** Whether the model was trained in this run (and so already evaluated with this configuration). */
    boolean trainedNow() {
        return trainedNow;
    }

    void trainedNow(boolean value) {
        trainedNow = value;
    }

    /** The named top-level sections of the resolved configuration (those present), plus the input folder. */
    JsonNode settings(String... sections) {
        ObjectNode n = JSON.createObjectNode();
        for (String s : sections) {
            if (config.resolved().has(s)) {
                n.set(s, config.resolved().get(s));
            }
        }
        n.put("input", input.toString());
        return n;
    }
}
