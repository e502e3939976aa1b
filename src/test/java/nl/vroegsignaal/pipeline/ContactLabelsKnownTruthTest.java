package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.link.ContactHistory;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.sample.ContactSimulator;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Treatment-aware labels against known truth, over seeded worlds. Each world is generated twice from one seed: as it
 * is, and with the treatment knob on (contact after a list lowers the chance of leaving that year by {@link #EFFECT};
 * the generator keeps every other draw, so the world without the knob holds each row's untreated label). A small model
 * writes three yearly lists, the generator's contact simulation fills their logs. Then, on the rows labelled in both
 * worlds: left unmarked ({@code contacts.training: ignore}), the rows of contacted young people carry labels biased
 * down against their untreated labels; marked from the contact logs and left out ({@code exclude}), no kept row's label
 * differs from its untreated label. Finally a world is trained through {@code contacts:} in the configuration.
 */
class ContactLabelsKnownTruthTest {
    static final String CONFIG = "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
            + "  split:\n    testCohorts: 3\nevaluate:\n  bootstrapResamples: 0\n  capacity:\n    share: 0.1\n";
    static final int PERSONS = 6_000;
    static final int WORLDS = Integer.getInteger("contacts.worlds", 5);
    static final double EFFECT = 0.6;
    static final long FIRST = Long.getLong("contacts.first", 301);

    @TempDir
    static Path dir;

    @Test
    void unmarkedContactsBiasTheLabelsAndLeavingThemOutRecoversTheUntreatedOnes() throws IOException {
        Path config = dir.resolve("contacts.yaml");
        Files.writeString(config, CONFIG);
        int biased = 0;
        int recovered = 0;
        long markedLeftOn = 0;
        long markedLeftOff = 0;
        long markedRows = 0;
        List<String> seen = new ArrayList<>();
        Path firstHistory = null;
        Path firstData = null;
        for (long seed = FIRST; seed < FIRST + WORLDS; seed++) {
            SampleOptions world = SampleOptions.of(PERSONS).withSeed(seed);
            Path untreated = dir.resolve("untreated-" + seed);
            SampleGenerator.generate(world, untreated);
            Path data = dir.resolve("data-" + seed);
            SampleGenerator.generate(world, data);
            Path model = dir.resolve("model-" + seed);
            TrainPipeline.run(TrainingData.fromInputFolder(data), ConfigLoader.load(config), model);
            List<LocalDate> years = AuditCohort.testPeildata(SavedModel.load(model));
            Path history = dir.resolve("history-" + seed);
            HistoryBuilder.build(model, data, years, new ContactSimulator.Knobs(0.8, null, 1.0, 0.6, 0.7, seed),
                    history, world, EFFECT);
            ContactHistory contacts = ContactHistory.read(history);

            FeatureMatrix off = TrainingData.fromInputFolder(untreated).matrix();
            FeatureMatrix on = TrainingData.fromInputFolder(data).matrix();
            FeatureMatrix excluded = TrainingData.fromInputFolder(data).withContacts(contacts, "exclude").matrix();
            boolean[] marked = contacts.mark(on.pseudonym(), on.peildatum());
            Map<String, Byte> truth = new HashMap<>();
            for (int i = 0; i < off.rows(); i++) {
                truth.put(off.pseudonym()[i] + "@" + off.peildatum()[i], off.label()[i]);
            }
            int differIgnore = 0;
            int differExclude = 0;
            int leftOn = 0;
            int leftOff = 0;
            int rows = 0;
            for (int i = 0; i < on.rows(); i++) {
                Byte t = truth.get(on.pseudonym()[i] + "@" + on.peildatum()[i]);
                if (t == null || t == FeatureMatrix.NO_LABEL || on.label()[i] == FeatureMatrix.NO_LABEL) {
                    continue;
                }
                differIgnore += on.label()[i] != t ? 1 : 0;
                differExclude += excluded.label()[i] != FeatureMatrix.NO_LABEL && excluded.label()[i] != t ? 1 : 0;
                if (marked[i]) {
                    rows++;
                    leftOn += on.label()[i];
                    leftOff += t;
                }
            }
            biased += leftOn < leftOff ? 1 : 0;
            recovered += differExclude == 0 ? 1 : 0;
            markedRows += rows;
            markedLeftOn += leftOn;
            markedLeftOff += leftOff;
            seen.add(seed + ": marked " + rows + " rows, left " + leftOn + " (untreated " + leftOff + "), labels off "
                    + "the untreated ones: ignore " + differIgnore + ", exclude " + differExclude);
            if (firstHistory == null) {
                firstHistory = history;
                firstData = data;
            }
        }
        System.out.println("contact labels known truth (knob " + EFFECT + ", " + WORLDS + " worlds of " + PERSONS
                + "): marked rows biased down " + biased + "/" + WORLDS + " (left " + markedLeftOn + " of "
                + markedRows + ", untreated " + markedLeftOff + "), exclude recovers every untreated label "
                + recovered + "/" + WORLDS + "\n  " + String.join("\n  ", seen));
        assertThat(biased).as("worlds whose contacted rows left less often than untreated: %s", seen)
                .isGreaterThanOrEqualTo((int) Math.ceil(0.8 * WORLDS));
        assertThat(recovered).as("worlds where exclude leaves only untreated labels: %s", seen).isEqualTo(WORLDS);

        Path withContacts = dir.resolve("with-contacts.yaml");
        Files.writeString(withContacts, CONFIG + "contacts:\n  history: " + dir.relativize(firstHistory)
                + "\n  training: exclude\n");
        TrainPipeline.Outcome o = TrainPipeline.run(TrainingData.fromInputFolder(firstData),
                ConfigLoader.load(withContacts), dir.resolve("model-contacts"));
        assertThat(o.result().notes()).anyMatch(n -> n.startsWith("Contacts: ") && n.contains("left out"));
        System.out.println(o.result().notes());
        assertThat(o.result().notes()).anyMatch(n -> n.startsWith("Contacts, every way (chosen: exclude)")
                && n.contains("trained with exclude, precision at capacity") && n.contains("trained with ignore"));
        assertThat(Files.readString(dir.resolve("model-contacts").resolve(SavedModel.PROVENANCE)))
                .contains("contacts/");
    }
}
