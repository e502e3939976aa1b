package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.vroegsignaal.explain.Reason;
import nl.vroegsignaal.explain.Signal;
import nl.vroegsignaal.explain.SignalList;
import nl.vroegsignaal.features.ContactInput;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.ContactHistory;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.model.TribuoRiskModel;
import nl.vroegsignaal.sample.ContactSimulator;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code contacts.training: feature} against known truth, over seeded worlds where contact works (the generator's
 * treatment knob, {@link ContactLabelsKnownTruthTest#EFFECT}). A first model writes three yearly lists and the
 * contact simulation fills their logs, as in {@link ContactLabelsKnownTruthTest}; then a model is trained with the
 * contact as a recorded input, on a split whose training and validation cohorts hold the first lists' contacts. It
 * must learn that contact lowers the risk: on most worlds, for most contacted rows the model's risk with the recorded
 * contact (1) is below that of the same row as not contacted (0). Its signal list scores everyone as not contacted
 * (even those the team reached after an earlier list), explains exactly (the explainer checks every sum) and never
 * gives the contact as a reason.
 */
class ContactFeatureKnownTruthTest {
    /** Training and validation cohorts hold the first two lists' contacts; the third list's year is the test. */
    static final String FEATURE_CONFIG = "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
            + "  split:\n    testCohorts: 1\nevaluate:\n  bootstrapResamples: 0\n  capacity:\n    share: 0.1\n";
    static final int WORLDS = Integer.getInteger("contacts.worlds", 5);
    static final long FIRST = Long.getLong("contacts.first", 301);

    @TempDir
    static Path dir;

    @Test
    void learnsThatContactLowersTheRiskAndTheListScoresEveryoneAsNotContacted() throws IOException {
        Path listConfig = dir.resolve("lists.yaml");
        Files.writeString(listConfig, ContactLabelsKnownTruthTest.CONFIG);
        int learned = 0;
        double riskWith = 0;
        double riskWithout = 0;
        long lowered = 0;
        long contactedRows = 0;
        List<String> seen = new ArrayList<>();
        for (long seed = FIRST; seed < FIRST + WORLDS; seed++) {
            SampleOptions world = SampleOptions.of(ContactLabelsKnownTruthTest.PERSONS).withSeed(seed);
            Path data = dir.resolve("data-" + seed);
            SampleGenerator.generate(world, data);
            Path lists = dir.resolve("lists-" + seed);
            TrainPipeline.run(TrainingData.fromInputFolder(data), ConfigLoader.load(listConfig), lists);
            List<LocalDate> years = AuditCohort.testPeildata(SavedModel.load(lists));
            Path history = dir.resolve("history-" + seed);
            HistoryBuilder.build(lists, data, years, ContactSimulator.Knobs.unbiased(seed), history, world,
                    ContactLabelsKnownTruthTest.EFFECT);

            Path config = dir.resolve("feature-" + seed + ".yaml");
            Files.writeString(config, FEATURE_CONFIG + "contacts:\n  history: " + dir.relativize(history)
                    + "\n  training: feature\n");
            Path model = dir.resolve("model-" + seed);
            TrainPipeline.Outcome o = TrainPipeline.run(TrainingData.fromInputFolder(data), ConfigLoader.load(config),
                    model);
            TrainingData plain = TrainingData.fromInputFolder(data);
            FeatureMatrix recorded = plain.withContacts(ContactHistory.read(history), ContactSettings.FEATURE).matrix();
            double[] contact = ((nl.vroegsignaal.features.FeatureColumn.Numeric) recorded.columns()
                    .get(recorded.columns().size() - 1)).values();
            int[] rows = java.util.stream.IntStream.range(0, recorded.rows()).filter(r -> contact[r] == 1).toArray();
            double[] with = o.result().chosen().score(recorded, rows);
            // the matrix without the input: the model reads it as not contacted
            double[] without = o.result().chosen().score(plain.matrix(), rows);
            int below = 0;
            for (int i = 0; i < rows.length; i++) {
                below += with[i] < without[i] ? 1 : 0;
                riskWith += with[i];
                riskWithout += without[i];
            }
            learned += 2 * below > rows.length ? 1 : 0;
            lowered += below;
            contactedRows += rows.length;
            seen.add(seed + ": contact lowers the risk of " + below + " of " + rows.length + " contacted rows");

            if (seed == FIRST) {
                assertThat(Files.readString(model.resolve(SavedModel.PROVENANCE)))
                        .contains("\"featureCatalogueVersion\": \"1+" + ContactInput.NAME + "\"")
                        .contains("\"training\": \"feature\"");
                assertThat(o.result().notes()).anyMatch(n -> n.startsWith("Contacts, every way (chosen: feature)")
                        && n.contains("trained with exclude") && n.contains("trained with ignore")
                        && n.contains("trained with feature"));
                checkList(model, data, recorded, contact);
            }
        }
        System.out.println("contact feature known truth (knob " + ContactLabelsKnownTruthTest.EFFECT + ", " + WORLDS
                + " worlds of " + ContactLabelsKnownTruthTest.PERSONS + "): contact lowers the risk of most contacted "
                + "rows in " + learned + "/" + WORLDS + " worlds (" + lowered + " of " + contactedRows + " rows; mean risk "
                + String.format(java.util.Locale.ROOT, "%.4f contacted, %.4f as not contacted", riskWith / contactedRows,
                riskWithout / contactedRows) + ")\n  "
                + String.join("\n  ", seen));
        assertThat(learned).as("worlds where the model learned that contact lowers the risk: %s", seen)
                .isGreaterThanOrEqualTo((int) Math.ceil(0.8 * WORLDS));
    }

    /** The list of a feature model: scored with contact 0 for everyone, never the contact as a reason. */
    private static void checkList(Path model, Path data, FeatureMatrix recorded, double[] contact) {
        SavedModel saved = SavedModel.load(model);
        LinkedData linked = Linker.read(data, LinkSettings.forModel(saved.provenance()));
        FeatureSet features = FeatureBuilder.build(linked);
        SignalStage.Result r = SignalStage.compute(saved, features, linked.inputHashes(), SignalStage.Options.defaults(),
                Optional.empty());
        TribuoRiskModel m = saved.model();
        double[] notContacted = m.score(ContactInput.notContacted(features.matrix()), r.rows());
        assertThat(r.risk()).containsExactly(notContacted, org.assertj.core.data.Offset.offset(0.0));
        // those the team reached after an earlier list still carry contact 1 in the recorded data at this peildatum
        int[] reached = Arrays.stream(r.rows()).filter(row -> contact[row] == 1).toArray();
        assertThat(reached).as("rows at the list's peildatum with a recorded contact").isNotEmpty();
        double[] asRecorded = m.score(recorded, reached);
        double[] onList = m.score(features.matrix(), reached);
        for (int i = 0; i < reached.length; i++) {
            assertThat(onList[i]).isGreaterThan(asRecorded[i]);
        }
        int signals = 0;
        for (SignalList l : r.lists().lists()) {
            for (Signal s : l.signals()) {
                signals++;
                assertThat(s.reasons()).extracting(Reason::topic).doesNotContain(ContactInput.FAMILY,
                        ContactInput.NAME);
            }
        }
        assertThat(signals).isPositive();

        // the audit measures the test cohort against what happened: with the recorded contacts
        FeatureMatrix measured = RecordedContacts.measured(saved, features.matrix());
        double[] read = ((nl.vroegsignaal.features.FeatureColumn.Numeric) measured.columns()
                .get(measured.columns().size() - 1)).values();
        assertThat(read).containsExactly(contact);
        AuditStage.Result audit = AuditStage.compute(saved, features, linked.inputHashes(),
                AuditStage.Options.defaults());
        assertThat(audit.facts().features()).contains(ContactInput.DEFINITION);
        System.out.println("contact feature list: " + r.rows().length + " scored as not contacted, " + reached.length
                + " of them reached after an earlier list, " + signals + " signals, none with the contact as a reason");
    }
}
