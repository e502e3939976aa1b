package nl.vroegsignaal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import nl.vroegsignaal.link.LinkOptions;
import nl.vroegsignaal.report.Texts;

/**
 * A validated configuration with what provenance records about it.
 *
 * @param config   the typed configuration
 * @param resolved the configuration as resolved (defaults with the file's keys over them), as a JSON tree
 * @param sha256   sha256 of the resolved configuration's canonical JSON (sorted keys, no whitespace)
 * @param source   {@code built-in defaults} or the path of the file given with --config
 * @param texts    the Dutch texts of the pages: built in, or with the file of the {@code texts} key over them
 */
public record LoadedConfig(VroegsignaalConfig config, JsonNode resolved, String sha256, String source,
                           Texts texts) {

    /** How the stages read the input folder: with the sources that {@code link.optionalSources} allows to be absent. */
    public LinkOptions linkOptions() {
        return LinkOptions.defaults().withOptional(LinkSettings.optional(config.link()));
    }
}
