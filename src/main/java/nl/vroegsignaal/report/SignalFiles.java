package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.List;
import nl.vroegsignaal.explain.SignalList;

/** Writes the three signal-list files into one folder, each atomically and readable by its owner only. */
public final class SignalFiles {
    private SignalFiles() {
    }

    /** Writes signalen.csv, signalen.json and signalen.html; returns their paths in that order. */
    public static List<Path> write(SignalList list, Path dir) {
        Path csv = dir.resolve(SignalCsv.FILE);
        Path json = dir.resolve(SignalJson.FILE);
        Path html = dir.resolve(SignalHtml.FILE);
        SignalCsv.write(list, csv);
        SignalJson.write(list, json);
        SignalHtml.write(list, html);
        return List.of(csv, json, html);
    }
}
