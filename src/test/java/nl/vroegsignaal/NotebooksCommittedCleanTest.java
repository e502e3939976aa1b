package nl.vroegsignaal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed notebooks carry no outputs: whatever a run showed (even aggregated figures) stays on the machine
 * that ran it, and CI executes them afresh. Clear them before committing (Jupyter: Edit, Clear All Outputs).
 */
class NotebooksCommittedCleanTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void committedNotebooksHaveNoOutputsAndNoExecutionCounts() throws IOException {
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
            notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertThat(notebooks).extracting(p -> p.getFileName().toString())
                .contains("01-verkennen.ipynb", "02-modellen-vergelijken.ipynb", "03-fairness-audit.ipynb");
        for (Path nb : notebooks) {
            JsonNode root = JSON.readTree(nb.toFile());
            assertThat(root.path("metadata").path("kernelspec").path("name").asText()).as(nb + " kernel")
                    .isEqualTo("rapaio-jupyter-kernel");
            int i = 0;
            for (JsonNode cell : root.path("cells")) {
                String where = nb.getFileName() + " cell " + i++;
                assertThat(cell.path("outputs").size()).as(where + " outputs").isZero();
                assertThat(cell.path("execution_count").isNull() || cell.path("execution_count").isMissingNode())
                        .as(where + " execution_count").isTrue();
            }
        }
    }
}
