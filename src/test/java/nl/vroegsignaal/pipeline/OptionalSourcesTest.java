package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.link.LinkOptions;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.SavedModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run without schuldhulp.csv, which the configuration allows (issue 19, point 3): it completes, the features of
 * debt support are left out, and every report says which source was missing; without the permission the same
 * folder is refused; a model trained without the source reads an input that has it as it was trained.
 */
class OptionalSourcesTest {
    private static final Path SAMPLE = Path.of("data-sample");
    private static final String SMALL = "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    trees: 40\n"
            + "    maxDepth: 2\nevaluate:\n  bootstrapResamples: 100\n";
    private static final String OPTIONAL = SMALL + "link:\n  optionalSources: [schuldhulp]\n";

    /** Every report of a run, by the audience it is for: each must name the missing file. */
    private static final List<String> REPORTS = List.of("link/link-report.md", "link/link-report.json",
            "model/evaluation.html", "model/evaluation.json", "signal/signalen-leerplicht.html",
            "signal/signalen-leerplicht.json", "signal/signalen-rmc.html", "signal/signalen-rmc.json",
            "audit/fairness.html", "audit/fairness.json", "audit/modelkaart.md", "audit/algoritmeregister.json",
            "audit/algoritmeregister.md");
    /** The pages in Dutch, which must also say what it means. */
    private static final List<String> DUTCH = List.of("signal/signalen-leerplicht.html", "signal/signalen-rmc.html",
            "audit/fairness.html", "audit/modelkaart.md", "audit/algoritmeregister.md");

    @TempDir
    static Path dir;
    private static Path withoutDebt;
    private static Path out;

    @BeforeAll
    static void runWithoutDebtSupport() throws IOException {
        withoutDebt = dir.resolve("input");
        copy(SAMPLE, withoutDebt, "schuldhulp.csv");
        out = dir.resolve("run");
        RunPipeline.run(config("optional.yaml", OPTIONAL), withoutDebt, out);
    }

    @Test
    void aRunWithoutAnAllowedSourceCompletesAndEveryReportSaysSo() throws IOException {
        for (String report : REPORTS) {
            // the file named where the report says what was missing (sources of features name it anyway)
            assertThat(Files.readString(out.resolve(report))).as(report).containsPattern("sourcesMissing\"?\\s*:\\s*"
                    + "\\[?\\s*\"?schuldhulp\\.csv|Sources missing: schuldhulp\\.csv|`schuldhulp\\.csv`: absent|"
                    + "bestand schuldhulp\\.csv \\(schuldhulp voor het huishouden\\) ontbrak");
        }
        for (String page : DUTCH) {
            assertThat(Files.readString(out.resolve(page))).as(page)
                    .contains("ontbrak").contains("zonder deze gegevens gemaakt en getest");
        }
        assertThat(Files.readString(out.resolve("link/link-report.md"))).contains("## Missing sources")
                .contains("`schuldhulp_lopend`").contains("`schuldhulp_3j`");
        assertThat(Files.readString(out.resolve("model/evaluation.html"))).contains("Sources missing");
        // the register's weighing names only the sensitive data the model really used
        assertThat(Files.readString(out.resolve("audit/algoritmeregister.md")))
                .contains("gevoelige gegevens (uitkering, jeugdhulp van het huishouden)")
                .doesNotContain("schulden, jeugdhulp");
    }

    @Test
    void theMissingSourcesFeaturesAreLeftOutOfTheFeaturesTheModelAndTheNecessityTest() throws IOException {
        String header = Files.readAllLines(out.resolve("link/features.csv")).get(0);
        assertThat(header).doesNotContain("schuldhulp").contains("uitkering_lopend", "jeugdhulp_lopend");
        SavedModel saved = SavedModel.load(out.resolve("model"));
        assertThat(saved.provenance().sourcesMissing()).containsExactly("schuldhulp.csv");
        assertThat(saved.model().encoding().columns()).noneMatch(c -> c.name().startsWith("schuldhulp"));
        String necessity = Files.readString(out.resolve("audit/noodzaak.json"));
        assertThat(necessity).doesNotContain("\"schuldhulp\"").contains("uitkeringen en jeugdhulp samen");
    }

    @Test
    void anAbsentFileTheConfigurationDoesNotAllowIsStillRefused() throws IOException {
        LoadedConfig small = config("small.yaml", SMALL);
        assertThatThrownBy(() -> RunPipeline.run(small, withoutDebt, dir.resolve("refused")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("schuldhulp.csv").hasMessageContaining("missing file: not found in the input folder");
        assertThat(dir.resolve("refused/link")).doesNotExist();
    }

    @Test
    void aModelTrainedWithoutASourceDoesNotReadItWhenALaterInputHasIt() {
        SignalStage.Result withFile = SignalStage.compute(out.resolve("model"), SAMPLE, SignalStage.Options.defaults());
        SignalStage.Result without = SignalStage.compute(out.resolve("model"), withoutDebt,
                SignalStage.Options.defaults());
        assertThat(withFile.features().matrix().catalogue().missingSources()).containsExactly("schuldhulp.csv");
        assertThat(withFile.risk()).containsExactly(without.risk());
        assertThat(withFile.lists().lists().get(0).provenance()).containsEntry("sourcesMissing", "schuldhulp.csv");
    }

    @Test
    void aModelTrainedWithASourceRefusesAnInputWithoutIt() {
        // the default link options need every file, as the stages of a model trained with schuldhulp read them
        assertThatThrownBy(() -> Linker.read(withoutDebt, LinkOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("schuldhulp.csv");
        assertThat(Linker.read(withoutDebt, LinkOptions.defaults().withOptional(
                java.util.Set.of(nl.vroegsignaal.contract.SourceFile.SCHULDHULP))).missingSources())
                .containsExactly(nl.vroegsignaal.contract.SourceFile.SCHULDHULP);
    }

    @Test
    void theOptionalSourcesAreValidatedWholeWithPathPrefixedMessages() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "link:\n  optionalSources: [personen, leerplicht, jeugdhulp, jeugdhulp, inschrijvingen]\n");
        assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("link.optionalSources[0]: personen.csv cannot be optional")
                .hasMessageContaining("link.optionalSources[1]: must be one of uitkeringen, jeugdhulp, schuldhulp, "
                        + "got 'leerplicht'")
                .hasMessageContaining("link.optionalSources[3]: 'jeugdhulp' is listed twice")
                .hasMessageContaining("link.optionalSources[4]: inschrijvingen.csv cannot be optional");
        Files.writeString(f, "link:\n  optionalSources: [uitkeringen, jeugdhulp, schuldhulp]\n");
        assertThat(ConfigLoader.load(f).linkOptions().optional()).hasSize(3);
        assertThat(Optional.ofNullable(ConfigLoader.defaults().config().link())).isEmpty();
    }

    private static void copy(Path from, Path to, String except) throws IOException {
        Files.createDirectories(to.resolve("truth"));
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path rel = from.relativize(p);
                if (!rel.toString().equals(except)) {
                    Files.copy(p, to.resolve(rel.toString()));
                }
            }
        }
    }

    private static LoadedConfig config(String name, String yaml) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, yaml);
        return ConfigLoader.load(f);
    }
}
