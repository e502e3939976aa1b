package nl.vroegsignaal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.Necessity;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.report.NecessityReport;
import nl.vroegsignaal.sample.NoiseSource;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;

/**
 * Seeded worlds in which one social-domain source is pure noise ({@link NoiseSource}): generated, trained on, and
 * put through the necessity test as {@code run}'s audit does. The always-on {@link NecessityNoiseTest} and the
 * {@link NecessityRateBenchmark} share it, so both measure the same thing.
 */
final class NecessityWorlds {
    /** A small logistic model, as the audit's known-truth worlds use. */
    static final String SMALL = "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
            + "evaluate:\n  bootstrapResamples: 200\n";

    private NecessityWorlds() {
    }

    /**
     * @param config the configuration's text, or null for the built-in defaults
     */
    static NecessityReport measure(Path dir, NoiseSource noise, long seed, int persons, String config) {
        try {
            Path data = dir.resolve("data-" + noise.key() + "-" + seed);
            SampleGenerator.generate(SampleOptions.of(persons).withSeed(seed).withNoiseSource(noise), data);
            LoadedConfig loaded;
            if (config == null) {
                loaded = ConfigLoader.defaults();
            } else {
                Path file = dir.resolve("necessity.yaml");
                Files.writeString(file, config);
                loaded = ConfigLoader.load(file);
            }
            Path model = dir.resolve("model-" + noise.key() + "-" + seed);
            LinkedData linked = Linker.read(data);
            FeatureSet features = FeatureBuilder.build(linked);
            TrainingData training = TrainingData.fromLinked(data, linked, features);
            TrainPipeline.run(training, loaded, model);
            VroegsignaalConfig c = loaded.config();
            return NecessityCheck.compute(features.matrix(), features.audit(),
                    training.split(c.train().split(), c.seed()), c.train(), c.evaluate(), c.seed(),
                    SavedModel.load(model).model(), linked.inputHashes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The necessity row of a source, by its key (e.g. {@code schuldhulp}). */
    static Necessity.Source source(NecessityReport r, String key) {
        return r.result().sources().stream().filter(s -> s.leftOut().key().equals(key)).findFirst().orElseThrow();
    }
}
