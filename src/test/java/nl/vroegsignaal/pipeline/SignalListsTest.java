package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.vroegsignaal.contract.InBeeldSoort;
import nl.vroegsignaal.explain.AgeBand;
import nl.vroegsignaal.explain.Reason;
import nl.vroegsignaal.explain.Signal;
import nl.vroegsignaal.explain.SignalList;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.InBeeldFile;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.report.SignalFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signal section of the configuration, on the committed sample with a small model trained once. */
class SignalListsTest {
    private static final Path SAMPLE = Path.of("data-sample");
    @TempDir
    static Path dir;
    private static SavedModel saved;
    private static LinkedData linked;
    private static FeatureSet features;

    @BeforeAll
    static void train() throws IOException {
        Path config = dir.resolve("small.yaml");
        Files.writeString(config, "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
                + "evaluate:\n  bootstrapResamples: 0\n");
        Path model = dir.resolve("models/vsv-test");
        TrainPipeline.run(TrainingData.fromInputFolder(SAMPLE), ConfigLoader.load(config), model);
        saved = SavedModel.load(model);
        linked = Linker.read(SAMPLE);
        features = FeatureBuilder.build(linked);
    }

    @Test
    void eachListHasItsOwnCapacityAgeBandAndContext() {
        SignalStage.Result r = compute("capacity:\n  leerplicht:\n    count: 5\n  rmc:\n    share: 0.05\n",
                Optional.empty());
        SignalList lp = r.lists().of(AgeBand.LEERPLICHT);
        SignalList rmc = r.lists().of(AgeBand.RMC);
        assertThat(lp.signals()).hasSize(5).allSatisfy(s -> assertThat(s.context().age()).isLessThan(18));
        assertThat(rmc.signals()).hasSize((int) Math.round(0.05 * rmc.population()))
                .allSatisfy(s -> assertThat(s.context().age()).isGreaterThanOrEqualTo(18));
        assertThat(lp.population() + rmc.population()).isEqualTo(r.rows().length);
        assertThat(rmc.signals()).allSatisfy(s -> {
            assertThat(s.context().brin()).hasSize(4);
            assertThat(s.context().onderwijssoort()).isNotEmpty();
            assertThat(s.reasons()).extracting(Reason::topic).doesNotContain("context", "wijk");
        });
        assertThat(lp.modelName()).isEqualTo("vsv-test");
        assertThat(lp.provenance()).containsEntry("zichtbaarheid.niet_getoond", "jeugdreclassering,schuldhulp");
        assertThat(rmc.provenance()).containsEntry("zichtbaarheid.niet_getoond", "niets");
    }

    @Test
    void aListShowsNoReasonOfATopicThePrivacyOfficerHidOnIt() {
        SignalStage.Result open = compute("", Optional.empty());
        assertThat(open.lists().of(AgeBand.RMC).signals()).flatExtracting(Signal::reasons).extracting(Reason::topic)
                .contains("verzuim");
        SignalStage.Result hidden = compute("visibility:\n  decision: besluit 7 mei\n  rmc: [verzuim]\n",
                Optional.empty());
        SignalList rmc = hidden.lists().of(AgeBand.RMC);
        assertThat(rmc.signals()).flatExtracting(Signal::reasons).extracting(Reason::topic)
                .isNotEmpty().doesNotContain("verzuim");
        assertThat(rmc.hiddenTopics()).containsExactly("verzuim");
        assertThat(rmc.provenance()).containsEntry("zichtbaarheid.besluit", "besluit 7 mei");
        // the same persons in the same order: hiding a topic changes what is said, not who is listed
        assertThat(rmc.signals()).extracting(Signal::pseudonym).containsExactlyElementsOf(
                open.lists().of(AgeBand.RMC).signals().stream().map(Signal::pseudonym).toList());
    }

    @Test
    void aSchoolListHoldsThatSchoolsPersonsOfBothLists() {
        String brin = compute("", Optional.empty()).lists().of(AgeBand.RMC).signals().get(0).context().brin();
        SignalStage.Result r = compute("schools: [" + brin + "]\n", Optional.empty());
        assertThat(r.lists().lists()).extracting(SignalList::key).containsExactly("leerplicht", "rmc",
                "school-" + brin);
        SignalList school = r.lists().lists().get(2);
        long expected = r.lists().byBand().stream().flatMap(l -> l.signals().stream())
                .filter(s -> s.context().brin().equals(brin)).count();
        assertThat(school.signals()).hasSize((int) expected).allSatisfy(s ->
                assertThat(s.context().brin()).isEqualTo(brin));
        assertThat(school.signals().get(0).rank()).isEqualTo(1);
        assertThat(school.hiddenTopics()).containsExactly("jeugdreclassering", "schuldhulp");
    }

    @Test
    void personsAlreadyInViewAreMarkedOrPlacedApartWithTheirRank() throws IOException {
        SignalList plain = compute("", Optional.empty()).lists().of(AgeBand.RMC);
        Signal second = plain.signals().get(1);
        LocalDate p = plain.peildatum();
        InBeeldFile.Contents inView = new InBeeldFile.Contents(List.of(
                new InBeeldFile.Row(second.pseudonym(), p.minusMonths(2), Optional.empty(), InBeeldSoort.TRAJECT_RMC),
                new InBeeldFile.Row(plain.signals().get(2).pseudonym(), p.minusYears(2), Optional.of(p.minusYears(1)),
                        InBeeldSoort.IN_GESPREK)), "0".repeat(64));
        SignalList marked = compute("", Optional.of(inView)).lists().of(AgeBand.RMC);
        assertThat(marked.signals().get(1).known()).contains("traject RMC");
        assertThat(marked.signals().get(2).known()).isEmpty();
        assertThat(marked.known()).hasSize(1);
        assertThat(marked.provenance()).containsKey("sha256 in-beeld.csv");

        SignalStage.Result apart = compute("known:\n  placement: apart\n", Optional.of(inView));
        Path out = dir.resolve("apart");
        SignalFiles.write(apart.lists(), out);
        String html = Files.readString(out.resolve("signalen-rmc.html"));
        int known = html.indexOf("<section id=\"alInBeeld\">");
        assertThat(known).isPositive();
        assertThat(html.substring(known)).contains("<tr><td class=\"getal\">2</td>", "Al in beeld: traject RMC");
        assertThat(html.substring(0, known)).doesNotContain("Al in beeld: traject RMC");
    }

    /** The lists with the given lines of the signal section over the defaults, as if configured at training. */
    private static SignalStage.Result compute(String signalYaml, Optional<InBeeldFile.Contents> inView) {
        Path config = dir.resolve("signal-" + Integer.toHexString(signalYaml.hashCode()) + ".yaml");
        try {
            Files.writeString(config, signalYaml.isEmpty() ? "" : "signal:\n" + signalYaml.indent(2));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ObjectNode provenance = saved.provenance().deepCopy();
        provenance.set("config", ConfigLoader.load(config).resolved());
        SavedModel configured = new SavedModel(saved.dir(), saved.model(), provenance);
        return SignalStage.compute(configured, features, linked.inputHashes(), SignalStage.Options.defaults(),
                inView);
    }
}
