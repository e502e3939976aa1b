package nl.vroegsignaal.report;

import java.nio.file.Path;
import nl.vroegsignaal.model.EvaluationReportData;
import nl.vroegsignaal.model.TrainingReport;

/** The evaluation report's files: {@code evaluation.json} and {@code evaluation.html}, each written atomically. */
public final class EvaluationReport {
    private EvaluationReport() {
    }

    public static void write(Path dir, EvaluationReportData data) {
        EvaluationJson.write(dir.resolve(TrainingReport.FILES.get(0)), data);
        EvaluationHtml.write(dir.resolve(TrainingReport.FILES.get(1)), data);
    }
}
