package nl.vroegsignaal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.Json;

/**
 * The append-only log of the signal lists a run produced (AI Act art. 26(6): a deployer keeps the logs): one line
 * per list with the date and time (UTC), the list, its peildatum, the model's sha256, one sha256 over the input
 * files' hashes, the configuration's sha256 and who ran it ({@code --operator}, else the environment variable
 * {@value #OPERATOR_VARIABLE}, else {@code USER}). It lives in {@code OUT/logboek/}, outside every stage's folder,
 * so the stages' byte-identical outputs stay byte-identical; a reused signal stage adds no line. Lines are only
 * ever appended; a file there that this program did not start is refused, never overwritten.
 */
final class RunLog {
    static final String FOLDER = "logboek";
    static final String FILE = "signaallijsten.csv";
    static final String NOTE = "LEESMIJ.txt";
    static final String OPERATOR_VARIABLE = "VROEGSIGNAAL_OPERATOR";
    static final String HEADER = "tijdstip_utc,lijst,peildatum,model_sha256,invoer_sha256,configuratie_sha256,"
            + "uitgevoerd_door";
    static final String RETENTION = "Logboek van vroegsignaal: elke signaallijst die een run maakte, met tijdstip, "
            + "model, invoer, configuratie en wie de run startte.\n"
            + "De AI-verordening (artikel 26, lid 6) vraagt de gebruiksverantwoordelijke dit logboek ten minste zes "
            + "maanden te bewaren, tenzij ander recht iets anders bepaalt. Bewaar het niet langer dan nodig is voor "
            + "verantwoording en toezicht.\n"
            + "[IN TE VULLEN DOOR DE GEMEENTE: bewaartermijn, en wie het logboek bewaart en verwijdert]\n"
            + "vroegsignaal voegt alleen regels toe en verwijdert of overschrijft nooit iets in dit bestand.\n";

    private RunLog() {
    }

    /** One list produced: its key (e.g. {@code rmc}) and peildatum. */
    record Entry(String key, java.time.LocalDate peildatum) {
    }

    /** Who ran this: the option, else the environment. */
    static String operator(Optional<String> option, Map<String, String> environment) {
        String who = option.map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> Optional.ofNullable(environment.get(OPERATOR_VARIABLE))
                        .or(() -> Optional.ofNullable(environment.get("USER"))).orElse("onbekend"));
        return who.replaceAll("[\\r\\n,\"]", " ").strip();
    }

    /** Appends one line per list (creating the folder, the file with its header and the retention note). */
    static void append(Path out, List<Entry> lists, Path modelFile, Map<String, String> inputHashes,
                       String configSha256, String operator, Instant now) {
        Path dir = out.resolve(FOLDER);
        Path file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            if (!Files.exists(dir.resolve(NOTE))) {
                AtomicOutput.writeString(dir.resolve(NOTE), AtomicOutput.Visibility.PERSON_LEVEL, RETENTION);
            }
            if (Files.exists(file)) {
                List<String> first = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (first.isEmpty() || !first.get(0).equals(HEADER)) {
                    throw new InputException(file + ": not a run log written by vroegsignaal (its first line is not "
                            + "the header " + HEADER + "); it is left as it is. Move it away to start a new log");
                }
            } else {
                AtomicOutput.writeString(file, AtomicOutput.Visibility.PERSON_LEVEL, HEADER + "\n");
            }
            String model = Hashing.sha256(modelFile);
            String inputs = Hashing.sha256(Json.canonical(inputHashes));
            StringBuilder lines = new StringBuilder();
            String when = now.truncatedTo(ChronoUnit.SECONDS).toString();
            for (Entry l : lists) {
                lines.append(when).append(',').append(l.key()).append(',').append(l.peildatum()).append(',')
                        .append(model).append(',').append(inputs).append(',').append(configSha256).append(',')
                        .append(operator).append('\n');
            }
            Files.writeString(file, lines.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not append to the run log " + file + ": " + e.getMessage(), e);
        }
    }
}
