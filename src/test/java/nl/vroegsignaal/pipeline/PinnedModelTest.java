package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.model.ModelKind;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.model.table.TableOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved model folders of both kinds, committed under {@code src/test/resources/pinned-model/} with their tiny
 * input table and the risks they gave when saved: they must still load and give the same risks (within 1e-9), so
 * a change that breaks old model folders, or silently changes their scores, fails here. Regenerate only on
 * purpose (a deliberate format change, noted in src/site/changelog.md):
 * {@code mvn -B test -Dtest=PinnedModelTest -Dpinned.regenerate=true}.
 */
class PinnedModelTest {
    private static final Path PINNED = Path.of("src/test/resources/pinned-model");
    private static final Path TABLE = PINNED.resolve("table.csv");
    private static final Path SCORES = PINNED.resolve("scores.csv");
    private static final Map<ModelKind, String> FOLDERS = Map.of(ModelKind.LOGISTIC_REGRESSION, "logistic",
            ModelKind.GRADIENT_BOOSTED_TREES, "trees");
    private static final Map<ModelKind, String> CONFIGS = Map.of(
            ModelKind.LOGISTIC_REGRESSION, "seed: 11\ntrain:\n  logistic:\n    cost: [1.0]\n  xgboost:\n"
                    + "    enabled: false\nevaluate:\n  bootstrapResamples: 20\n",
            ModelKind.GRADIENT_BOOSTED_TREES, "seed: 11\ntrain:\n  logistic:\n    enabled: false\n  xgboost:\n"
                    + "    trees: [20]\n    maxDepth: [2]\nevaluate:\n  bootstrapResamples: 20\n");
    private static final List<ModelKind> KINDS = List.of(ModelKind.LOGISTIC_REGRESSION,
            ModelKind.GRADIENT_BOOSTED_TREES);

    @TempDir
    static Path dir;

    @BeforeAll
    static void regenerateOnlyWhenAskedTo() throws IOException {
        if (!Boolean.getBoolean("pinned.regenerate")) {
            return;
        }
        Files.createDirectories(PINNED);
        Files.copy(SyntheticTable.write(dir.resolve("table.csv"), 4, 250, false, 17), TABLE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        TrainingData data = TrainingData.fromTable(options());
        StringBuilder scores = new StringBuilder("row;logistic;trees\n");
        List<double[]> risks = new ArrayList<>();
        for (ModelKind kind : KINDS) {
            Path config = Files.writeString(dir.resolve(FOLDERS.get(kind) + ".yaml"), CONFIGS.get(kind));
            TrainPipeline.run(data, ConfigLoader.load(config), PINNED.resolve(FOLDERS.get(kind)));
            risks.add(SavedModel.load(PINNED.resolve(FOLDERS.get(kind))).model().score(data.matrix()));
        }
        for (int r = 0; r < data.matrix().rows(); r++) {
            scores.append(r).append(';').append(risks.get(0)[r]).append(';').append(risks.get(1)[r]).append('\n');
        }
        Files.writeString(SCORES, scores.toString());
    }

    @Test
    void bothPinnedModelsStillLoadAndGiveTheRecordedRisks() throws IOException {
        TrainingData data = TrainingData.fromTable(options());
        List<String> lines = Files.readAllLines(SCORES);
        assertThat(lines).hasSize(1 + data.matrix().rows()).first().isEqualTo("row;logistic;trees");
        for (int k = 0; k < KINDS.size(); k++) {
            ModelKind kind = KINDS.get(k);
            SavedModel saved = SavedModel.load(PINNED.resolve(FOLDERS.get(kind)));
            assertThat(saved.model().kind()).isEqualTo(kind);
            double[] risk = saved.model().score(data.matrix());
            for (int r = 0; r < risk.length; r++) {
                double recorded = Double.parseDouble(lines.get(1 + r).split(";")[1 + k]);
                assertThat(risk[r]).as("%s row %d", kind, r).isCloseTo(recorded, within(1e-9));
            }
        }
    }

    private static TableOptions options() {
        return new TableOptions(TABLE, "uitval", "uitval", "jaar", null, List.of(), ';');
    }
}
