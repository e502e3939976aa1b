package nl.vroegsignaal.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the evaluation report shows, for the report stage's {@code EvaluationJson} and {@code EvaluationHtml}.
 *
 * @param title             report title
 * @param provenance        what produced the report (version, config hash, input hashes, seed, ...); kept
 *                          as an unmodifiable copy sorted by key
 * @param splitDescription  how cohorts were split into training, validation and test, in plain text
 * @param comparison        all candidates (and the oracle, if any) on the test cohort
 * @param chosenModel       name of the candidate that was saved; null when none was chosen
 * @param trends            precision at capacity per cohort, per model shown; may be empty
 * @param notes             caveats, e.g. "Out-of-time validation was not possible: ..."
 * @param grid              every trained candidate with its validation figures (model selection); empty when
 *                          the report is not of a training run
 */
public record EvaluationReportData(String title, Map<String, String> provenance, String splitDescription,
                                   Comparison comparison, String chosenModel, List<CohortTrend> trends,
                                   List<String> notes, List<GridCandidate> grid) {

    /** A report without a model-selection grid (a saved model evaluated on other data). */
    public EvaluationReportData(String title, Map<String, String> provenance, String splitDescription,
                                Comparison comparison, String chosenModel, List<CohortTrend> trends,
                                List<String> notes) {
        this(title, provenance, splitDescription, comparison, chosenModel, trends, notes, List.of());
    }

    public EvaluationReportData {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("evaluation report: a title is required");
        }
        if (comparison == null) {
            throw new IllegalArgumentException("evaluation report: a comparison is required");
        }
        if (chosenModel != null && comparison.candidate(chosenModel).isEmpty()) {
            throw new IllegalArgumentException("evaluation report: the chosen model '" + chosenModel
                    + "' is not among the candidates " + comparison.candidates().stream().map(Evaluation::name)
                    .toList());
        }
        provenance = Collections.unmodifiableSortedMap(new TreeMap<>(provenance == null ? Map.of() : provenance));
        splitDescription = splitDescription == null ? "" : splitDescription;
        trends = trends == null ? List.of() : List.copyOf(trends);
        notes = notes == null ? List.of() : List.copyOf(notes);
        grid = grid == null ? List.of() : List.copyOf(grid);
    }

    /** The chosen model's evaluation, or the first candidate's when none was chosen. */
    public Evaluation headline() {
        return chosenModel == null ? comparison.candidates().get(0)
                : comparison.candidate(chosenModel).orElseThrow();
    }
}
