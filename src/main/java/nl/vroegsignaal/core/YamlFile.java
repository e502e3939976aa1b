package nl.vroegsignaal.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a user's YAML file (configuration, mapping) as a tree, with a located error when it is not YAML. */
public final class YamlFile {
    private static final YAMLMapper YAML = new YAMLMapper();

    private YamlFile() {
    }

    /**
     * The file's tree; an empty object for an empty file.
     *
     * @param what what the file should be, for the message ("a YAML configuration file")
     */
    public static JsonNode read(Path file, String what) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InputException(new InputError(name, 0, null, "not found: expected " + what));
        }
        JsonNode node;
        try {
            node = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(new InputError(name, line, null, "not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name + ": " + e.getMessage(), e);
        }
        return node == null || node.isMissingNode() || node.isNull() ? YAML.createObjectNode() : node;
    }
}
