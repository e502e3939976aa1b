package nl.vroegsignaal.pseudonymise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.vroegsignaal.core.InputException;

/**
 * The steward's secret: 256 random bits, stored as 64 hex digits in an owner-only file. The key itself never
 * appears in an output, a log line or a provenance record; {@link #id()} (a value derived from it with HMAC,
 * from which the key cannot be recovered) lets two runs be checked for using the same key.
 */
public final class PseudonymKey {
    static final int BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] ID_LABEL = "vroegsignaal key id v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec secret;

    private PseudonymKey(byte[] key) {
        this.secret = new SecretKeySpec(key, ALGORITHM);
    }

    /** A fresh key from the platform's strong random source. */
    public static PseudonymKey generate() {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        return new PseudonymKey(key);
    }

    /**
     * Writes the key to a new owner-only file; refuses a path that exists (a key is never overwritten: the
     * pseudonyms issued under it would become unlinkable).
     */
    public void writeNew(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(Set.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE)));
            Files.writeString(file, HexFormat.of().formatHex(secret.getEncoded()) + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            throw new InputException(file + ": already exists; a key is never overwritten (choose a new file name)");
        } catch (IOException e) {
            throw new InputException(file + ": could not write the key: " + e.getMessage());
        }
    }

    /** Reads a key written by {@link #writeNew}; refuses one that others than its owner can read. */
    public static PseudonymKey read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InputException(file + ": no key file here (expected a file written by pseudonymise --new-key)");
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (posix != null) {
                Set<PosixFilePermission> perms = posix.readAttributes().permissions();
                if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                    throw new InputException(file + ": the key file can be read by others than its owner ("
                            + PosixFilePermissions.toString(perms) + "); make it owner-only (chmod 600) first");
                }
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (text.length() != 2 * BYTES || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new InputException(file + ": not a key file (expected " + 2 * BYTES
                        + " hexadecimal digits, as written by pseudonymise --new-key)");
            }
            return new PseudonymKey(HexFormat.of().parseHex(text));
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no key file here");
        } catch (IOException e) {
            throw new InputException(file + ": could not read the key: " + e.getMessage());
        }
    }

    /** A short public identifier of this key: 12 hex digits of HMAC(key, fixed label). */
    public String id() {
        return HexFormat.of().formatHex(mac().doFinal(ID_LABEL), 0, 6);
    }

    /** A new MAC under this key (a Mac is not thread-safe: one per thread). */
    Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + ALGORITHM, e);
        }
    }
}
