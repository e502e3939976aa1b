package nl.vroegsignaal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * A model folder {@code models/NAME/}: {@code model.tribuo} (Tribuo protobuf, never Java serialisation),
 * {@code calibration.json}, {@code features.json} (catalogue version and encoding), {@code provenance.json},
 * the evaluation files, and {@code manifest.json} with the sha256 of all of them. The folder is written beside
 * its target and moved into place whole, so it is either complete or absent.
 *
 * @param dir        the folder
 * @param model      the saved model, ready to score
 * @param provenance the content of provenance.json
 */
public record SavedModel(Path dir, TribuoRiskModel model, JsonNode provenance) {
    public static final String MODEL = "model.tribuo";
    public static final String CALIBRATION = "calibration.json";
    public static final String FEATURES = "features.json";
    public static final String PROVENANCE = "provenance.json";
    private static final List<String> REQUIRED = List.of(CALIBRATION, FEATURES, MODEL, PROVENANCE);

    /** calibration.json: the calibration and what its input is. */
    record CalibrationFile(String input, Calibration calibration) {
        static final String INPUT = "the model's probability of VSV (Tribuo output score of label 1)";
    }

    /** Writes the folder; an existing folder of that name is replaced only once the new one is complete. */
    public static void save(Path dir, TrainingResult result, TrainingProvenance provenance, TrainingReport report) {
        TribuoRiskModel model = result.chosen();
        // provenance as a tree: keys sorted at every level
        rebuild(dir, "write", provenance.toJson(), report, tmp -> {
            AtomicOutput.writeBytes(tmp.resolve(MODEL), AtomicOutput.Visibility.AGGREGATE,
                    os -> model.tribuoModel().serializeToStream(os));
            write(tmp.resolve(CALIBRATION), new CalibrationFile(CalibrationFile.INPUT, model.calibration()));
            write(tmp.resolve(FEATURES), result.encoding());
        });
    }

    /**
     * Replaces the evaluation of a saved folder (provenance.json with the new configuration, the evaluation files
     * and the manifest) while keeping the trained model, calibration and features as they are; the folder is
     * rebuilt beside its target and moved into place whole, as in {@link #save}. The kept files are copied as
     * they are: the caller checks them first ({@code run} does, against the hashes it recorded when training).
     *
     * @param provenance the new content of provenance.json
     */
    public static void reevaluate(Path dir, JsonNode provenance, TrainingReport report) {
        Path target = dir.toAbsolutePath().normalize();
        rebuild(dir, "rewrite", provenance, report, tmp -> {
            for (String kept : List.of(MODEL, CALIBRATION, FEATURES)) {
                Files.copy(target.resolve(kept), tmp.resolve(kept));
            }
        });
    }

    /** The model files of a folder being built. */
    @FunctionalInterface
    private interface ModelFiles {
        void writeInto(Path tmp) throws IOException;
    }

    /**
     * Builds the folder beside its target (model files, provenance, evaluation, manifest) and moves it into place
     * whole; on any failure the half-built folder is removed and the old one stays.
     */
    private static void rebuild(Path dir, String verb, JsonNode provenance, TrainingReport report,
                                ModelFiles modelFiles) {
        Path target = dir.toAbsolutePath().normalize();
        Path tmp = null;
        try {
            nl.vroegsignaal.core.Folders.createOwnerOnly(target.getParent());
            tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
            modelFiles.writeInto(tmp);
            write(tmp.resolve(PROVENANCE), provenance);
            report.writeTo(tmp);
            List<String> files = new ArrayList<>(REQUIRED);
            files.addAll(TrainingReport.FILES);
            Manifest.write(tmp, files);
            replace(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not " + verb + " the model folder " + dir + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    /** The content of a folder's provenance.json, read without loading the model. */
    public static JsonNode readProvenance(Path dir) {
        Path file = dir.resolve(PROVENANCE);
        try {
            return ModelJson.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new InputException(new InputError(file.toString(), 0, null, "not readable: " + e.getMessage()));
        }
    }

    /**
     * Loads a model folder after checking every file against the manifest.
     *
     * @throws InputException when the folder is incomplete, a file was altered, or a file cannot be read
     */
    public static SavedModel load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(new InputError(dir.toString(), 0, null, "not found: expected a model folder "
                    + "written by vroegsignaal train"));
        }
        Manifest.verify(dir, REQUIRED);
        try {
            FeatureEncoding encoding =
                    ModelJson.MAPPER.readValue(dir.resolve(FEATURES).toFile(), FeatureEncoding.class);
            CalibrationFile calibration =
                    ModelJson.MAPPER.readValue(dir.resolve(CALIBRATION).toFile(), CalibrationFile.class);
            JsonNode provenance = ModelJson.MAPPER.readTree(dir.resolve(PROVENANCE).toFile());
            Model<?> raw = Model.deserializeFromFile(dir.resolve(MODEL));
            if (!raw.validate(Label.class)) {
                throw new InputException(new InputError(dir.resolve(MODEL).toString(), 0, null,
                        "is not a classification model"));
            }
            Model<Label> tribuo = raw.castModel(Label.class);
            JsonNode saved = provenance.path("savedModel");
            ModelKind kind = ModelKind.valueOf(saved.path("kind").asText());
            return new SavedModel(dir, new TribuoRiskModel(tribuo, encoding, calibration.calibration(), kind,
                    saved.path("description").asText()), provenance);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(new InputError(dir.toString(), 0, null,
                    "the model folder could not be read: " + e.getMessage()));
        }
    }

    private static void write(Path file, Object value) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.AGGREGATE, ModelJson.write(value));
    }

    private static void replace(Path tmp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old.");
            Files.delete(old);
            Files.move(target, old);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // leftovers of a failed write are hidden (dot-named) and harmless
        }
    }
}
