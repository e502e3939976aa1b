package nl.vroegsignaal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code manifest.json}: the sha256 of every other file of a model folder, written last. Loading checks it first
 * and refuses a folder whose files were altered, removed, or never completely written. Hashes alone detect
 * accidents; with a {@link ModelKey} the manifest is also signed, and a folder altered on purpose is refused too.
 */
final class Manifest {
    static final String FILE = "manifest.json";
    static final int FORMAT = 1;

    /** manifest.json as read back. */
    record Content(Map<String, String> files, int format, String note, String hmacSha256) {
    }

    /** The manifest's HMAC-SHA256, present when train ran with a {@link ModelKey}. */
    static final String SIGNATURE = "hmacSha256";
    private static final Logger LOG = LoggerFactory.getLogger(Manifest.class);

    private Manifest() {
    }

    /** What the signature covers: the format and every file's name and hash, one per line, sorted by name. */
    private static String signed(Map<String, String> hashes) {
        StringBuilder sb = new StringBuilder("vroegsignaal model folder, format ").append(FORMAT).append('\n');
        new TreeMap<>(hashes).forEach((name, sha) -> sb.append(name).append(' ').append(sha).append('\n'));
        return sb.toString();
    }

    /** Hashes the named files of {@code dir} and writes the manifest beside them, signed when a key is set. */
    static void write(Path dir, List<String> files, Optional<ModelKey> key) {
        Map<String, String> hashes = new TreeMap<>();
        for (String f : files) {
            hashes.put(f, Hashing.sha256(dir.resolve(f)));
        }
        Map<String, Object> content = new TreeMap<>();
        content.put("files", hashes);
        content.put("format", FORMAT);
        key.ifPresent(k -> content.put(SIGNATURE, k.sign(signed(hashes))));
        content.put("note", "sha256 of every file of this model folder; vroegsignaal refuses to load a folder "
                + "whose files differ from these");
        AtomicOutput.writeString(dir.resolve(FILE), AtomicOutput.Visibility.AGGREGATE, ModelJson.write(content));
    }

    /**
     * True when {@code dir} holds a manifest of this program and nothing that manifest does not list: only such a
     * folder may be replaced by a new training (hashes are not compared: an altered file is still one we wrote).
     */
    static boolean wroteFolder(Path dir) throws IOException {
        Path manifestFile = dir.resolve(FILE);
        if (!Files.isRegularFile(manifestFile)) {
            return false;
        }
        Content content;
        try {
            content = ModelJson.MAPPER.readValue(manifestFile.toFile(), Content.class);
        } catch (IOException e) {
            return false;
        }
        Map<String, String> files = content.files();
        if (files == null || content.format() != FORMAT) {
            return false;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(p -> {
                String name = p.getFileName().toString();
                return name.equals(FILE) || (files.containsKey(name) && Files.isRegularFile(p,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS));
            });
        }
    }

    /**
     * @throws InputException naming every required file that is missing or whose hash differs
     */
    static void verify(Path dir, List<String> required, Optional<ModelKey> key) {
        Path manifestFile = dir.resolve(FILE);
        if (!Files.isRegularFile(manifestFile)) {
            throw new InputException(new InputError(manifestFile.toString(), 0, null, "missing: " + dir
                    + " is not a complete vroegsignaal model folder (train writes " + FILE + " last)"));
        }
        Map<String, String> listed = new TreeMap<>();
        String signature;
        try {
            Content manifest = ModelJson.MAPPER.readValue(manifestFile.toFile(), Content.class);
            signature = manifest.hmacSha256();
            if (manifest.files() != null) {
                listed.putAll(manifest.files());
            }
        } catch (IOException e) {
            throw new InputException(new InputError(manifestFile.toString(), 0, null,
                    "not readable as a manifest: " + e.getMessage()));
        }
        if (key.isPresent() && signature == null) {
            throw new InputException(new InputError(manifestFile.toString(), 0, null, "is not signed, but a model "
                    + "key is set (" + ModelKey.VARIABLE + "): the folder was not written by train with that key"));
        }
        if (key.isPresent() && !key.get().verifies(signed(listed), signature)) {
            throw new InputException(new InputError(manifestFile.toString(), 0, null, "its signature does not "
                    + "match the model key (" + ModelKey.VARIABLE + "): the folder was altered after training, or "
                    + "signed with another key. The model is refused"));
        }
        if (key.isEmpty() && signature != null) {
            LOG.warn("{} is signed, but no model key is set ({}), so its signature is not checked", manifestFile,
                    ModelKey.VARIABLE);
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
