package nl.vroegsignaal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.vroegsignaal.fairness.ContractAttributes;
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
    /** The feature the proxy-leak knob makes encode origin. */
    static final String LEAKED_FEATURE = "verzuim_luxeverzuim_12m";

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
     * Whether the first screen leads with the right finding for the condition, naming the affected group
     * (herkomst buiten Europa, alone or within a combination with geslacht).
     * <ul>
     * <li>Direct effect: it raises the group's outcome beyond every record, so the model judges the group's risk
     * too low: its first model finding is that misjudged risk, or what follows from it (its leavers missed, or the
     * group on the list less often than the truth would put it).</li>
     * <li>Registration bias: the group's absence is registered more often than it happens. A model reading absence
     * can take that up (its first model finding: the group's risk judged too high, or the group on the list more
     * often than the truth would put it); if the model does not, today's practice, which ranks by absence, still
     * does: then the screen names no model finding and its first finding about today's practice is the group on
     * the list more often.</li>
     * <li>Proxy leak: luxeverzuim registrations encode origin but not the outcome: the model stays fair (no model
     * finding) and the proxy check names the luxeverzuim feature.</li>
     * </ul>
     */
    static boolean namesTheRightFindingFirst(AuditStage.Result r, Condition condition) {
        FirstScreen screen = FirstScreen.of(r.report());
        List<Finding> model = r.audit().modelFindings();
        return switch (condition) {
            case DIRECT_EFFECT -> !model.isEmpty() && affected(first(model))
                    && screen.modelFindings().get(0).contains(AFFECTED_GROUP) && switch (first(model).kind()) {
                        case MISJUDGED_RISK -> first(model).model().ratio().value() > 1;
                        case LIST_SHARE -> first(model).excess().value() < 1;
                        case MISSED_LEAVERS -> true;
                        case FOLLOWS_BASE_RATE -> false;
                    };
            case REGISTRATION_BIAS -> model.isEmpty() ? firstPractice(r).filter(f -> affected(f)
                    && f.practice().value() > 1).isPresent() && screen.practice().get(0).contains(AFFECTED_GROUP)
                    : affected(first(model)) && screen.modelFindings().get(0).contains(AFFECTED_GROUP)
                    && switch (first(model).kind()) {
                        case MISJUDGED_RISK -> first(model).model().ratio().value() < 1;
                        case LIST_SHARE -> first(model).excess().value() > 1;
                        default -> false;
                    };
            case PROXY_LEAK -> model.isEmpty() && r.proxies().flagged().contains(LEAKED_FEATURE);
            case NONE -> model.isEmpty();
        };
    }

    /** The strict reading for the direct effect: the group's own risk judged too low, first. */
    static boolean namesTheMisjudgedRiskFirst(AuditStage.Result r) {
        List<Finding> model = r.audit().modelFindings();
        return !model.isEmpty() && first(model).group().code().equals(AFFECTED_GROUP)
                && first(model).kind() == FindingKind.MISJUDGED_RISK && first(model).model().ratio().value() > 1;
    }

    /** The first finding about today's practice on a single attribute, as the first screen names them. */
    static java.util.Optional<Finding> firstPractice(AuditStage.Result r) {
        return r.audit().findings().stream().filter(f -> f.cause() == nl.vroegsignaal.fairness.Cause.PRACTICE
                && !f.attribute().isIntersection()).findFirst();
    }

    private static boolean affected(Finding f) {
        String code = f.group().code();
        return code.equals(AFFECTED_GROUP) || code.endsWith(nl.vroegsignaal.fairness.GroupKey.INTERSECTION_SEPARATOR
                + AFFECTED_GROUP);
    }

    private static Finding first(List<Finding> findings) {
        return findings.get(0);
    }
}
