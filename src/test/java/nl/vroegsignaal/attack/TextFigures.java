package nl.vroegsignaal.attack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of a run (model card, register entry, link report page): a number printed next to a word for
 * persons is at least 10, and a hidden figure reads {@code afgeschermd}, never "&lt;10". The figures of these
 * pages are copies of figures in the JSON files, which the linear program covers.
 */
final class TextFigures {
    private static final String[] PAGES = {"audit/modelkaart.md", "audit/algoritmeregister.md",
        "audit/algoritmeregister.json", "link/link-report.md"};
    private static final Pattern PERSONS = Pattern.compile(
            "(?<![\\d.,])(\\d[\\d.]*)\\s+(jongeren|personen|leerlingen|uitvallers|persons|leavers|pupils)\\b");
    private static final Pattern LESS_THAN = Pattern.compile("&lt;\\s*10\\b|<\\s*10\\b");

    private TextFigures() {
    }

    static List<Leak> check(Path run) throws IOException {
        List<Leak> out = new ArrayList<>();
        for (String page : PAGES) {
            Path p = run.resolve(page);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            String text = Files.readString(p, StandardCharsets.UTF_8);
            Matcher lt = LESS_THAN.matcher(text);
            while (lt.find()) {
                out.add(new Leak(page + ": prints \"" + lt.group() + "\" instead of the mark", 0, 0));
            }
            Matcher pm = PERSONS.matcher(text);
            while (pm.find()) {
                long v = Long.parseLong(pm.group(1).replace(".", ""));
                if (v < Leak.MIN) {
                    out.add(new Leak(page + ": \"" + pm.group() + "\"", v, v));
                }
            }
        }
        return out;
    }
}
