package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.followup.FollowUp;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.sample.ContactSimulator;
import nl.vroegsignaal.sample.DriftKnobs;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow-up against known truth, over seeded worlds: each is generated with the follow-up knobs, a small model is
 * trained on it with its three newest labelled cohorts held out, the lists it would have written at those three
 * peildata make the history, and the contact logs are filled in by the generator's contact simulation.
 */
class FollowUpKnownTruthTest {
    static final String CONFIG = "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
            + "  split:\n    testCohorts: 3\nevaluate:\n  bootstrapResamples: 0\n";
    static final int PERSONS = 10_000;
    static final int BIAS_PERSONS = 30_000;
    static final long[] SEEDS = {11, 12, 13};
    static final double BASE_RATE_SHIFT = 0.8;
    static final double LESS_REACHED = 0.4;
    static final double REGISTRATION_DRIFT = 4.0;
    private static final String TARGET = "herkomst=" + Herkomst.BUITEN_EUROPA.code();

    @TempDir
    static Path dir;

    /** Generates, trains, builds the three-year history and follows it up. */
    static FollowUp.Report followUp(String name, SampleOptions world, ContactSimulator.Knobs contact) throws IOException {
        Path data = dir.resolve("data-" + name);
        SampleGenerator.generate(world, data);
        Path config = dir.resolve("followup.yaml");
        if (!Files.exists(config)) {
            Files.writeString(config, CONFIG);
        }
        Path model = dir.resolve("model-" + name);
        TrainPipeline.run(TrainingData.fromInputFolder(data), ConfigLoader.load(config), model);
        List<LocalDate> test = AuditCohort.testPeildata(SavedModel.load(model));
        assertThat(test).hasSize(3);
        Path history = dir.resolve("history-" + name);
        HistoryBuilder.build(model, data, test, contact, history);
        return FollowUpStage.compute(model, data, history);
    }

    /**
     * The contact-bias knob: at city-like list sizes (30,000 persons), so that the less-reached group's counts on the
     * list pass the disclosure rule; at 10,000 persons they do not, and the audit rightly says "not determinable".
     */
    @Test
    void theStepAuditNamesTheLessReachedGroupAtTheContactStep() throws IOException {
        int named = 0;
        int otherNamed = 0;
        List<String> seen = new ArrayList<>();
        for (long seed : new long[] {SEEDS[0], SEEDS[1]}) {
            FollowUp.Report r = followUp("contact-" + seed, SampleOptions.of(BIAS_PERSONS).withSeed(seed),
                    ContactSimulator.Knobs.unbiased(seed).withBias(Herkomst.BUITEN_EUROPA, LESS_REACHED));
            List<String> gaps = r.steps().stream().flatMap(s -> s.gaps().stream()).toList();
            seen.add(seed + ": " + gaps);
            named += gaps.stream().anyMatch(g -> g.startsWith("CONTACT ") && g.contains(TARGET)) ? 1 : 0;
            otherNamed += gaps.stream().anyMatch(g -> g.startsWith("CONTACT ") && !g.contains(Herkomst.BUITEN_EUROPA
                    .code())) ? 1 : 0;
        }
        System.out.println("follow-up known truth (contact bias): " + seen);
        assertThat(named).as("worlds whose step audit names %s at contact: %s", TARGET, seen).isEqualTo(2);
        assertThat(otherNamed).as("worlds naming another group at contact: %s", seen).isZero();
    }

    @Test
    void aBaseRateShiftAdvisesRecalibration() throws IOException {
        int recalibrate = 0;
        List<String> seen = new ArrayList<>();
        for (long seed : SEEDS) {
            FollowUp.Report r = followUp("bias-" + seed, SampleOptions.of(PERSONS).withSeed(seed)
                    .withDrift(new DriftKnobs(BASE_RATE_SHIFT, 0)), ContactSimulator.Knobs.unbiased(seed));
            assertThat(r.backTests()).hasSize(6); // three years, a leerplicht and an RMC list each
            seen.add(seed + ": " + r.advice() + " " + r.cohorts().stream().map(c -> c.peildatum() + " O/E "
                    + c.observedToExpected().value()).toList());
            recalibrate += r.advice() == FollowUp.Advice.RECALIBRATE ? 1 : 0;
        }
        System.out.println("follow-up known truth (base-rate shift): " + seen);
        assertThat(recalibrate).as("worlds advised to recalibrate: %s", seen).isEqualTo(SEEDS.length);
    }

    @Test
    void theDriftReportFlagsTheSourceWhoseRegistrationChanged() throws IOException {
        int flagged = 0;
        List<String> seen = new ArrayList<>();
        for (long seed : new long[] {SEEDS[0], SEEDS[1]}) {
            FollowUp.Report r = followUp("registration-" + seed, SampleOptions.of(PERSONS).withSeed(seed)
                    .withDrift(new DriftKnobs(0, REGISTRATION_DRIFT)), ContactSimulator.Knobs.unbiased(seed));
            FollowUp.SourceDrift top = r.drift().sources().stream()
                    .max(java.util.Comparator.comparingDouble(FollowUp.SourceDrift::psi)).orElseThrow();
            seen.add(seed + ": " + r.drift().sources());
            flagged += top.source().equals("verzuim.csv") && top.level() != FollowUp.DriftLevel.STABLE ? 1 : 0;
        }
        System.out.println("follow-up known truth (registration drift): " + seen);
        assertThat(flagged).as("worlds whose drift report flags verzuim.csv: %s", seen).isEqualTo(2);
    }
}
