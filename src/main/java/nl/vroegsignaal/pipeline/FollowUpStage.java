package nl.vroegsignaal.pipeline;

import java.nio.file.Path;
import java.util.List;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.followup.FollowUp;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.report.FollowUpFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code followup}: after the lists. Reads a history folder of past lists with their filled contact logs, links the
 * newest input, and writes the follow-up report ({@code opvolging.md}, {@code followup.md}, {@code opvolging.json}): back-test of each past
 * list, each step by group, drift since training and the model's calibration per cohort, with advice.
 */
public final class FollowUpStage {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpStage.class);

    private FollowUpStage() {
    }

    /** Computes the follow-up without writing it (for notebooks and tests). */
    public static FollowUp.Report compute(Path modelDir, Path inputDir, Path history) {
        SavedModel saved = SavedModel.load(modelDir);
        LinkedData linked = Linker.read(inputDir, LinkSettings.forModel(saved.provenance()));
        FeatureSet features = FeatureBuilder.build(linked);
        return compute(saved, features, linked.inputHashes(), history);
    }

    public static FollowUp.Report compute(SavedModel saved, FeatureSet features, java.util.Map<String, String> hashes,
                                          Path history) {
        LOG.info("following up the lists in {}", history);
        FollowUp.Report report = FollowUp.run(saved, features, hashes, history, saved.provenance().seed());
        LOG.info("follow-up: {} past lists, {} peildata with contact logs, advice {}, effect of contact {}",
                report.backTests().size(), report.steps().size(), report.advice(), report.effect().verdict());
        return report;
    }

    /**
     * The effect of contact alone, from the random stream of the past lists in {@code history} (what the report shows
     * under "Werkt het contact?"), for notebooks and the known-truth tests.
     */
    public static FollowUp.Effect effect(Path modelDir, Path inputDir, Path history) {
        SavedModel saved = SavedModel.load(modelDir);
        LinkedData linked = Linker.read(inputDir, LinkSettings.forModel(saved.provenance()));
        return FollowUp.effect(FeatureBuilder.build(linked), history);
    }

    /** Computes and writes the report into {@code out}, never over the input or the history. */
    public static List<Path> run(Path modelDir, Path inputDir, Path history, Path out) {
        FollowUpFiles.checkTarget(out, inputDir);
        FollowUpFiles.checkTarget(out, history);
        return FollowUpFiles.write(compute(modelDir, inputDir, history), out);
    }
}
