package nl.vroegsignaal.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.vroegsignaal.core.AtomicOutput.Visibility;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureOptions;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.features.Timeline;
import nl.vroegsignaal.link.LinkOptions;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.report.FeatureFiles;
import nl.vroegsignaal.report.LinkReport;
import nl.vroegsignaal.report.LinkReportJson;
import nl.vroegsignaal.report.LinkReportMarkdown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code link}: reads and links the input folder, builds population, labels and features for every
 * peildatum, and writes {@code features.csv}, {@code protected.csv} (both owner-only), {@code link-report.json}
 * and {@code link-report.md}. Everything is computed before anything is written, and the four files appear
 * together or not at all.
 */
public final class LinkStage {
    private static final Logger LOG = LoggerFactory.getLogger(LinkStage.class);

    /** What a run produced: the feature set (for notebooks), the report, and the files written. */
    public record Result(FeatureSet features, Timeline timeline, LinkReport report, List<Path> written) {
    }

    /** The files of a link folder. */
    static final Set<String> FILES = Set.of(FeatureFiles.FEATURES, FeatureFiles.PROTECTED, LinkReportJson.FILE,
            LinkReportMarkdown.FILE);

    private LinkStage() {
    }

    public static Result run(Path inputDir, Path outDir, FeatureOptions options) {
        return run(inputDir, outDir, options, LinkOptions.defaults());
    }

    /** The same, reading the folder with these options (the configuration's optional sources). */
    public static Result run(Path inputDir, Path outDir, FeatureOptions options, LinkOptions link) {
        OutputFolder.check(outDir, FILES, inputDir);
        LinkedData data = Linker.read(inputDir, link);
        return run(data, outDir, options);
    }

    /** The same, on data already linked (tests, notebooks). */
    public static Result run(LinkedData data, Path outDir, FeatureOptions options) {
        OutputFolder.check(outDir, FILES, null);
        Timeline timeline = Timeline.of(data, options);
        FeatureSet features = FeatureBuilder.build(data, timeline);
        LinkReport report = LinkReport.of(data, features, timeline);
        report.quality().jumps().forEach(j -> LOG.warn(j.warning()));
        String json = LinkReportJson.render(report);
        String markdown = LinkReportMarkdown.render(report);
        LOG.info("{} peildata, {} rows; data up to {}", timeline.peildata().size(), features.matrix().rows(),
                timeline.horizon());

        OutputFolder out = OutputFolder.open(outDir, FILES);
        out.writeText(FeatureFiles.FEATURES, Visibility.PERSON_LEVEL,
                w -> FeatureFiles.writeFeatures(w, features.matrix()));
        out.writeText(FeatureFiles.PROTECTED, Visibility.PERSON_LEVEL,
                w -> FeatureFiles.writeProtected(w, features.matrix(), features.audit()));
        out.writeText(LinkReportJson.FILE, Visibility.AGGREGATE, w -> w.write(json));
        out.writeText(LinkReportMarkdown.FILE, Visibility.AGGREGATE, w -> w.write(markdown));
        return new Result(features, timeline, report, out.commit());
    }
}
