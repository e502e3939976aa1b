package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.vroegsignaal.core.AtomicFolder;
import nl.vroegsignaal.explain.SignalList;

/**
 * Writes the three signal-list files into one folder, readable by their owner only, as one {@link AtomicFolder}:
 * a case worker never sees a new CSV beside an old HTML list.
 */
public final class SignalFiles {
    /** The files of a signal-list folder: an existing folder holding anything else is never replaced. */
    public static final Set<String> FILES = Set.of(SignalCsv.FILE, SignalJson.FILE, SignalHtml.FILE);

    private SignalFiles() {
    }

    /** Writes signalen.csv, signalen.json and signalen.html; returns their paths in that order. */
    public static List<Path> write(SignalList list, Path dir) {
        AtomicFolder.write(dir, AtomicFolder.onlyFiles(FILES), "signal list folder", staging -> {
            SignalCsv.write(list, staging.resolve(SignalCsv.FILE));
            SignalJson.write(list, staging.resolve(SignalJson.FILE));
            SignalHtml.write(list, staging.resolve(SignalHtml.FILE));
        });
        return List.of(dir.resolve(SignalCsv.FILE), dir.resolve(SignalJson.FILE), dir.resolve(SignalHtml.FILE));
    }

    /** Refuses, before any work, a folder that holds anything but an earlier signal list (or is the input). */
    public static void checkTarget(Path dir, Path input) {
        AtomicFolder.checkTarget(dir, AtomicFolder.onlyFiles(FILES), "signal list folder", input);
    }
}
