package nl.vroegsignaal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;

/**
 * {@code manifest.json}: the sha256 of every other file of a model folder, written last. Loading checks it first
 * and refuses a folder whose files were altered, removed, or never completely written.
 */
final class Manifest {
    static final String FILE = "manifest.json";
    static final int FORMAT = 1;

    private Manifest() {
    }

    /** Hashes the named files of {@code dir} and writes the manifest beside them. */
    static void write(Path dir, List<String> files) {
        Map<String, String> hashes = new TreeMap<>();
        for (String f : files) {
            hashes.put(f, Hashing.sha256(dir.resolve(f)));
        }
        Map<String, Object> content = new TreeMap<>();
        content.put("files", hashes);
        content.put("format", FORMAT);
        content.put("note", "sha256 of every file of this model folder; vroegsignaal refuses to load a folder "
                + "whose files differ from these");
        AtomicOutput.writeString(dir.resolve(FILE), AtomicOutput.Visibility.AGGREGATE, ModelJson.write(content));
    }

    /**
     * @throws InputException naming every required file that is missing or whose hash differs
     */
    static void verify(Path dir, List<String> required) {
        Path manifestFile = dir.resolve(FILE);
        if (!Files.isRegularFile(manifestFile)) {
            throw new InputException(new InputError(manifestFile.toString(), 0, null, "missing: " + dir
                    + " is not a complete vroegsignaal model folder (train writes " + FILE + " last)"));
        }
        Map<String, String> listed = new TreeMap<>();
        try {
            JsonNode files = ModelJson.MAPPER.readTree(manifestFile.toFile()).path("files");
            for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                listed.put(e.getKey(), e.getValue().asText());
            }
        } catch (IOException e) {
            throw new InputException(new InputError(manifestFile.toString(), 0, null,
                    "not readable as a manifest: " + e.getMessage()));
        }
        List<InputError> errors = new ArrayList<>();
        for (String f : required) {
            if (!listed.containsKey(f)) {
                errors.add(new InputError(manifestFile.toString(), 0, null, "does not list " + f
                        + "; the model folder is incomplete or was altered"));
            }
        }
        for (Map.Entry<String, String> e : listed.entrySet()) {
            Path file = dir.resolve(e.getKey()).normalize();
            if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
                errors.add(new InputError(file.toString(), 0, null, "missing, but listed in " + FILE));
            } else if (!Hashing.sha256(file).equals(e.getValue())) {
                errors.add(new InputError(file.toString(), 0, null, "altered after training: its sha256 differs "
                        + "from " + FILE + ". The model is refused; retrain it, or restore the folder from a copy"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
    }
}
