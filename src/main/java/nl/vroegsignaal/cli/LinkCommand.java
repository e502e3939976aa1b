package nl.vroegsignaal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vroegsignaal.features.CohortSummary;
import nl.vroegsignaal.features.FeatureOptions;
import nl.vroegsignaal.pipeline.ConfigLoader;
import nl.vroegsignaal.pipeline.LinkStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vroegsignaal link}: links the input folder and writes features, protected attributes and a report. */
@Command(name = "link", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Link the eight contract files of an input folder and compute population, labels and "
                + "features at every peildatum (1 October).",
                "Writes features.csv and protected.csv (owner-only), link-report.json and link-report.md; "
                        + "all four or none."})
final class LinkCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder with the contract CSV files.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the outputs to.")
    Path out;

    @Option(names = "--extraction-date", paramLabel = "yyyy-MM-dd",
            description = "Day the data was extracted (labels need P + 1 year on or before it). "
                    + "Default: the day after the latest registration date in the input.")
    String extractionDate;

    @Option(names = "--first-peildatum", paramLabel = "yyyy-MM-dd",
            description = "First peildatum to form a cohort for. Default: the first 1 October at least three "
                    + "years after the earliest absence, move or social-domain record (full look-back).")
    String firstPeildatum;

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration; link reads its link section (optional sources).")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FeatureOptions options = extractionDate == null ? FeatureOptions.defaults()
                : FeatureOptions.extractedOn(DateOption.parse("--extraction-date", extractionDate));
        if (firstPeildatum != null) {
            options = options.withFirstPeildatum(DateOption.parse("--first-peildatum", firstPeildatum));
        }
        LinkStage.Result r = LinkStage.run(input, out, options, ConfigLoader.load(config).linkOptions());
        int rows = r.features().matrix().rows();
        spec.commandLine().getOut().printf("linked %d peildata (%s to %s), %d rows; wrote %d files to %s%n",
                r.features().cohorts().size(), first(r), last(r), rows, r.written().size(), out);
        return Main.EXIT_OK;
    }

    private static String first(LinkStage.Result r) {
        return r.features().cohorts().isEmpty() ? "-" : r.features().cohorts().get(0).peildatum().toString();
    }

    private static String last(LinkStage.Result r) {
        List<CohortSummary> c = r.features().cohorts();
        return c.isEmpty() ? "-" : c.get(c.size() - 1).peildatum().toString();
    }

}
