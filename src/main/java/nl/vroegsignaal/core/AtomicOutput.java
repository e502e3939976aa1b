package nl.vroegsignaal.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes an output file so that it is either complete or absent: content goes to a temporary file beside
 * the target, which is moved into place only after it was closed without error. Files holding person-level
 * rows are created readable by their owner only.
 */
public final class AtomicOutput {

    /** Who may read the file once written. */
    public enum Visibility {
        /** Person-level rows (pseudonyms): owner read/write only. */
        PERSON_LEVEL,
        /** Aggregated, suppressed output: readable as usual. */
        AGGREGATE
    }

    @FunctionalInterface
    public interface WriterBody {
        void write(Writer out) throws IOException;
    }

    @FunctionalInterface
    public interface StreamBody {
        void write(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    public static void writeText(Path target, Visibility visibility, WriterBody body) {
        writeBytes(target, visibility, os -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
            body.write(w);
            w.flush();
        });
    }

    public static void writeString(Path target, Visibility visibility, String content) {
        writeText(target, visibility, w -> w.write(content));
    }

    public static void writeBytes(Path target, Visibility visibility, StreamBody body) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Folders.createOwnerOnly(dir);
            tmp = createTemp(dir, abs.getFileName().toString(), visibility);
            try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(os);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target + ": " + Folders.reason(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original failure is what matters
                }
            }
        }
    }

    private static Path createTemp(Path dir, String name, Visibility visibility) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            return Files.createTempFile(dir, "." + name + ".", ".tmp");
        }
        String perms = visibility == Visibility.PERSON_LEVEL ? "rw-------" : "rw-r--r--";
        return Files.createTempFile(dir, "." + name + ".", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms)));
    }
}
