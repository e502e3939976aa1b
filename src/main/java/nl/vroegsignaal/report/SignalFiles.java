package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.vroegsignaal.core.AtomicFolder;
import nl.vroegsignaal.explain.SignalList;
import nl.vroegsignaal.explain.SignalLists;

/**
 * Writes each signal list as {@code signalen-<list>.csv}, {@code .json} and {@code .html} into one folder,
 * readable by their owner only, as one {@link AtomicFolder}: a case worker never sees a new CSV beside an old
 * HTML list. One set per list, so that each reader can be given only their own list.
 */
public final class SignalFiles {
    /** The names this stage writes: a folder holding anything else is never replaced. */
    private static final Pattern OWN = Pattern.compile("signalen-[a-z0-9-]+\\.(csv|json|html)");
    private static final AtomicFolder.Owner OWNER = AtomicFolder.onlyFilesNamed(OWN.asMatchPredicate());

    private SignalFiles() {
    }

    /** The file name of a list's file with the given extension, e.g. {@code signalen-rmc.html}. */
    public static String fileName(SignalList list, String extension) {
        return "signalen-" + list.key() + "." + extension;
    }

    /** Writes every list's csv, json and html; returns their paths, list by list in that order. */
    public static List<Path> write(SignalLists lists, Path dir) {
        List<Path> out = new ArrayList<>();
        AtomicFolder.write(dir, OWNER, "signal list folder", staging -> {
            for (SignalList list : lists.lists()) {
                SignalCsv.write(list, staging.resolve(fileName(list, "csv")));
                SignalJson.write(list, staging.resolve(fileName(list, "json")));
                SignalHtml.write(list, staging.resolve(fileName(list, "html")));
            }
        });
        for (SignalList list : lists.lists()) {
            out.addAll(List.of(dir.resolve(fileName(list, "csv")), dir.resolve(fileName(list, "json")),
                    dir.resolve(fileName(list, "html"))));
        }
        return out;
    }

    /** Refuses, before any work, a folder that holds anything but earlier signal lists (or is the input). */
    public static void checkTarget(Path dir, Path input) {
        AtomicFolder.checkTarget(dir, OWNER, "signal list folder", input);
    }
}
