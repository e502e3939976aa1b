package nl.vroegsignaal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.Json;

/**
 * {@code out/stages/NAME.json}: what a stage of {@code run} was computed from (its key: the code, the
 * configuration it reads, the sha256 of the files it reads) and the sha256 of each file it wrote. A stage is
 * reused when its key is unchanged and its files are still exactly as written. No times in it, so two runs on
 * the same inputs write the same bytes.
 *
 * @param stage   the stage name
 * @param key     sha256 of the key parts' canonical JSON
 * @param parts   the key parts, kept readable so that one can see why a stage ran again
 * @param outputs sha256 per output file, by path relative to the output folder
 */
record StageRecord(String stage, String key, JsonNode parts, Map<String, String> outputs) {
    static final String FOLDER = "stages";
    private static final String FORMAT = "vroegsignaal-stage/1";
    private static final ObjectMapper JSON = Json.MAPPER;

    StageRecord {
        outputs = new TreeMap<>(outputs);
    }

    static String keyOf(JsonNode parts) {
        return Hashing.sha256(Json.canonical(parts));
    }

    static Path file(Path out, String stage) {
        return out.resolve(FOLDER).resolve(stage + ".json");
    }

    /** The record of an earlier run, if there is a readable one of this format. */
    static Optional<StageRecord> read(Path out, String stage) {
        Path f = file(out, stage);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(f.toFile());
            if (!FORMAT.equals(n.path("format").asText())) {
                return Optional.empty();
            }
            Map<String, String> outputs = new TreeMap<>();
            n.path("outputs").fields().forEachRemaining(e -> outputs.put(e.getKey(), e.getValue().asText()));
            return Optional.of(new StageRecord(n.path("stage").asText(), n.path("key").asText(), n.path("parts"),
                    outputs));
        } catch (IOException e) {
            return Optional.empty(); // an unreadable record only means the stage runs again
        }
    }

    /** True when every output is still there with the hash it was written with. */
    boolean outputsIntact(Path out) {
        for (Map.Entry<String, String> e : outputs.entrySet()) {
            Path p = out.resolve(e.getKey());
            if (!Files.isRegularFile(p) || !Hashing.sha256(p).equals(e.getValue())) {
                return false;
            }
        }
        return !outputs.isEmpty();
    }

    void write(Path out) {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", FORMAT);
        n.put("stage", stage);
        n.put("key", key);
        n.set("parts", parts);
        n.set("outputs", JSON.valueToTree(outputs));
        try {
            nl.vroegsignaal.core.Folders.createOwnerOnly(out.resolve(FOLDER));
            AtomicOutput.writeString(file(out, stage), AtomicOutput.Visibility.AGGREGATE,
                    Json.writeSorted(n, "the stage record"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not write " + file(out, stage) + ": " + e.getMessage(), e);
        }
    }

    static void delete(Path out, String stage) {
        try {
            Files.deleteIfExists(file(out, stage));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not remove " + file(out, stage) + ": " + e.getMessage(), e);
        }
    }
}
