package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.vroegsignaal.core.AtomicFolder;

/**
 * Writes the audit's ten files (twelve with the necessity report of {@code run}) into one folder as one
 * {@link AtomicFolder}; they hold aggregates only.
 */
public final class AuditFiles {
    /** The files of an audit folder: an existing folder holding anything else is never replaced. */
    public static final Set<String> FILES = Set.of(FairnessJson.FILE, FairnessHtml.FILE, ModelCard.FILE,
            RegisterEntry.JSON_FILE, RegisterEntry.MARKDOWN_FILE, SystemCard.FILE, SystemCard.MODEL_FILE,
            DeployerPack.INSTRUCTIONS, DeployerPack.FRIA, DeployerPack.INFORMATION, NecessityReport.JSON_FILE,
            NecessityReport.HTML_FILE);

    private AuditFiles() {
    }

    /**
     * Writes fairness.json, fairness.html, modelkaart.md, algoritmeregister.json, algoritmeregister.md and the AMT
     * cards systeemkaart.yaml and modelkaart.yaml, then the deployer pack; returns their paths in that order.
     */
    public static List<Path> write(AuditReport report, Path dir) {
        return write(report, dir, Texts.builtIn());
    }

    /** The same, with the necessity report's two files when the report holds one (texts: its page's wording). */
    public static List<Path> write(AuditReport report, Path dir, Texts texts) {
        AtomicFolder.write(dir, AtomicFolder.onlyFiles(FILES), "audit folder", staging -> {
            if (report.necessity().isPresent()) {
                report.necessity().get().writeInto(staging, texts);
            }
            FairnessJson.write(report, staging.resolve(FairnessJson.FILE), texts);
            FairnessHtml.write(report, staging.resolve(FairnessHtml.FILE), texts);
            report.modelCard().write(staging.resolve(ModelCard.FILE));
            report.registerEntry().writeJson(staging.resolve(RegisterEntry.JSON_FILE));
            report.registerEntry().writeMarkdown(staging.resolve(RegisterEntry.MARKDOWN_FILE));
            SystemCard.write(report, staging);
            DeployerPack.write(report, staging, texts);
        });
        List<Path> out = new java.util.ArrayList<>(List.of(dir.resolve(FairnessJson.FILE), dir.resolve(FairnessHtml.FILE),
                dir.resolve(ModelCard.FILE), dir.resolve(RegisterEntry.JSON_FILE),
                dir.resolve(RegisterEntry.MARKDOWN_FILE), dir.resolve(SystemCard.FILE), dir.resolve(SystemCard.MODEL_FILE)));
        DeployerPack.FILES.forEach(f -> out.add(dir.resolve(f)));
        if (report.necessity().isPresent()) {
            NecessityReport.FILES.forEach(f -> out.add(dir.resolve(f)));
        }
        return List.copyOf(out);
    }

    /** Refuses, before any work, a folder that holds anything but an earlier audit (or is the input). */
    public static void checkTarget(Path dir, Path input) {
        AtomicFolder.checkTarget(dir, AtomicFolder.onlyFiles(FILES), "audit folder", input);
    }
}
