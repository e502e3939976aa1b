package nl.vroegsignaal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One trained grid point with the validation figures model selection compared (the test cohort is not used
 * for this choice), for the report's table of every trained candidate.
 *
 * @param saved true for the candidate that was saved
 */
public record GridCandidate(String description, double validationAucPr, double validationAucRoc, boolean saved) {

    /** The candidates as recorded in a model folder's provenance.json ({@code candidates}, {@code savedModel}). */
    public static List<GridCandidate> fromProvenance(JsonNode provenance) {
        String saved = provenance.path("savedModel").path("description").asText();
        List<GridCandidate> out = new ArrayList<>();
        for (JsonNode c : provenance.path("candidates")) {
            String description = c.path("spec").path("description").asText();
            out.add(new GridCandidate(description, c.path("validationAucPr").asDouble(),
                    c.path("validationAucRoc").asDouble(), description.equals(saved)));
        }
        return List.copyOf(out);
    }
}
