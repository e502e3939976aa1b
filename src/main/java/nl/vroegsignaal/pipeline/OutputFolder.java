package nl.vroegsignaal.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.vroegsignaal.core.AtomicFolder;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.InputException;

/**
 * A stage's set of output files, written all-or-nothing as one {@link AtomicFolder}: the files are collected, then
 * written into a private staging folder and switched into place together. The folder may hold only these
 * files; one holding anything else is never replaced.
 */
public final class OutputFolder {
    private final Path dir;
    private final Set<String> allowed;
    private final List<Pending> pending = new ArrayList<>();

    private record Pending(String name, AtomicOutput.Visibility visibility, AtomicOutput.WriterBody body) {
    }

    private OutputFolder(Path dir, Set<String> allowed) {
        this.dir = dir;
        this.allowed = allowed;
    }

    /** Refuses an output path that exists but is not a folder, before any work is done. */
    public static void check(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException("output folder " + dir + " exists and is not a folder");
        }
    }

    /** Refuses, before any work, a folder that holds anything but the named files (and is not the input). */
    static void check(Path dir, Set<String> files, Path input) {
        AtomicFolder.checkTarget(dir, AtomicFolder.onlyFiles(files), "output folder", input);
    }

    /** @param files the names this stage writes there: an existing folder holding only these is replaced */
    static OutputFolder open(Path dir, Set<String> files) {
        return new OutputFolder(dir, files);
    }

    void writeText(String name, AtomicOutput.Visibility visibility, AtomicOutput.WriterBody body) {
        if (!allowed.contains(name)) {
            throw new IllegalArgumentException(name + " is not one of this stage's files " + allowed);
        }
        pending.add(new Pending(name, visibility, body));
    }

    /** Writes every file and switches the folder into place; returns the final paths. */
    List<Path> commit() {
        AtomicFolder.write(dir, AtomicFolder.onlyFiles(allowed), "output folder", staging -> {
            for (Pending p : pending) {
                AtomicOutput.writeText(staging.resolve(p.name()), p.visibility(), p.body());
            }
        });
        return pending.stream().map(p -> dir.resolve(p.name())).toList();
    }
}
