package nl.vroegsignaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.vroegsignaal.core.Hashing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signal command end to end on the committed synthetic sample, with a small model trained once. */
class SignalCommandTest {
    private static final Path SAMPLE = Path.of("data-sample");
    @TempDir
    static Path dir;
    private static Path model;

    @BeforeAll
    static void trainASmallModelOnTheSample() throws IOException {
        Path config = dir.resolve("small.yaml");
        Files.writeString(config, "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    trees: 40\n"
                + "    maxDepth: 2\nevaluate:\n  bootstrapResamples: 100\n");
        model = dir.resolve("models/sample");
        CliRunner.Result r = CliRunner.run("train", "--input", SAMPLE.toString(), "--config", config.toString(),
                "--out", model.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        trainOutput = r.out();
    }

    private static String trainOutput;
    private static final List<String> FILES = List.of("signalen-leerplicht.csv", "signalen-leerplicht.json",
            "signalen-leerplicht.html", "signalen-rmc.csv", "signalen-rmc.json", "signalen-rmc.html");

    @Test
    void trainingOnSyntheticDataPutsTheOracleBesideTheModels() throws IOException {
        // data-sample holds the generator's truth file: the evaluation compares the models with it.
        assertThat(trainOutput).contains("oracle ", "saved model / oracle, precision@capacity: ");
        String json = Files.readString(model.resolve("evaluation.json"));
        assertThat(json).contains("\"name\": \"oracle (true probability)\"");
        assertThat(json).doesNotContain("\"oracle\": null");
    }

    @Test
    void theEvaluationListsEveryTrainedCandidateWithItsValidationFigures() throws IOException {
        com.fasterxml.jackson.databind.JsonNode grid = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(model.resolve("evaluation.json").toFile()).path("trainedOnValidation");
        // the small config trains one logistic regression and one tree model
        assertThat(grid).hasSize(2);
        assertThat(grid.findValuesAsText("candidate")).anyMatch(c -> c.startsWith("logistic regression (cost=1.0"))
                .anyMatch(c -> c.startsWith("gradient-boosted trees (trees=40, maxDepth=2"));
        assertThat(grid.findValues("saved")).filteredOn(com.fasterxml.jackson.databind.JsonNode::asBoolean)
                .hasSize(1);
        assertThat(Files.readString(model.resolve("evaluation.html")))
                .contains("Every trained candidate on the validation cohort (model selection)");
    }

    @Test
    void writesTheListAtTheLatestPeildatumWithTheConfiguredCapacity() throws IOException {
        Path out = dir.resolve("signal-default");
        CliRunner.Result r = CliRunner.run("signal", "--model", model.toString(), "--input", SAMPLE.toString(),
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> leerplicht = Files.readAllLines(out.resolve("signalen-leerplicht.csv"));
        List<String> rmc = Files.readAllLines(out.resolve("signalen-rmc.csv"));
        // 3% of the 1622 persons in the population on 2026-10-01, rounded half up, shared by the two lists
        assertThat(leerplicht.size() - 1 + rmc.size() - 1).isEqualTo(49);
        assertThat(rmc.get(0)).isEqualTo("rang,pseudoniem,risico_procent,leeftijd,brin,onderwijssoort,leerjaar,"
                + "al_in_beeld,reden_1,reden_2,reden_3,toelichting");
        assertThat(rmc.get(1)).startsWith("1,");
        assertThat(rmc.subList(1, rmc.size())).allSatisfy(l -> assertThat(Integer.parseInt(l.split(",")[3]))
                .isGreaterThanOrEqualTo(18));
        assertThat(leerplicht.subList(1, leerplicht.size())).allSatisfy(l ->
                assertThat(Integer.parseInt(l.split(",")[3])).isLessThan(18));
        assertThat(Files.readString(out.resolve("signalen-rmc.html"))).contains("Een signaal is geen besluit",
                "Peildatum 1 oktober 2026", "RMC (18 jaar en ouder)", "model 'sample'");
        assertThat(Files.readString(out.resolve("signalen-leerplicht.html")))
                .contains("Niet op deze lijst: redenen over jeugdreclassering en schuldhulp van het huishouden");
        for (String f : FILES) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(f))))
                    .as(f).isEqualTo("rw-------");
        }
    }

    @Test
    void theSameInputsGiveByteIdenticalLists() {
        Path a = dir.resolve("signal-a");
        Path b = dir.resolve("signal-b");
        for (Path out : List.of(a, b)) {
            assertThat(CliRunner.run("signal", "--model", model.toString(), "--input", SAMPLE.toString(),
                    "--peildatum", "2025-10-01", "--capacity", "25", "--out", out.toString()).exitCode()).isZero();
        }
        for (String f : FILES) {
            assertThat(Hashing.sha256(a.resolve(f))).as(f).isEqualTo(Hashing.sha256(b.resolve(f)));
        }
    }

    @Test
    void aCapacityOverrideSetsTheListLengthAndDropsTheEvaluatedPrecision() throws IOException {
        Path out = dir.resolve("signal-k");
        CliRunner.Result r = CliRunner.run("signal", "--model", model.toString(), "--input", SAMPLE.toString(),
                "--capacity", "10", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("signalen-leerplicht.csv")).size()
                + Files.readAllLines(out.resolve("signalen-rmc.csv")).size()).isEqualTo(2 + 10);
        // on the test cohort a list of 10 holds fewer than 10 who left: too few to state how often it is right
        assertThat(Files.readString(out.resolve("signalen-rmc.json"))).contains("\"precisieBasis\": \"gemiddeld_risico\"");
    }

    @Test
    void aPeildatumOutsideTheDataIsBadInput() {
        CliRunner.Result r = CliRunner.run("signal", "--model", model.toString(), "--input", SAMPLE.toString(),
                "--peildatum", "2030-10-01", "--out", dir.resolve("never").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("no one in the population at peildatum 2030-10-01");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void anAlteredModelIsRefusedNamingTheFile() throws IOException {
        Path copy = dir.resolve("models/altered");
        Files.createDirectories(copy);
        try (var files = Files.list(model)) {
            for (Path p : files.toList()) {
                Files.copy(p, copy.resolve(p.getFileName()));
            }
        }
        Files.writeString(copy.resolve("calibration.json"), "{}");
        CliRunner.Result r = CliRunner.run("signal", "--model", copy.toString(), "--input", SAMPLE.toString(),
                "--out", dir.resolve("never2").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("calibration.json");
    }
}
