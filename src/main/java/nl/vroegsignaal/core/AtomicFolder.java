package nl.vroegsignaal.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A stage's output folder, replaced whole and never file by file: the complete new folder is written beside the
 * target (hidden, owner-only), every file and the folder are flushed to disk, and only then is it renamed into
 * place. An existing target is first renamed aside and removed after the switch; a kill between those two renames
 * leaves the old folder aside, and {@link #recover} (run before every write, and by readers) puts it back, or
 * removes it and any half-written staging folder once the switch is complete. An existing target is replaced
 * only when it holds nothing but what this program wrote there (its {@link Owner} decides), so a user's files
 * are never removed.
 */
public final class AtomicFolder {
    private static final String STAGING = ".staging-";
    private static final String OLD = ".old-";

    /** Says whether an existing, non-empty folder holds only files this program wrote there. */
    @FunctionalInterface
    public interface Owner {
        boolean wrote(Path existing) throws IOException;
    }

    /** Writes the folder's files into the (empty, private) staging folder. */
    @FunctionalInterface
    public interface Body {
        void writeInto(Path staging) throws IOException;
    }

    /** Test hook: called with the step ("aside", "into-place", "remove-old") before each step of a switch. */
    static volatile Consumer<String> beforeStep = step -> {
    };

    private AtomicFolder() {
    }

    /** An owner that recognises a folder holding only regular files with these names. */
    public static Owner onlyFiles(Set<String> names) {
        return onlyFilesNamed(names::contains);
    }

    /** An owner that recognises a folder holding only regular files whose names pass the test. */
    public static Owner onlyFilesNamed(java.util.function.Predicate<String> names) {
        return dir -> {
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.allMatch(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && names.test(p.getFileName().toString()));
            }
        };
    }

    /**
     * Refuses, before any work, a target that may not be replaced: an existing file, or a non-empty folder the
     * owner does not recognise, or one that is or holds the input.
     *
     * @param what  what the folder is for, for the message ("model folder", "signal list folder")
     * @param input the folder or file the command reads, or null
     */
    public static void checkTarget(Path target, Owner owner, String what, Path input) {
        Path abs = target.toAbsolutePath().normalize();
        checkNotInput(target, input, what);
        if (!Files.exists(abs)) {
            return;
        }
        if (!Files.isDirectory(abs)) {
            throw new InputException(what + " " + target + " exists and is not a folder");
        }
        try (Stream<Path> entries = Files.list(abs)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + target + ": " + e.getMessage(), e);
        }
        boolean ours;
        try {
            ours = owner.wrote(abs);
        } catch (IOException | UncheckedIOException e) {
            ours = false;
        }
        if (!ours) {
            throw new InputException(what + " " + target + " exists and holds files vroegsignaal did not write "
                    + "there; it is never replaced. Choose a new or empty folder, or move those files away");
        }
    }

    /** Refuses an output folder that is the input, or holds it (such as {@code --out .}). */
    public static void checkNotInput(Path target, Path input, String what) {
        if (input != null && real(input).startsWith(real(target))) {
            throw new InputException(what + " " + target + " is, or holds, the input " + input
                    + "; choose a folder outside it");
        }
    }

    /**
     * Writes the folder and switches it into place; on any failure the target is as it was.
     *
     * @throws InputException when the target may not be replaced (see {@link #checkTarget})
     */
    public static void write(Path target, Owner owner, String what, Body body) {
        Path abs = target.toAbsolutePath().normalize();
        recover(abs);
        checkTarget(abs, owner, what, null);
        Path parent = abs.getParent();
        Path staging = null;
        try {
            Folders.createOwnerOnly(parent);
            staging = createPrivateFolder(parent, "." + abs.getFileName() + STAGING);
            body.writeInto(staging);
            syncTree(staging);
            switchInto(staging, abs);
            staging = null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the " + what + " " + target + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
    }

    /**
     * Finishes or undoes an interrupted switch of {@code target}: a folder left aside comes back when the target
     * is missing and is removed otherwise; staging folders (half-written, possibly person-level) are removed.
     */
    public static void recover(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = "." + abs.getFileName();
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(parent)) {
            leftovers = siblings.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix + STAGING) || n.startsWith(prefix + OLD);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + parent + ": " + e.getMessage(), e);
        }
        for (Path p : leftovers) {
            try {
                if (p.getFileName().toString().startsWith(prefix + OLD) && !Files.exists(abs)) {
                    move(p, abs);
                    syncFolder(parent);
                } else {
                    deleteTree(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not recover " + target + " from " + p + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private static void switchInto(Path staging, Path target) throws IOException {
        Path parent = target.getParent();
        if (!Files.exists(target)) {
            beforeStep.accept("into-place");
            move(staging, target);
            syncFolder(parent);
            return;
        }
        Path old = createPrivateFolder(parent, "." + target.getFileName() + OLD);
        Files.delete(old);
        beforeStep.accept("aside");
        move(target, old);
        try {
            beforeStep.accept("into-place");
            move(staging, target);
        } catch (IOException | RuntimeException e) {
            move(old, target);
            throw e;
        }
        syncFolder(parent);
        beforeStep.accept("remove-old");
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static Path createPrivateFolder(Path parent, String prefix) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory(parent, prefix,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory(parent, prefix);
    }

    /** Flushes every file, then the folder itself, so the rename never publishes data still in memory. */
    private static void syncTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                    ch.force(true);
                }
            }
        }
        syncFolder(dir);
    }

    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // not every platform can flush a folder (Windows); the files themselves are flushed
        }
    }

    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return Files.exists(abs) ? abs.toRealPath() : abs;
        } catch (IOException e) {
            return abs;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // leftovers are hidden and removed by the next recover()
        }
    }
}
