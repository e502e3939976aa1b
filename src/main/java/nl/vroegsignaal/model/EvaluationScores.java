package nl.vroegsignaal.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.Json;

/**
 * What a training run's evaluation report is computed from, without the capacity or the bootstrap settings:
 * every compared ranking's risk on the test rows, the oracle's, and the saved model's risk per later cohort.
 * Kept so that a change of {@code evaluate.*} re-reports a trained model without training it again. The rows
 * carry no pseudonym, but they are in the feature matrix's row order, so the file is written owner-only.
 *
 * @param splitDescription how the cohorts were split
 * @param chosenModel      report name of the saved model
 * @param names            report name per compared model kind
 * @param compared         risk, label and sector of every compared ranking on the test rows
 * @param oracle           the same for the generator's true probability, or null
 * @param trendModel       name of the model whose per-cohort trend is shown, or null
 * @param trendCohorts     the saved model's risks per validation/test cohort (ISO date), empty without dates
 * @param notes            what the report must say about the data
 */
public record EvaluationScores(String splitDescription, String chosenModel, Map<ModelKind, String> names,
                               List<EvaluationInput> compared, EvaluationInput oracle, String trendModel,
                               Map<String, EvaluationInput> trendCohorts, List<String> notes) {
    private static final String FORMAT = "vroegsignaal-evaluation-scores/1";
    private static final ObjectMapper JSON = Json.MAPPER;

    public EvaluationScores {
        names = new TreeMap<>(names);
        compared = List.copyOf(compared);
        trendCohorts = new TreeMap<>(trendCohorts);
        notes = List.copyOf(notes);
    }

    /** The file's content: a format tag beside the scores, so that an old file is refused, not misread. */
    record File(String format, EvaluationScores scores) {
    }

    /** Writes the scores as JSON (doubles round-trip exactly), owner-only. */
    public void write(Path file) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(new File(FORMAT, this));
            AtomicOutput.writeBytes(file, AtomicOutput.Visibility.PERSON_LEVEL, os -> os.write(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** @throws InputException when the file is missing, unreadable or of another format */
    public static EvaluationScores read(Path file) {
        try {
            File f = JSON.readValue(file.toFile(), File.class);
            if (!FORMAT.equals(f.format()) || f.scores() == null) {
                throw new InputException(new InputError(file.toString(), 0, null, "expected format " + FORMAT
                        + ", found " + f.format()));
            }
            return f.scores();
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(new InputError(file.toString(), 0, null,
                    "not readable as evaluation scores: " + e.getMessage()));
        }
    }
}
