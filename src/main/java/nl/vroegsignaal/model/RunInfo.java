package nl.vroegsignaal.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the caller knows about a training run that the model stage does not: where the data came from, the
 * sha256 of every input file, and the configuration as resolved.
 *
 * @param dataSource     e.g. {@code input folder data/city} or {@code table export.csv}
 * @param inputHashes    sha256 per input file name
 * @param config         the resolved configuration as a JSON-like tree (maps, lists, values)
 * @param configSha256   sha256 of the resolved configuration's canonical JSON
 * @param configSource   {@code built-in defaults} or the file given with --config
 * @param seed           the seed every random choice derives from
 */
public record RunInfo(String dataSource, Map<String, String> inputHashes, Object config, String configSha256,
                      String configSource, long seed) {
    public RunInfo {
        inputHashes = new TreeMap<>(inputHashes);
    }
}
