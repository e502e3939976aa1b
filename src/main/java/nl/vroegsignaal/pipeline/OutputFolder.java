package nl.vroegsignaal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.Folders;
import nl.vroegsignaal.core.InputException;

/**
 * Writes a set of output files all-or-nothing: each file is written atomically into a private staging folder
 * inside the output folder, and only when all are written are they moved into place. On any failure the
 * staging folder, every file this run already moved, and an output folder this run created are removed.
 * (A file of an earlier run that was already replaced cannot be brought back; moves rarely fail.)
 */
public final class OutputFolder {
    private final Path dir;
    private final boolean created;
    private final Path staging;
    private final List<String> names = new ArrayList<>();

    private OutputFolder(Path dir, boolean created, Path staging) {
        this.dir = dir;
        this.created = created;
        this.staging = staging;
    }

    /** Refuses an output path that exists but is not a folder, before any work is done. */
    public static void check(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException("output folder " + dir + " exists and is not a folder");
        }
    }

    static OutputFolder open(Path dir) {
        check(dir);
        try {
            boolean created = !Files.exists(dir);
            Folders.createOwnerOnly(dir);
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Path staging = posix
                    ? Files.createTempDirectory(dir, ".staging-", PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory(dir, ".staging-");
            return new OutputFolder(dir, created, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create output folder " + dir + ": " + Folders.reason(e), e);
        }
    }

    void writeText(String name, AtomicOutput.Visibility visibility, AtomicOutput.WriterBody body) {
        AtomicOutput.writeText(staging.resolve(name), visibility, body);
        names.add(name);
    }

    /** Moves every staged file into place; returns the final paths. */
    List<Path> commit() {
        List<Path> moved = new ArrayList<>();
        try {
            for (String name : names) {
                Path target = dir.resolve(name);
                try {
                    Files.move(staging.resolve(name), target, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
                }
                moved.add(target);
            }
            Files.delete(staging);
            return List.copyOf(moved);
        } catch (IOException e) {
            moved.forEach(OutputFolder::deleteQuietly);
            abandon();
            throw new UncheckedIOException("could not move outputs into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Removes everything this run wrote. */
    void abandon() {
        if (Files.exists(staging)) {
            try (Stream<Path> files = Files.walk(staging)) {
                files.sorted(Comparator.reverseOrder()).forEach(OutputFolder::deleteQuietly);
            } catch (IOException ignored) {
                // best effort: the failure that got us here is what the user needs to see
            }
        }
        if (created) {
            deleteQuietly(dir); // only succeeds when empty
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort, see abandon()
        }
    }
}
