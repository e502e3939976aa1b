package nl.vroegsignaal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.vroegsignaal.core.AtomicFolder;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.explain.RandomStream;
import nl.vroegsignaal.explain.SignalList;
import nl.vroegsignaal.explain.SignalLists;
import nl.vroegsignaal.link.ContactLogFile;

/**
 * Writes each signal list as {@code signalen-<list>.csv}, {@code .json} and {@code .html}, and beside each age-band
 * list its contact-log template ({@code contactlog-<list>.csv}, {@link ContactLogTemplate}), into one folder,
 * readable by their owner only, as one {@link AtomicFolder}: a case worker never sees a new CSV beside an old
 * HTML list. One set per list, so that each reader can be given only their own list. Where the random stream drew
 * places of a list, its draw goes beside it ({@code steekproef-<list>.json}, {@link RandomDrawJson}): for the owner
 * and the follow-up, never for the case workers.
 */
public final class SignalFiles {
    /** The names this stage writes: a folder holding anything else is never replaced. */
    private static final Pattern OWN = Pattern.compile("signalen-[a-z0-9-]+\\.(csv|json|html)|contactlog-[a-z0-9-]+\\.csv"
            + "|steekproef-[a-z0-9-]+\\.json");
    private static final AtomicFolder.Owner NAMES = AtomicFolder.onlyFilesNamed(OWN.asMatchPredicate());
    /** A contact log the team has begun to fill in is theirs, no longer the template this program wrote. */
    private static final AtomicFolder.Owner OWNER = dir -> NAMES.wrote(dir) && filledLog(dir).isEmpty();

    private SignalFiles() {
    }

    /** The file name of a list's file with the given extension, e.g. {@code signalen-rmc.html}. */
    public static String fileName(SignalList list, String extension) {
        return "signalen-" + list.key() + "." + extension;
    }

    /** With the built-in texts. */
    public static List<Path> write(SignalLists lists, Path dir) {
        return write(lists, dir, Texts.builtIn());
    }

    /**
     * Writes every list's csv, json, html and contact-log template, their sentences from {@code texts} (built in, or
     * the configuration's {@code texts} file); returns their paths, list by list in that order.
     */
    public static List<Path> write(SignalLists lists, Path dir, Texts texts) {
        List<Path> out = new ArrayList<>();
        refuseFilledLog(dir);
        AtomicFolder.write(dir, OWNER, "signal list folder", staging -> {
            for (SignalList list : lists.lists()) {
                SignalCsv.write(list, texts, staging.resolve(fileName(list, "csv")));
                SignalJson.write(list, texts, staging.resolve(fileName(list, "json")));
                SignalHtml.write(list, texts, staging.resolve(fileName(list, "html")));
                if (ContactLogTemplate.hasTemplate(list)) {
                    ContactLogTemplate.write(list, staging.resolve(ContactLogFile.fileName(list.key())));
                }
            }
            for (RandomStream.Draw d : lists.draws()) {
                RandomDrawJson.write(d, staging.resolve(RandomDrawJson.fileName(d.listKey())));
            }
        });
        for (SignalList list : lists.lists()) {
            out.addAll(List.of(dir.resolve(fileName(list, "csv")), dir.resolve(fileName(list, "json")),
                    dir.resolve(fileName(list, "html"))));
            if (ContactLogTemplate.hasTemplate(list)) {
                out.add(dir.resolve(ContactLogFile.fileName(list.key())));
            }
        }
        lists.draws().forEach(d -> out.add(dir.resolve(RandomDrawJson.fileName(d.listKey()))));
        return out;
    }

    /** Refuses, before any work, a folder that holds anything but earlier signal lists (or is the input). */
    public static void checkTarget(Path dir, Path input) {
        refuseFilledLog(dir);
        AtomicFolder.checkTarget(dir, OWNER, "signal list folder", input);
    }

    private static void refuseFilledLog(Path dir) {
        Optional<Path> filled = Files.isDirectory(dir) ? filledLog(dir) : Optional.empty();
        if (filled.isPresent()) {
            throw new InputException(filled.get() + ": this contact log has been filled in, and a new list would "
                    + "replace it. Move it into the follow-up's history folder first (see followup), or write the "
                    + "new list into another folder");
        }
    }

    /** The first contact log in the folder that is not an empty template any more (or is not readable). */
    private static Optional<Path> filledLog(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("contactlog-[a-z0-9-]+\\.csv")).sorted()
                    .filter(f -> !emptyTemplate(f)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean emptyTemplate(Path log) {
        try {
            return ContactLogFile.read(log).rows().stream()
                    .allMatch(r -> r.firstContact().isEmpty() && r.outcome().isEmpty());
        } catch (InputException e) {
            return false;
        }
    }
}
