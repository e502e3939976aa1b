package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.SerialFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.protos.core.ModelProto;

/** A model folder is never a way to run Java deserialisation: what {@link ModelFile} refuses, and why. */
class ModelFileTest {
    @TempDir
    static Path dir;
    private static SyntheticCohorts data;
    private static final Map<ModelKind, Path> SAVED = new EnumMap<>(ModelKind.class);
    private static final Map<ModelKind, Runnable> SAVE_AGAIN = new EnumMap<>(ModelKind.class);

    @BeforeAll
    static void saveOneFolderOfEachKind() {
        data = SyntheticCohorts.generate(4, 1500, 2, 9);
        for (ModelKind kind : List.of(ModelKind.LOGISTIC_REGRESSION, ModelKind.GRADIENT_BOOSTED_TREES)) {
            Path out = dir.resolve(kind.name());
            TrainingResult result = RiskModelTrainer.train(data.matrix(),
                    OutOfTimeSplit.byPeildatum(data.matrix(), 1, 1), TestSettings.only(kind), 42);
            RunInfo run = new RunInfo("synthetic cohorts", Map.of("personen.csv", "00ff"), Map.of("seed", 42),
                    "cafe", "test settings", 42);
            TrainingProvenance provenance = TrainingProvenance.of(result, run);
            TrainingReport report = TrainingReport.ofTraining(result, data.matrix(), TestSettings.evaluate(),
                    provenance, null).writtenBy(nl.vroegsignaal.report.EvaluationReport::write);
            SavedModel.save(out, result, provenance, report);
            SAVED.put(kind, out);
            SAVE_AGAIN.put(kind, () -> SavedModel.save(dir.resolve("signed"), result, provenance, report));
        }
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"LOGISTIC_REGRESSION", "GRADIENT_BOOSTED_TREES"})
    void noFileOfASavedModelFolderHoldsAJavaObjectStream(ModelKind kind) throws IOException {
        Path folder = SAVED.get(kind);
        assertThat(SavedModel.load(folder).model().kind()).isEqualTo(kind);
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(folder)) {
            list.forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        for (Path f : files) {
            assertThat(LinearModelFormTest.indexOfObjectStream(Files.readAllBytes(f))).as(f.toString())
                    .isNegative();
        }
    }

    @Test
    void aModelFileHoldingASerialisedObjectStreamIsRefusedEvenWithAMatchingManifest() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.ArrayList<>(List.of("not", "a", "model")));
        }
        Path folder = tampered("object-stream", bytes.toByteArray());
        assertThatThrownBy(() -> SavedModel.load(folder)).isInstanceOf(InputException.class)
                .hasMessageContaining("model.tribuo: holds a Java serialised object");
    }

    @Test
    void aTribuoLibLinearModelFileIsRefusedBeforeTribuoReadsIt() throws IOException {
        var lib = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), 1.0, 100, 0.01)
                .train(StableProvenance.dataset(new ExampleEncoder(SavedModel.load(
                        SAVED.get(ModelKind.LOGISTIC_REGRESSION)).model().encoding(), data.matrix())
                        .labelled(data.matrix(), new int[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}), "few rows"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        lib.serializeToStream(bytes);
        Path folder = tampered("liblinear", bytes.toByteArray());
        assertThatThrownBy(() -> SavedModel.load(folder)).isInstanceOf(InputException.class)
                .hasMessageContaining("names the model class 'org.tribuo.classification.liblinear."
                        + "LibLinearClassificationModel'; vroegsignaal loads only");
    }

    @Test
    void aModelFileNamingAnotherClassIsRefusedWithoutInitialisingThatClass() throws IOException {
        byte[] real = Files.readAllBytes(SAVED.get(ModelKind.LOGISTIC_REGRESSION).resolve(SavedModel.MODEL));
        String tripwire = ModelFileTest.class.getName() + "$Tripwire";
        byte[] swapped = ModelProto.parseFrom(real).toBuilder().setClassName(tripwire).build().toByteArray();
        Path folder = tampered("other-class", swapped);
        assertThatThrownBy(() -> SavedModel.load(folder)).isInstanceOf(InputException.class)
                .hasMessageContaining("names the model class '" + tripwire + "'");
        assertThat(System.getProperty("vroegsignaal.tripwire")).as("the named class was initialised").isNull();
    }

    @Test
    void aNestedClassNameOutsideTribuoIsRefused() throws IOException {
        byte[] real = Files.readAllBytes(SAVED.get(ModelKind.LOGISTIC_REGRESSION).resolve(SavedModel.MODEL));
        String text = new String(real, java.nio.charset.StandardCharsets.ISO_8859_1);
        String nested = "org.tribuo.provenance.ModelProvenance";
        assertThat(text).contains(nested);
        // same length, so the protobuf framing stays valid
        String evil = "org.evilxx.provenance.ModelProvenance";
        assertThat(evil).hasSameSizeAs(nested);
        byte[] swapped = text.replace(nested, evil)
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path folder = tampered("nested-class", swapped);
        assertThatThrownBy(() -> SavedModel.load(folder)).isInstanceOf(InputException.class)
                .hasMessageContaining("which is not part of Tribuo");
    }

    @Test
    void theProcessWideFilterRefusesEveryJavaDeserialisationButLibLinearsCopyOfARandom() throws Exception {
        SerialFilter.installDenyAll();
        for (Object refused : List.of(Integer.valueOf(7), new java.util.ArrayList<>(List.of("a")),
                new java.security.SecureRandom(), new int[]{1})) {
            assertThatThrownBy(() -> roundTrip(refused)).as(refused.getClass().getName())
                    .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
        }
        assertThat(roundTrip(new java.util.Random(5))).isInstanceOf(java.util.Random.class);
    }

    private static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
    }

    @Test
    void withAModelKeyAFolderAlteredOnPurposeIsRefused() throws IOException {
        Path key = Files.writeString(dir.resolve("model.key"), "0123456789abcdef0123456789abcdef\n");
        Path other = Files.writeString(dir.resolve("other.key"), "fedcba9876543210fedcba9876543210\n");
        Path signed = dir.resolve("signed");
        try {
            System.setProperty(ModelKey.PROPERTY, key.toString());
            SAVE_AGAIN.get(ModelKind.LOGISTIC_REGRESSION).run();
            assertThat(Files.readString(signed.resolve(Manifest.FILE))).contains("\"hmacSha256\"");
            assertThat(SavedModel.load(signed).model().kind()).isEqualTo(ModelKind.LOGISTIC_REGRESSION);

            // the attack of issue 11: change the model and rewrite the manifest, without the key
            byte[] model = Files.readAllBytes(signed.resolve(SavedModel.MODEL));
            model[model.length / 2] ^= 0x01;
            Files.write(signed.resolve(SavedModel.MODEL), model);
            List<String> files = new ArrayList<>();
            try (var list = Files.list(signed)) {
                list.map(p -> p.getFileName().toString()).filter(n -> !n.equals(Manifest.FILE)).forEach(files::add);
            }
            Manifest.write(signed, files, java.util.Optional.empty());
            assertThatThrownBy(() -> SavedModel.load(signed)).isInstanceOf(InputException.class)
                    .hasMessageContaining("manifest.json: is not signed, but a model key is set");
            // or with a key of the attacker's own
            System.setProperty(ModelKey.PROPERTY, other.toString());
            Manifest.write(signed, files, ModelKey.configured(signed));
            System.setProperty(ModelKey.PROPERTY, key.toString());
            assertThatThrownBy(() -> SavedModel.load(signed)).isInstanceOf(InputException.class)
                    .hasMessageContaining("its signature does not match the model key");

            // a key kept inside the model folder protects nothing
            Files.copy(key, signed.resolve("model.key"));
            System.setProperty(ModelKey.PROPERTY, signed.resolve("model.key").toString());
            assertThatThrownBy(() -> SavedModel.load(signed)).isInstanceOf(InputException.class)
                    .hasMessageContaining("is inside the model folder");
        } finally {
            System.clearProperty(ModelKey.PROPERTY);
        }
    }

    /** A copy of the logistic folder with {@code model.tribuo} replaced and the manifest rewritten to match. */
    private static Path tampered(String name, byte[] modelBytes) throws IOException {
        Path from = SAVED.get(ModelKind.LOGISTIC_REGRESSION);
        Path to = Files.createDirectories(dir.resolve("tampered-" + name));
        List<String> files = new ArrayList<>();
        try (var list = Files.list(from)) {
            for (Path p : list.toList()) {
                String n = p.getFileName().toString();
                Files.copy(p, to.resolve(n));
                if (!n.equals(Manifest.FILE)) {
                    files.add(n);
                }
            }
        }
        Files.write(to.resolve(SavedModel.MODEL), modelBytes);
        Manifest.write(to, files, java.util.Optional.empty());
        return to;
    }

    /** Would mark its initialisation; the loader must never get that far. */
    static final class Tripwire {
        static {
            System.setProperty("vroegsignaal.tripwire", "initialised");
        }

        private Tripwire() {
        }
    }
}
