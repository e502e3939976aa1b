package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.model.SplitRows;
import nl.vroegsignaal.model.StratifiedSplit;
import nl.vroegsignaal.model.table.TableOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableTrainingTest {
    @TempDir
    static Path dir;
    private static LoadedConfig config;

    @BeforeAll
    static void config() {
        config = ConfigLoader.load(SyntheticTable.smallConfig(dir.resolve("small.yaml")));
    }

    @Test
    void withoutATimeColumnTheSplitIsStratifiedAndEveryOutputSaysOutOfTimeWasNotPossible() throws IOException {
        Path table = SyntheticTable.write(dir.resolve("no-time.csv"), 0, 4000, false, 1);
        TrainingData data = TrainingData.fromTable(options(table, null, List.of()));
        TrainPipeline.Outcome outcome = TrainPipeline.run(data, config, dir.resolve("models/no-time"));

        assertThat(outcome.result().split()).isInstanceOf(StratifiedSplit.class);
        SplitRows rows = outcome.result().rows();
        double trainShare = share(data, rows.train());
        assertThat(share(data, rows.validation())).isCloseTo(trainShare, org.assertj.core.data.Offset.offset(0.005));
        assertThat(share(data, rows.test())).isCloseTo(trainShare, org.assertj.core.data.Offset.offset(0.005));
        assertThat(rows.train().length).isEqualTo(2400);
        assertThat(outcome.report().summary()).anyMatch(l -> l.contains(StratifiedSplit.NOT_OUT_OF_TIME));
        for (String f : List.of("evaluation.json", "provenance.json")) {
            assertThat(Files.readString(outcome.modelDir().resolve(f))).as(f)
                    .contains(StratifiedSplit.NOT_OUT_OF_TIME);
        }
    }

    @Test
    void withATimeColumnTheSplitIsOutOfTime() throws IOException {
        Path table = SyntheticTable.write(dir.resolve("years.csv"), 4, 1500, false, 2);
        TrainingData data = TrainingData.fromTable(options(table, "jaar", List.of()));
        TrainPipeline.Outcome outcome = TrainPipeline.run(data, config, dir.resolve("models/years"));
        assertThat(outcome.result().split().describe()).isEqualTo("out-of-time split: train on 2018, 2019; "
                + "validation (hyperparameters, calibration) on 2020; test (this report) on 2021");
        assertThat(Files.readString(outcome.modelDir().resolve("evaluation.json")))
                .doesNotContain(StratifiedSplit.NOT_OUT_OF_TIME);
        assertThat(outcome.result().notes()).contains("The environment baseline was not evaluated: the data "
                + "carries no school and onderwijssoort.");
    }

    @Test
    void aProtectedColumnWithAStrongSignalDoesNotChangeTheModel() throws IOException {
        Path without = SyntheticTable.write(dir.resolve("without.csv"), 3, 1500, false, 3);
        Path with = SyntheticTable.write(dir.resolve("with.csv"), 3, 1500, true, 3);
        TrainingData a = TrainingData.fromTable(options(without, "jaar", List.of()));
        TrainingData b = TrainingData.fromTable(options(with, "jaar", List.of("geslacht")));
        Path modelA = TrainPipeline.run(a, config, dir.resolve("models/a")).modelDir();
        Path modelB = TrainPipeline.run(b, config, dir.resolve("models/b")).modelDir();

        assertThat(Hashing.sha256(modelB.resolve("model.tribuo"))).isEqualTo(Hashing.sha256(modelA.resolve(
                "model.tribuo")));
        double[] scoresA = SavedModel.load(modelA).model().score(a.matrix());
        double[] scoresB = SavedModel.load(modelB).model().score(b.matrix());
        assertThat(scoresB).containsExactly(scoresA);
        assertThat(b.table().protectedColumns().get("geslacht")).hasSize(b.matrix().rows());

        // the control: the same column, not declared protected, does change the model (so the test can fail)
        TrainingData leaky = TrainingData.fromTable(options(with, "jaar", List.of()));
        Path modelC = TrainPipeline.run(leaky, config, dir.resolve("models/c")).modelDir();
        assertThat(SavedModel.load(modelC).model().score(leaky.matrix())).isNotEqualTo(scoresA);
    }

    private static TableOptions options(Path table, String time, List<String> protectedColumns) {
        return new TableOptions(table, "uitval", "uitval", time, null, protectedColumns, ';');
    }

    private static double share(TrainingData data, int[] rows) {
        return Arrays.stream(rows).map(r -> data.matrix().label()[r]).average().orElseThrow();
    }
}
