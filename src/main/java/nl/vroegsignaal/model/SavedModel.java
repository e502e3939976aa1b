package nl.vroegsignaal.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.vroegsignaal.core.AtomicFolder;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * A model folder {@code models/NAME/}: {@code model.tribuo} (Tribuo protobuf, never Java serialisation),
 * {@code calibration.json}, {@code features.json} (catalogue version and encoding), {@code provenance.json},
 * the evaluation files, and {@code manifest.json} with the sha256 of all of them. The folder is written beside
 * its target and switched into place whole ({@link AtomicFolder}), so it is either complete or absent; an
 * existing folder is replaced only when it is a model folder this program wrote.
 *
 * @param dir        the folder
 * @param model      the saved model, ready to score
 * @param provenance the content of provenance.json, typed
 */
public record SavedModel(Path dir, TribuoRiskModel model, TrainingProvenance provenance) {
    public static final String MODEL = "model.tribuo";
    public static final String CALIBRATION = "calibration.json";
    public static final String FEATURES = "features.json";
    public static final String PROVENANCE = "provenance.json";
    private static final List<String> REQUIRED = List.of(CALIBRATION, FEATURES, MODEL, PROVENANCE);

    /** calibration.json: the calibration and what its input is. */
    record CalibrationFile(String input, Calibration calibration) {
        static final String INPUT = "the model's probability of VSV (Tribuo output score of label 1)";
    }

    /**
     * Writes the folder; an existing model folder of that name is replaced only once the new one is complete.
     *
     * @throws InputException when the target exists and is not a model folder this program wrote
     */
    public static void save(Path dir, TrainingResult result, TrainingProvenance provenance, TrainingReport report) {
        TribuoRiskModel model = result.chosen();
        rebuild(dir, "write", provenance, report, tmp -> {
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
    public static void reevaluate(Path dir, TrainingProvenance provenance, TrainingReport report) {
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
     * Refuses, before any work, a target {@code train} may not replace: a file, a folder holding anything but a
     * model folder this program wrote (its manifest lists every file), or a folder that is or holds the input.
     *
     * @param input the input folder or table, or null
     */
    public static void checkTarget(Path dir, Path input) {
        AtomicFolder.checkTarget(dir, Manifest::wroteFolder, "model folder", input);
    }

    /**
     * Builds the folder beside its target (model files, provenance, evaluation, manifest) and switches it into
     * place whole ({@link AtomicFolder}); on any failure the old one stays.
     */
    private static void rebuild(Path dir, String verb, TrainingProvenance provenance, TrainingReport report,
                                ModelFiles modelFiles) {
        Optional<ModelKey> key = ModelKey.configured(dir);
        try {
            AtomicFolder.write(dir, Manifest::wroteFolder, "model folder", tmp -> {
                modelFiles.writeInto(tmp);
                write(tmp.resolve(PROVENANCE), provenance.toJson()); // a tree: keys sorted at every level
                report.writeTo(tmp);
                List<String> files = new ArrayList<>(REQUIRED);
                files.addAll(report.files());
                Manifest.write(tmp, files, key);
            });
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("could not " + verb + " the model folder " + dir + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The content of a folder's provenance.json, read without loading the model. */
    public static TrainingProvenance readProvenance(Path dir) {
        return TrainingProvenance.read(dir.resolve(PROVENANCE));
    }

    /**
     * Loads a model folder after checking every file against the manifest.
     *
     * @throws InputException when the folder is incomplete, a file was altered, or a file cannot be read
     */
    public static SavedModel load(Path dir) {
        AtomicFolder.recover(dir);
        if (!Files.isDirectory(dir)) {
            throw new InputException(new InputError(dir.toString(), 0, null, "not found: expected a model folder "
                    + "written by vroegsignaal train"));
        }
        Manifest.verify(dir, REQUIRED, ModelKey.configured(dir));
        try {
            FeatureEncoding encoding =
                    ModelJson.MAPPER.readValue(dir.resolve(FEATURES).toFile(), FeatureEncoding.class);
            CalibrationFile calibration =
                    ModelJson.MAPPER.readValue(dir.resolve(CALIBRATION).toFile(), CalibrationFile.class);
            TrainingProvenance provenance = TrainingProvenance.read(dir.resolve(PROVENANCE));
            Model<?> raw = ModelFile.read(dir.resolve(MODEL));
            if (!raw.validate(Label.class)) {
                throw new InputException(new InputError(dir.resolve(MODEL).toString(), 0, null,
                        "is not a classification model"));
            }
            Model<Label> tribuo = raw.castModel(Label.class);
            TrainingProvenance.Saved saved = provenance.savedModel();
            return new SavedModel(dir, new TribuoRiskModel(tribuo, encoding, calibration.calibration(), saved.kind(),
                    saved.description()), provenance);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(new InputError(dir.toString(), 0, null,
                    "the model folder could not be read: " + e.getMessage()));
        }
    }

    private static void write(Path file, Object value) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.AGGREGATE, ModelJson.write(value));
    }
}
