package nl.vroegsignaal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A validated configuration with what provenance records about it.
 *
 * @param config   the typed configuration
 * @param resolved the configuration as resolved (defaults with the file's keys over them), as a JSON tree
 * @param sha256   sha256 of the resolved configuration's canonical JSON (sorted keys, no whitespace)
 * @param source   {@code built-in defaults} or the path of the file given with --config
 */
public record LoadedConfig(VroegsignaalConfig config, JsonNode resolved, String sha256, String source) {
}
