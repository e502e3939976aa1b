package nl.vroegsignaal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vroegsignaal.pipeline.FollowUpStage;
import nl.vroegsignaal.pipeline.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vroegsignaal followup}: what happened after the past lists, and whether the model still fits. */
@Command(name = "followup", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Follow up past signal lists: back-test each list against what happened, audit each step of "
                + "the contact (listed, contacted, help offered, help accepted) by group, and measure drift and "
                + "calibration since training. Writes opvolging.md (Dutch), followup.md (English) and opvolging.json.")
final class FollowupCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "DIR", description = "The saved model the lists came from.")
    Path model;

    @Option(names = "--input", required = true, paramLabel = "DIR",
            description = "Folder with the newest contract files (which know what happened after the past lists).")
    Path input;

    @Option(names = "--history", required = true, paramLabel = "DIR",
            description = "One folder per past list run, each with signalen-LIST.json and the filled "
                    + "contactlog-LIST.csv.")
    Path history;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the report to.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutputFolder.check(out);
        List<Path> written = FollowUpStage.run(model, input, history, out);
        spec.commandLine().getOut().printf("wrote the follow-up to %s (%d files); open opvolging.md%n", out,
                written.size());
        return Main.EXIT_OK;
    }
}
