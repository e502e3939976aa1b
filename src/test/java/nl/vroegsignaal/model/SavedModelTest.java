package nl.vroegsignaal.model;

import nl.vroegsignaal.report.EvaluationReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SavedModelTest {
    private static final List<String> FILES = List.of("model.tribuo", "calibration.json", "features.json",
            "provenance.json", "evaluation.json", "evaluation.html", "manifest.json");

    @TempDir
    static Path dir;
    private static SyntheticCohorts data;
    private static Path first;
    private static Path second;

    @BeforeAll
    static void trainTwiceWithTheSameSeed() {
        data = SyntheticCohorts.generate(4, 3000, 4, 5);
        first = trainAndSave(dir.resolve("first"));
        second = trainAndSave(dir.resolve("second"));
    }

    static Path trainAndSave(Path out) {
        return trainAndSave(out, TestSettings.small());
    }

    static Path trainAndSave(Path out, TrainSettings settings) {
        TrainingResult result = RiskModelTrainer.train(data.matrix(), OutOfTimeSplit.byPeildatum(data.matrix(), 1, 1),
                settings, 42);
        RunInfo run = new RunInfo("synthetic cohorts", Map.of("personen.csv", "00ff"), Map.of("seed", 42),
                "cafe", "test settings", 42);
        TrainingProvenance provenance = TrainingProvenance.of(result, run);
        SavedModel.save(out, result, provenance,
                TrainingReport.ofTraining(result, data.matrix(), TestSettings.evaluate(), provenance, null)
                        .writtenBy(EvaluationReport::write));
        return out;
    }

    @Test
    void twoTrainingsWithTheSameSeedWriteByteIdenticalFiles() {
        for (String f : FILES) {
            assertThat(Hashing.sha256(second.resolve(f))).as(f).isEqualTo(Hashing.sha256(first.resolve(f)));
        }
    }

    @Test
    void oneCandidateAtATimeOrManyAtOnceWriteByteIdenticalFiles() {
        Path one = trainAndSave(dir.resolve("one-thread"), TestSettings.small().withThreads(1));
        Path three = trainAndSave(dir.resolve("three-threads"), TestSettings.small().withThreads(3));
        for (String f : FILES) {
            assertThat(Hashing.sha256(one.resolve(f))).as(f).isEqualTo(Hashing.sha256(first.resolve(f)));
            assertThat(Hashing.sha256(three.resolve(f))).as(f).isEqualTo(Hashing.sha256(first.resolve(f)));
        }
    }

    @Test
    void loadingGivesTheSameRisksAsTheModelThatWasSaved() {
        TrainingResult result = RiskModelTrainer.train(data.matrix(),
                OutOfTimeSplit.byPeildatum(data.matrix(), 1, 1), TestSettings.small(), 42);
        SavedModel loaded = SavedModel.load(first);
        assertThat(loaded.model().kind()).isEqualTo(result.chosen().kind());
        assertThat(loaded.model().description()).isEqualTo(result.chosen().description());
        assertThat(loaded.model().score(data.matrix())).containsExactly(result.chosen().score(data.matrix()));
    }

    @Test
    void theModelFileIsTribuoProtobufNotJavaSerialisation() throws IOException {
        byte[] bytes = Files.readAllBytes(first.resolve("model.tribuo"));
        assertThat(bytes.length).isGreaterThan(100);
        assertThat(bytes[0] == (byte) 0xAC && bytes[1] == (byte) 0xED).as("Java serialisation magic").isFalse();
    }

    @Test
    void provenanceRecordsTheSeedSplitInputsAndNoWallClockTime() throws IOException {
        String json = Files.readString(first.resolve("provenance.json"));
        JsonNode p = new ObjectMapper().readTree(json);
        assertThat(p.path("seed").asLong()).isEqualTo(42);
        assertThat(p.path("inputSha256").path("personen.csv").asText()).isEqualTo("00ff");
        assertThat(p.path("featureCatalogueVersion").asText()).isEqualTo("synthetic-1");
        assertThat(p.path("split").path("train").toString()).isEqualTo("[\"2016-10-01\"]");
        assertThat(p.path("split").path("validation").toString()).isEqualTo("[\"2017-10-01\"]");
        assertThat(p.path("split").path("test").toString()).isEqualTo("[\"2018-10-01\"]");
        assertThat(p.path("savedModel").path("reason").asText()).startsWith("highest validation AUC-PR");
        assertThat(p.path("tribuoProvenance").isArray()).isTrue();
        assertThat(p.path("gitCommit").asText()).isNotEmpty();
        // every timestamp Tribuo recorded is the fixed epoch, not the time of training
        Matcher times = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.+Z-]+").matcher(json);
        int found = 0;
        while (times.find()) {
            assertThat(times.group()).isEqualTo("1970-01-01T00:00Z");
            found++;
        }
        assertThat(found).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"model.tribuo", "calibration.json", "features.json", "provenance.json",
            "evaluation.json", "evaluation.html"})
    void refusesAFolderWithOneAlteredByteNamingTheFile(String file) throws IOException {
        Path copy = copyOf(first, dir.resolve("altered-" + file));
        Path target = copy.resolve(file);
        byte[] bytes = Files.readAllBytes(target);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(target, bytes);
        assertThatThrownBy(() -> SavedModel.load(copy)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.errors()).extracting(InputError::file).containsExactly(target.toString());
            assertThat(e.getMessage()).isEqualTo(target + ": altered after training: its sha256 differs from "
                    + "manifest.json. The model is refused; retrain it, or restore the folder from a copy");
        });
    }

    @Test
    void refusesAFolderWithoutManifest() throws IOException {
        Path copy = copyOf(first, dir.resolve("no-manifest"));
        Files.delete(copy.resolve("manifest.json"));
        assertThatThrownBy(() -> SavedModel.load(copy)).isInstanceOf(InputException.class)
                .hasMessageContaining("manifest.json: missing: ")
                .hasMessageContaining("is not a complete vroegsignaal model folder");
    }

    @Test
    void refusesToScoreDataWhoseFeaturesDifferFromTheModels() {
        SavedModel loaded = SavedModel.load(first);
        FeatureMatrix m = data.matrix();
        List<nl.vroegsignaal.features.FeatureDefinition> defs = new java.util.ArrayList<>(m.catalogue().features());
        defs.set(0, new nl.vroegsignaal.features.FeatureDefinition("iets_anders", "x",
                nl.vroegsignaal.features.FeatureKind.NUMERIC, "", "", "", ""));
        FeatureMatrix other = new FeatureMatrix(new FeatureCatalogue("synthetic-2", defs), m.pseudonym(),
                m.peildatum(), m.label(), m.columns(), m.school(), m.schoolCodes(), m.onderwijssoort());
        assertThatThrownBy(() -> loaded.model().score(other)).isInstanceOf(InputException.class)
                .hasMessage("scoring data: the data does not fit the model (trained with feature catalogue "
                        + "synthetic-1, data has synthetic-2): feature 1 is 'iets_anders', the model expects "
                        + "'verzuim_ongeoorloofd_12m'");
    }

    @Test
    void savingOverAnEarlierModelFolderReplacesItWhole() throws IOException {
        Path target = copyOf(first, dir.resolve("replaced"));
        Files.writeString(target.resolve("evaluation.html"), "an older evaluation");
        trainAndSave(target);
        assertThat(Hashing.sha256(target.resolve("evaluation.html"))).isEqualTo(Hashing.sha256(first.resolve(
                "evaluation.html")));
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void neverReplacesAModelFolderHoldingAFileTrainDidNotWrite() throws IOException {
        Path target = copyOf(first, dir.resolve("with-notes"));
        Files.writeString(target.resolve("notes.txt"), "my notes");
        assertThatThrownBy(() -> trainAndSave(target)).isInstanceOf(InputException.class)
                .hasMessageContaining("model folder " + target.toAbsolutePath() + " exists and holds files "
                        + "vroegsignaal did not write there; it is never replaced");
        assertThat(target.resolve("notes.txt")).hasContent("my notes");
        assertThat(SavedModel.load(target).model().description()).isNotEmpty();
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        Map<String, Path> files = new TreeMap<>();
        try (var list = Files.list(from)) {
            list.forEach(p -> files.put(p.getFileName().toString(), p));
        }
        for (Path p : files.values()) {
            Files.copy(p, to.resolve(p.getFileName()));
        }
        return to;
    }
}
