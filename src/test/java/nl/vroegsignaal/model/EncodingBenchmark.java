package nl.vroegsignaal.model;

import java.nio.file.Path;
import java.util.Locale;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.pipeline.ConfigLoader;
import nl.vroegsignaal.pipeline.LoadedConfig;
import nl.vroegsignaal.pipeline.TrainingData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How many model inputs the encoding makes of a linked input folder (link + encode, no training): the check of
 * the nation's input count without running the grid. Prints per categorical feature its levels in the training
 * rows and its inputs. Run: {@code mvn -B -o -Pbenchmark test -Dtest=EncodingBenchmark -Dbench.input=DIR
 * -Dbench.heap=12g}
 */
@Tag("benchmark")
class EncodingBenchmark {

    @Test
    void modelInputsOfAnInputFolder() {
        LoadedConfig config = ConfigLoader.defaults();
        long t0 = System.nanoTime();
        FeatureMatrix matrix = TrainingData.fromInputFolder(Path.of(System.getProperty("bench.input"))).matrix();
        DataSplit split = OutOfTimeSplit.byPeildatum(matrix, config.config().train().split().validationCohorts(),
                config.config().train().split().testCohorts());
        SplitRows rows = split.assign(matrix);
        FeatureEncoding encoding = FeatureEncoding.fit(matrix, rows.train());
        System.out.printf(Locale.ROOT, "%n%d rows, %d training rows; link + encode %.1f s%n", matrix.rows(),
                rows.train().length, (System.nanoTime() - t0) / 1e9);
        int oneHotBefore = 0;
        for (int c = 0; c < encoding.columns().size(); c++) {
            FeatureEncoding.EncodedColumn col = encoding.columns().get(c);
            if (matrix.columns().get(c) instanceof FeatureColumn.Categorical cat) {
                boolean[] seen = new boolean[cat.levels().size()];
                for (int r : rows.train()) {
                    if (cat.codes()[r] >= 0) {
                        seen[cat.codes()[r]] = true;
                    }
                }
                int levels = 0;
                for (boolean s : seen) {
                    levels += s ? 1 : 0;
                }
                oneHotBefore += levels;
                System.out.printf(Locale.ROOT, "%s: %d levels in training, %d inputs%s%n", col.name(), levels,
                        col.levels().size() + (col.pooled() ? 1 : 0), col.pooled() ? " (pooled)" : "");
            }
        }
        int inputs = encoding.modelFeatureNames().size();
        int categoricalInputs = 0;
        for (FeatureEncoding.EncodedColumn col : encoding.columns()) {
            categoricalInputs += col.levels().size() + (col.pooled() ? 1 : 0);
        }
        System.out.printf(Locale.ROOT, "MODEL INPUTS %d (one-hot of every level would give %d)%n", inputs,
                inputs - categoricalInputs + oneHotBefore);
    }
}
