package nl.vroegsignaal.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.vroegsignaal.core.Json;

/**
 * What later stages read back of a model's {@code evaluation.json} (written by {@link EvaluationJson}): the chosen
 * model's headline figures, read with Jackson into records, so that no stage looks values up in a JSON tree. A
 * figure the evaluation hid is null there, and stays null here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationSummary(String chosenModel, List<Candidate> candidates) {
    /** One candidate's figures; a part the file does not have is null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(String name, Figure aucPr, Figure aucRoc, AtCapacity atCapacity) {
    }

    /** Precision and recall of the candidate's list at capacity. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AtCapacity(Figure precision, Figure recall) {
    }

    /** A value with its 95% interval; each part null when hidden or undefined. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figure(Double value, Double lower, Double upper) {
        /** Value and both bounds are there. */
        public boolean complete() {
            return value != null && lower != null && upper != null;
        }
    }

    public EvaluationSummary {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public static EvaluationSummary read(Path file) {
        try {
            return Json.MAPPER.readValue(file.toFile(), EvaluationSummary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the model's evaluation.json: " + e.getMessage(), e);
        }
    }

    /** The candidate the evaluation chose, if the file names it. */
    public Optional<Candidate> chosen() {
        return candidates.stream().filter(c -> c.name() != null && c.name().equals(chosenModel)).findFirst();
    }
}
