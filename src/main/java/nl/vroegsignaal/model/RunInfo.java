package nl.vroegsignaal.model;

import java.util.List;
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
 * @param sourcesMissing file names of the sources the data was linked without (their features left out)
 */
public record RunInfo(String dataSource, Map<String, String> inputHashes, Object config, String configSha256,
                      String configSource, long seed, List<String> sourcesMissing) {
    public RunInfo {
        inputHashes = new TreeMap<>(inputHashes);
        sourcesMissing = List.copyOf(sourcesMissing);
    }

    /** Every source present. */
    public RunInfo(String dataSource, Map<String, String> inputHashes, Object config, String configSha256,
                   String configSource, long seed) {
        this(dataSource, inputHashes, config, configSha256, configSource, seed, List.of());
    }
}
