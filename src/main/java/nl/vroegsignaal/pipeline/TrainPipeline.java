package nl.vroegsignaal.pipeline;

import java.nio.file.Path;
import java.util.List;
import nl.vroegsignaal.link.ContactHistory;
import nl.vroegsignaal.report.EvaluationReport;
import nl.vroegsignaal.model.DataSplit;
import nl.vroegsignaal.model.table.TableRecord;
import nl.vroegsignaal.model.LeftOut;
import nl.vroegsignaal.report.NecessityReport;
import nl.vroegsignaal.model.EvaluationScores;
import nl.vroegsignaal.model.RiskModelTrainer;
import nl.vroegsignaal.model.RunInfo;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.model.TrainingProvenance;
import nl.vroegsignaal.model.TrainingReport;
import nl.vroegsignaal.model.TrainingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code train}: data, split, training, the test report and the saved model folder, in that order. */
public final class TrainPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(TrainPipeline.class);

    private TrainPipeline() {
    }

    /** What a run produced. */
    public record Outcome(TrainingResult result, TrainingReport report, Path modelDir) {
    }

    /** With the necessity test when {@code train.necessity} asks for it. */
    public static Outcome run(TrainingData data, LoadedConfig loaded, Path out) {
        return run(data, loaded, out, null, Boolean.TRUE.equals(loaded.config().train().necessity()));
    }

    /** Without the necessity test: {@code run} does it in its audit stage. */
    static Outcome run(TrainingData data, LoadedConfig loaded, Path out, Path scoresFile) {
        return run(data, loaded, out, scoresFile, false);
    }

    /**
     * The same, also keeping the scores the evaluation is computed from (for {@code run}, which re-reports a
     * trained model when only {@code evaluate.*} changed).
     *
     * @param scoresFile where to write the {@link EvaluationScores} (owner-only), or null
     */
    private static Outcome run(TrainingData data, LoadedConfig loaded, Path out, Path scoresFile,
                               boolean necessity) {
        VroegsignaalConfig config = loaded.config();
        TrainingData original = data;
        ContactHistory contacts = RecordedContacts.of(loaded);
        if (contacts != null) {
            data = data.withContacts(contacts, config.contacts().training());
        }
        long seed = config.seed();
        DataSplit split = data.split(config.train().split(), seed);
        TrainingResult result = RiskModelTrainer.train(data.matrix(), split, config.train(), seed)
                .withNotes(data.notes());
        if (contacts != null) {
            result = result.withNotes(List.of(ContactChoices.compare(original, contacts, config, data, result)));
        }
        RunInfo run = new RunInfo(data.source(), data.inputHashes(), loaded.resolved(), loaded.sha256(),
                loaded.source(), seed, data.matrix().catalogue().missingSources());
        TrainingProvenance provenance = TrainingProvenance.of(result, run);
        if (data.table() != null) { // so that audit --table reads the same table the same way
            provenance = provenance.withTable(TableRecord.of(data.table().options(), data.table().sha256()));
        }
        LOG.info("evaluating on the test rows");
        EvaluationScores scores = TrainingReport.scores(result, data.matrix(), data.oracle());
        TrainingReport report = TrainingReport.ofScores(scores, config.evaluate(), provenance)
                .writtenBy(EvaluationReport::write);
        if (scoresFile != null) {
            scores.write(scoresFile);
        }
        if (necessity && !LeftOut.of(data.matrix()).isEmpty()) {
            NecessityReport n = NecessityCheck.compute(data.matrix(), data.audit(), split, config.train(),
                    config.evaluate(), seed, result.chosen(), data.inputHashes());
            report = report.withExtraFiles(NecessityReport.FILES, dir -> n.writeInto(dir, loaded.texts()));
        } else if (necessity) {
            LOG.warn("train.necessity: the data holds no social-domain source or moves to leave out; no necessity "
                    + "report");
        }
        SavedModel.save(out, result, provenance, report);
        LOG.info("model saved to {}", out);
        return new Outcome(result, report, out);
    }
}
