package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.List;

/** Writes the audit's five files into one folder, each atomically; they hold aggregates only. */
public final class AuditFiles {
    private AuditFiles() {
    }

    /**
     * Writes fairness.json, fairness.html, modelkaart.md, algoritmeregister.json and algoritmeregister.md; returns
     * their paths in that order.
     */
    public static List<Path> write(AuditReport report, Path dir) {
        Path json = dir.resolve(FairnessJson.FILE);
        Path html = dir.resolve(FairnessHtml.FILE);
        Path card = dir.resolve(ModelCard.FILE);
        Path register = dir.resolve(RegisterEntry.JSON_FILE);
        Path registerMd = dir.resolve(RegisterEntry.MARKDOWN_FILE);
        FairnessJson.write(report, json);
        FairnessHtml.write(report, html);
        report.modelCard().write(card);
        report.registerEntry().writeJson(register);
        report.registerEntry().writeMarkdown(registerMd);
        return List.of(json, html, card, register, registerMd);
    }
}
