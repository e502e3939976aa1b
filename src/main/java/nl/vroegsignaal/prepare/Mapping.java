package nl.vroegsignaal.prepare;

import java.nio.file.Path;
import java.util.Map;
import nl.vroegsignaal.contract.SourceFile;

/**
 * A municipality's mapping configuration, validated whole: one {@link SourceMapping} per contract file (a
 * social-domain one may be absent), in contract order.
 *
 * @param file    the mapping file it was read from
 * @param sha256  of that file's bytes, for the provenance of what {@code prepare} writes
 */
public record Mapping(Path file, String sha256, Map<SourceFile, SourceMapping> sources) {
}
