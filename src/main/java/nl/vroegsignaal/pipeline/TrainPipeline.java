package nl.vroegsignaal.pipeline;

import java.nio.file.Path;
import nl.vroegsignaal.report.EvaluationReport;
import nl.vroegsignaal.model.DataSplit;
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

    public static Outcome run(TrainingData data, LoadedConfig loaded, Path out) {
        return run(data, loaded, out, null);
    }

    /**
     * The same, also keeping the scores the evaluation is computed from (for {@code run}, which re-reports a
     * trained model when only {@code evaluate.*} changed).
     *
     * @param scoresFile where to write the {@link EvaluationScores} (owner-only), or null
     */
    static Outcome run(TrainingData data, LoadedConfig loaded, Path out, Path scoresFile) {
        VroegsignaalConfig config = loaded.config();
        long seed = config.seed();
        DataSplit split = data.split(config.train().split(), seed);
        TrainingResult result = RiskModelTrainer.train(data.matrix(), split, config.train(), seed)
                .withNotes(data.notes());
        RunInfo run = new RunInfo(data.source(), data.inputHashes(), loaded.resolved(), loaded.sha256(),
                loaded.source(), seed);
        TrainingProvenance provenance = TrainingProvenance.of(result, run, config.train().calibration());
        LOG.info("evaluating on the test rows");
        EvaluationScores scores = TrainingReport.scores(result, data.matrix(), data.oracle());
        TrainingReport report = TrainingReport.ofScores(scores, config.evaluate(), provenance.toJson())
                .writtenBy(EvaluationReport::write);
        if (scoresFile != null) {
            scores.write(scoresFile);
        }
        SavedModel.save(out, result, provenance, report);
        LOG.info("model saved to {}", out);
        return new Outcome(result, report, out);
    }
}
