package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.vroegsignaal.cli.CliRunner;
import nl.vroegsignaal.fairness.Disparity;
import nl.vroegsignaal.fairness.Metric;
import nl.vroegsignaal.fairness.ProtectedAttribute;
import nl.vroegsignaal.fairness.Verdict;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.report.AuditFindings;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit against known truth, end to end on generated worlds of 5,000 persons (the sample scale) with a small
 * logistic model. The generator's direct-effect knob adds log-odds to the outcome of herkomst 'buiten Europa'
 * that no record shows, so a model trained on the records underestimates that group's risk: its observed / expected
 * ratio (calibration) against Nederland is truly well above 1. Without the knob the true probability depends on
 * the records only, so a model fitted to them is calibrated within every group and the true ratio is 1. Other
 * metrics (selection rate, precision) differ between groups in either world, because the groups' circumstances
 * and base rates differ; they are not a clean "no disparity" case, so the false-alarm check uses calibration.
 */
class AuditKnownTruthTest {
    private static final long[] SEEDS = {11, 12, 13};
    private static final double DIRECT_EFFECT = 1.5;
    /** Two test cohorts: at 5,000 persons one cohort holds about 40 leavers, too few to show most cells. */
    private static final String CONFIG = "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
            + "  split:\n    testCohorts: 2\nevaluate:\n  bootstrapResamples: 100\n";

    @TempDir
    static Path dir;
    private static final List<AuditStage.Result> WITHOUT = new ArrayList<>();
    private static final List<AuditStage.Result> WITH = new ArrayList<>();
    private static AuditStage.Result leak;

    @BeforeAll
    static void auditGeneratedWorlds() throws IOException {
        Path config = dir.resolve("small.yaml");
        Files.writeString(config, CONFIG);
        for (long seed : SEEDS) {
            SampleOptions base = SampleOptions.of(5_000).withSeed(seed);
            WITHOUT.add(audit(base, "off-" + seed, config));
            WITH.add(audit(base.withDirectEffectHerkomst(DIRECT_EFFECT), "on-" + seed, config));
        }
        leak = audit(SampleOptions.of(5_000).withSeed(SEEDS[0]).withProxyLeak(true), "leak", config);
    }

    private static AuditStage.Result audit(SampleOptions options, String name, Path config) {
        Path data = dir.resolve("data-" + name);
        SampleGenerator.generate(options, data);
        Path model = dir.resolve("model-" + name);
        CliRunner.Result r = CliRunner.run("train", "--input", data.toString(), "--config", config.toString(),
                "--out", model.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        LinkedData linked = Linker.read(data);
        FeatureSet features = FeatureBuilder.build(linked);
        return AuditStage.compute(SavedModel.load(model), features, linked.inputHashes(),
                new AuditStage.Options(AuditStage.Options.MODEL_SEED, Optional.empty()));
    }

    private static Disparity calibrationBuitenEuropa(AuditStage.Result r) {
        return r.audit().attribute(ProtectedAttribute.HERKOMST).disparities().stream()
                .filter(d -> d.metric() == Metric.CALIBRATION && d.group().code().equals("buiten Europa"))
                .findFirst().orElseThrow();
    }

    @Test
    void aDirectEffectOfOriginIsFlaggedAsUnderestimatedRiskForBuitenEuropaInEverySeed() {
        for (AuditStage.Result r : WITH) {
            Disparity d = calibrationBuitenEuropa(r);
            assertThat(d.reference().code()).isEqualTo("Nederland");
            assertThat(d.verdict()).as("O/E ratio %s", d.ratio()).isEqualTo(Verdict.BUITEN_BAND);
            assertThat(d.ratio().lower()).isGreaterThan(1.25);
            // and the summary a privacy officer reads names it
            assertThat(AuditFindings.disparities(r.audit())).contains(d);
        }
    }

    @Test
    void withoutTheKnobCalibrationIsFlaggedNoMoreOftenThanTheStatedErrorRate() {
        int made = 0;
        int outside = 0;
        for (AuditStage.Result r : WITHOUT) {
            for (var a : r.audit().attributes()) {
                for (Disparity d : a.disparities()) {
                    if (d.metric() == Metric.CALIBRATION && !d.ratio().suppressed()) {
                        made++;
                        outside += d.verdict() == Verdict.BUITEN_BAND ? 1 : 0;
                    }
                }
            }
            assertThat(calibrationBuitenEuropa(r).verdict()).isNotEqualTo(Verdict.BUITEN_BAND);
        }
        double stated = WITHOUT.get(0).audit().comparisons().errorRate();
        assertThat(made).as("calibration comparisons made over the seeds").isGreaterThanOrEqualTo(6);
        assertThat((double) outside).as("%d of %d flagged", outside, made).isLessThanOrEqualTo(stated * made);
    }

    @Test
    void theProxyCheckNamesTheFeatureTheLeakKnobMakesEncodeOrigin() {
        assertThat(leak.proxies().flagged()).contains("verzuim_luxeverzuim_12m");
        assertThat(leak.registerEntry().fields().get("risks").toString()).contains("verzuim_luxeverzuim_12m");
        for (AuditStage.Result r : WITHOUT) {
            assertThat(r.proxies().flagged()).doesNotContain("verzuim_luxeverzuim_12m");
        }
    }
}
