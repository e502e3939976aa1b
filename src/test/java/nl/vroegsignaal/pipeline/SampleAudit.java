package nl.vroegsignaal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.vroegsignaal.cli.CliRunner;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.SavedModel;

/**
 * A small model trained once per test JVM on the committed sample (data-sample), and its audit: shared by the
 * audit's tests so that each does not train its own.
 */
public final class SampleAudit {
    public static final Path SAMPLE = Path.of("data-sample");
    /** The configuration the sample model is trained with. */
    static final String CONFIG = "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    trees: 40\n"
            + "    maxDepth: 2\n  split:\n    testCohorts: 2\nevaluate:\n  bootstrapResamples: 100\n";
    private static Path model;
    private static AuditStage.Result result;

    private SampleAudit() {
    }

    /** The model folder (trained on first use). */
    public static synchronized Path model() {
        if (model == null) {
            try {
                Path dir = Files.createTempDirectory("vroegsignaal-audit-");
                Path config = dir.resolve("small.yaml");
                Files.writeString(config, CONFIG);
                Path m = dir.resolve("models/sample");
                CliRunner.Result r = CliRunner.run("train", "--input", SAMPLE.toString(), "--config",
                        config.toString(), "--out", m.toString());
                if (r.exitCode() != 0) {
                    throw new IllegalStateException("training the sample model failed: " + r.err());
                }
                model = m;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    /** The audit of the sample model on the sample, organisation "Gemeente Voorbeeld". */
    public static synchronized AuditStage.Result result() {
        if (result == null) {
            LinkedData linked = Linker.read(SAMPLE);
            FeatureSet features = FeatureBuilder.build(linked);
            result = AuditStage.compute(SavedModel.load(model()), features, linked.inputHashes(),
                    new AuditStage.Options(AuditStage.Options.MODEL_SEED, Optional.of("Gemeente Voorbeeld")));
        }
        return result;
    }
}
