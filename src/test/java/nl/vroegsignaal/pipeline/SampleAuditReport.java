package nl.vroegsignaal.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.report.AuditReport;
import nl.vroegsignaal.report.NecessityReport;

/** The audit of the committed sample's model with the necessity report beside it, once per test run (for report tests). */
public final class SampleAuditReport {
    private static AuditReport report;

    private SampleAuditReport() {
    }

    public static synchronized AuditReport withNecessity() {
        if (report == null) {
            SavedModel saved = SavedModel.load(SampleAudit.model());
            Path data = SampleAudit.SAMPLE;
            LinkedData linked = Linker.read(data);
            FeatureSet features = FeatureBuilder.build(linked);
            VroegsignaalConfig c;
            try {
                Path config = java.nio.file.Files.createTempFile("vroegsignaal-sample-", ".yaml");
                java.nio.file.Files.writeString(config, SampleAudit.CONFIG);
                c = ConfigLoader.load(config).config();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            TrainingData training = TrainingData.fromLinked(data, linked, features);
            long seed = saved.provenance().seed();
            NecessityReport n = NecessityCheck.compute(features.matrix(), features.audit(),
                    training.split(c.train().split(), seed), c.train(), c.evaluate(), seed,
                    saved.model(), linked.inputHashes());
            report = AuditStage.compute(saved, features, linked.inputHashes(), Optional.empty(), Optional.empty(),
                    AuditStage.Options.defaults(), Optional.of(n)).report();
        }
        return report;
    }
}
