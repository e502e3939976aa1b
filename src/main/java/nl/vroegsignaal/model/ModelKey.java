package nl.vroegsignaal.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.vroegsignaal.core.InputException;

/**
 * The optional key that authenticates model folders: an HMAC-SHA256 over the manifest's file hashes, so that a
 * folder altered on purpose (weights changed and the manifest rewritten) is refused, not just an accident.
 * The key lives in a file outside every model folder, named by the environment variable {@value #VARIABLE} (or
 * the system property {@value #PROPERTY}); {@code train} signs with it and every command that loads a model
 * then requires a matching signature. Without a key the manifest detects accidents only.
 */
final class ModelKey {
    static final String VARIABLE = "VROEGSIGNAAL_MODEL_KEY";
    static final String PROPERTY = "vroegsignaal.modelKey";
    private static final int MIN_BYTES = 16;

    private final byte[] key;

    private ModelKey(byte[] key) {
        this.key = key;
    }

    /**
     * The configured key, if any.
     *
     * @param modelDir the folder being written or read: the key may not be inside it
     * @throws InputException when the key file is missing, too short, or inside the model folder
     */
    static Optional<ModelKey> configured(Path modelDir) {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            name = System.getenv(VARIABLE);
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Path file = Path.of(name).toAbsolutePath().normalize();
        if (file.startsWith(modelDir.toAbsolutePath().normalize())) {
            throw new InputException("the model key " + file + " (" + VARIABLE + ") is inside the model folder "
                    + modelDir + "; keep it outside, or anyone who can change the folder can sign it");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("the model key " + file + " (" + VARIABLE + ") is not readable: "
                    + e.getMessage());
        }
        byte[] trimmed = new String(bytes, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        if (trimmed.length < MIN_BYTES) {
            throw new InputException("the model key " + file + " (" + VARIABLE + ") holds " + trimmed.length
                    + " bytes; at least " + MIN_BYTES + " are needed (e.g. openssl rand -hex 32 > FILE)");
        }
        return Optional.of(new ModelKey(trimmed));
    }

    /** The signature of a manifest's content, as lower-case hex. */
    String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available: " + e.getMessage(), e);
        }
    }

    /** True when {@code signature} is this key's signature of {@code content} (compared in constant time). */
    boolean verifies(String content, String signature) {
        return MessageDigest.isEqual(sign(content).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
