package nl.vroegsignaal.followup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.link.ContactLogFile;

/**
 * The history folder: one folder per past list run (any name; read in name order), each holding the
 * {@code signalen-LIST.json} files {@code signal} wrote and, beside each, the team's filled
 * {@code contactlog-LIST.csv}, and where the random stream drew places of the list its draw
 * {@code steekproef-LIST.json}. A school's list is skipped (its persons are on the age-band lists). The folder is only
 * read: the follow-up writes elsewhere.
 */
final class HistoryFolder {
    private HistoryFolder() {
    }

    static List<PastList> read(Path history) {
        if (!Files.isDirectory(history)) {
            throw new InputException("--history " + history + ": not a folder (expected one folder per past list run, "
                    + "each with signalen-LIST.json and the filled contactlog-LIST.csv)");
        }
        List<PastList> out = new ArrayList<>();
        for (Path run : list(history).stream().filter(Files::isDirectory).toList()) {
            for (Path json : list(run).stream().filter(f -> f.getFileName().toString()
                    .matches("signalen-[a-z0-9-]+\\.json") && !f.getFileName().toString().startsWith("signalen-school-"))
                    .toList()) {
                String key = json.getFileName().toString().replaceFirst("^signalen-", "").replaceFirst("\\.json$", "");
                Path log = run.resolve(ContactLogFile.fileName(key));
                Optional<ContactLogFile.Contents> contents = Files.isRegularFile(log)
                        ? Optional.of(ContactLogFile.read(log)) : Optional.empty();
                Path draw = run.resolve("steekproef-" + key + ".json");
                out.add(PastList.read(json, contents, Files.isRegularFile(draw) ? Optional.of(draw) : Optional.empty()));
            }
        }
        if (out.isEmpty()) {
            throw new InputException("--history " + history + ": holds no past signal list (expected folders with "
                    + "signalen-leerplicht.json or signalen-rmc.json)");
        }
        out.sort(Comparator.comparing((PastList l) -> l.json().date()).thenComparing(l -> l.json().lijst()));
        return out;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + dir + ": " + e.getMessage(), e);
        }
    }
}
