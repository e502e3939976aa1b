package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vroegsignaal.followup.FollowUp;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.sample.ContactSimulator;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The effect estimate against known truth, over seeded worlds. Each world is generated, a small model is trained with
 * its three newest labelled cohorts held out, and the lists it would have written at those peildata (with the random
 * stream on) make the history, their contact logs filled in by the generator's contact simulation. Then twice: once in
 * the world as it is (the treatment knob off: contact changes nothing), once with the knob on (the world generated
 * again after each list, the persons the team reached leaving with a chance lowered by {@link #EFFECT}). The
 * estimate's 95% interval must cover the knob's effect in at least 90% of the worlds, and with the knob off report no
 * effect (an interval holding 0) in at least 90%. Measured 2026-12-02 (load 0.1-2.3): covers the knob 18/20, lowers
 * shown 6/20; knob off: no effect shown 18/20 (one "lowers", one "raises"); bounded both ways 19/20.
 */
class FollowUpEffectKnownTruthTest {
    /**
     * Lists of 10% of the population, half of each drawn from the strip of 1.5 times the list below the cut-off: at
     * 20,000 persons (about 6,600 per peildatum) enough drawn, reached and not reached young people who left, over
     * three years, for every cell of the estimate to pass the disclosure rule.
     */
    static final String CONFIG = "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
            + "  split:\n    testCohorts: 3\nevaluate:\n  bootstrapResamples: 0\n  capacity:\n    share: 0.1\n"
            + "signal:\n  randomStream:\n    enabled: true\n    share: 0.5\n    pool: 1.5\n    seed: 7\n"
            + "    decision: \"known-truth test\"\n";
    static final int PERSONS = 20_000;
    static final int WORLDS = Integer.getInteger("effect.worlds", 20);
    static final double EFFECT = 0.4;
    /** A team that reaches 60% of the list: enough not reached to compare with. */
    static final double REACH = 0.6;

    @TempDir
    static Path dir;

    @Test
    void theIntervalCoversTheKnobsEffectAndShowsNoEffectWithoutIt() throws IOException {
        Path config = dir.resolve("effect.yaml");
        Files.writeString(config, CONFIG);
        int coveredOn = 0;
        int lowersOn = 0;
        int noEffectOff = 0;
        int coveredOff = 0;
        int determinable = 0;
        List<String> seen = new ArrayList<>();
        for (long seed = 101; seed < 101 + WORLDS; seed++) {
            SampleOptions world = SampleOptions.of(PERSONS).withSeed(seed);
            Path data = dir.resolve("data-" + seed);
            SampleGenerator.generate(world, data);
            Path model = dir.resolve("model-" + seed);
            TrainPipeline.run(TrainingData.fromInputFolder(data), ConfigLoader.load(config), model);
            List<LocalDate> years = AuditCohort.testPeildata(SavedModel.load(model));
            ContactSimulator.Knobs knobs = new ContactSimulator.Knobs(REACH, null, 1.0, 0.6, 0.7, seed);

            Path off = dir.resolve("history-off-" + seed);
            HistoryBuilder.build(model, data, years, knobs, off);
            FollowUp.Effect e0 = FollowUpStage.effect(model, data, off);

            Path on = dir.resolve("history-on-" + seed);
            HistoryBuilder.build(model, data, years, knobs, on, world, EFFECT);
            FollowUp.Effect e1 = FollowUpStage.effect(model, data, on);

            boolean bothShown = !e0.share().suppressed() && !e1.share().suppressed();
            determinable += bothShown ? 1 : 0;
            coveredOn += covers(e1, EFFECT) ? 1 : 0;
            lowersOn += e1.verdict() == FollowUp.EffectVerdict.LOWERS ? 1 : 0;
            coveredOff += covers(e0, 0) ? 1 : 0;
            noEffectOff += e0.verdict() == FollowUp.EffectVerdict.NOT_SHOWN ? 1 : 0;
            seen.add(seed + ": on " + show(e1) + ", off " + show(e0));
        }
        System.out.println("follow-up known truth (effect of contact, knob " + EFFECT + ", " + WORLDS + " worlds of "
                + PERSONS + "): interval covers the knob " + coveredOn + "/" + WORLDS + ", shows it lowers leaving "
                + lowersOn + "/" + WORLDS + "; knob off: no effect shown " + noEffectOff + "/" + WORLDS
                + ", interval covers 0 " + coveredOff + "/" + WORLDS + "; both determinable " + determinable + "/"
                + WORLDS + "\n  " + String.join("\n  ", seen));
        // a world whose estimate is not shown (too few, or unbounded) counts as not covering the knob
        assertThat(determinable).as("worlds with a bounded estimate both ways: %s", seen)
                .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * WORLDS));
        assertThat(coveredOn).as("worlds whose interval covers %s: %s", EFFECT, seen)
                .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * WORLDS));
        assertThat(noEffectOff).as("worlds showing no effect with the knob off: %s", seen)
                .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * WORLDS));
    }

    private static boolean covers(FollowUp.Effect e, double truth) {
        return !e.share().suppressed() && e.share().lower() <= truth && truth <= e.share().upper();
    }

    private static String show(FollowUp.Effect e) {
        return e.verdict() + (e.share().suppressed() ? "" : String.format(Locale.ROOT, " %.2f (%.2f to %.2f), n %d/%d/%d",
                e.share().value(), e.share().lower(), e.share().upper(), e.reached(), e.drawn(), e.comparable()));
    }
}
