package nl.vroegsignaal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.vroegsignaal.fairness.Finding;
import nl.vroegsignaal.fairness.FindingKind;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.report.FirstScreen;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;

/**
 * Seeded worlds with a known truth, each generated, trained on (a small logistic model, two test cohorts) and
 * audited with its oracle, for the audit's error rates: the always-on {@link AuditKnownTruthTest} and the
 * {@link AuditErrorRateBenchmark} share it, so both measure the same thing.
 */
final class KnownTruthWorlds {
    static final String CONFIG = "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
            + "  split:\n    testCohorts: 2\nevaluate:\n  bootstrapResamples: 100\n";
    static final double DIRECT_EFFECT = 1.5;
    static final double REGISTRATION_BIAS = Double.parseDouble(System.getProperty("bench.registrationBias", "2.0"));
    static final String AFFECTED_GROUP = "buiten Europa";

    /** A condition: its name and what it does to the generator's options. */
    enum Condition {
        NONE(o -> o), DIRECT_EFFECT(o -> o.withDirectEffectHerkomst(KnownTruthWorlds.DIRECT_EFFECT)),
        REGISTRATION_BIAS(o -> o.withRegistrationBias(KnownTruthWorlds.REGISTRATION_BIAS)),
        PROXY_LEAK(o -> o.withProxyLeak(true));

        final UnaryOperator<SampleOptions> knob;

        Condition(UnaryOperator<SampleOptions> knob) {
            this.knob = knob;
        }
    }

    private KnownTruthWorlds() {
    }

    static AuditStage.Result audit(Path dir, Condition condition, long seed, int persons) {
        try {
            Path data = dir.resolve("data-" + condition + "-" + seed);
            SampleGenerator.generate(condition.knob.apply(SampleOptions.of(persons).withSeed(seed)), data);
            Path config = dir.resolve("small.yaml");
            if (!Files.exists(config)) {
                Files.writeString(config, CONFIG);
            }
            Path model = dir.resolve("model-" + condition + "-" + seed);
            TrainPipeline.run(TrainingData.fromInputFolder(data), ConfigLoader.load(config), model);
            LinkedData linked = Linker.read(data);
            FeatureSet features = FeatureBuilder.build(linked);
            return AuditStage.compute(SavedModel.load(model), features, linked.inputHashes(),
                    TruthFile.alignedTo(data, features.matrix()), Optional.empty(),
                    new AuditStage.Options(AuditStage.Options.MODEL_SEED, Optional.empty()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the first screen names any finding the model causes. */
    static boolean namesAModelFinding(AuditStage.Result r) {
        return !FirstScreen.of(r.report()).modelFindings().isEmpty();
    }

    /**
     * Whether the first screen's first model finding is the right one for the condition, and its sentence names
     * the affected group (herkomst buiten Europa). The direct effect raises the group's outcome unseen, so the
     * right finding is its risk judged too low. The registration bias inflates the group's recorded absence, and a
     * model can take that three ways, each a right finding about the group: its risk judged too high, the group
     * on the list more often than its leavers explain, or its leavers ranked worse (missed).
     */
    static boolean namesTheRightFindingFirst(AuditStage.Result r, Condition condition) {
        FirstScreen screen = FirstScreen.of(r.report());
        List<Finding> model = r.audit().modelFindings();
        if (model.isEmpty() || !first(model).group().code().equals(AFFECTED_GROUP)
                || !screen.modelFindings().get(0).contains(AFFECTED_GROUP)) {
            return false;
        }
        Finding f = first(model);
        double ratio = f.model().ratio().value();
        return switch (condition) {
            case DIRECT_EFFECT -> f.kind() == FindingKind.MISJUDGED_RISK && ratio > 1;
            case REGISTRATION_BIAS -> (f.kind() == FindingKind.MISJUDGED_RISK && ratio < 1)
                    || (f.kind() == FindingKind.LIST_SHARE && f.excess().value() > 1)
                    || f.kind() == FindingKind.MISSED_LEAVERS;
            default -> false;
        };
    }

    private static Finding first(List<Finding> findings) {
        return findings.get(0);
    }
}
