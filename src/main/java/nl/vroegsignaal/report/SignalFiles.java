package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.explain.SignalList;
import nl.vroegsignaal.explain.SignalLists;

/**
 * Writes each signal list as {@code signalen-<list>.csv}, {@code .json} and {@code .html} into one folder, each
 * file atomically and readable by its owner only. One set per list, so that each reader can be given only
 * their own list.
 */
public final class SignalFiles {
    private SignalFiles() {
    }

    /** The file name of a list's file with the given extension, e.g. {@code signalen-rmc.html}. */
    public static String fileName(SignalList list, String extension) {
        return "signalen-" + list.key() + "." + extension;
    }

    /** Writes every list's csv, json and html; returns their paths, list by list in that order. */
    public static List<Path> write(SignalLists lists, Path dir) {
        List<Path> out = new ArrayList<>();
        for (SignalList list : lists.lists()) {
            Path csv = dir.resolve(fileName(list, "csv"));
            Path json = dir.resolve(fileName(list, "json"));
            Path html = dir.resolve(fileName(list, "html"));
            SignalCsv.write(list, csv);
            SignalJson.write(list, json);
            SignalHtml.write(list, html);
            out.addAll(List.of(csv, json, html));
        }
        return out;
    }
}
