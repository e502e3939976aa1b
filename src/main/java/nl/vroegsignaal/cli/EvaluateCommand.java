package nl.vroegsignaal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.vroegsignaal.link.LinkOptions;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.model.TrainingReport;
import nl.vroegsignaal.pipeline.ConfigLoader;
import nl.vroegsignaal.pipeline.EvaluatePipeline;
import nl.vroegsignaal.pipeline.LinkSettings;
import nl.vroegsignaal.pipeline.LoadedConfig;
import nl.vroegsignaal.pipeline.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vroegsignaal evaluate}: re-evaluates a saved model on (newer) data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Evaluate a saved model on data (the newest labelled cohort, or all labelled rows of a table "
                + "without time) and write evaluation.json to --out.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "A folder written by train.")
    Path model;

    @Mixin
    DataArgs data;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (capacity, seed).")
    Path config;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the evaluation files.")
    Path out;

    @Override
    public Integer call() {
        OutputFolder.check(out);
        LoadedConfig loaded = ConfigLoader.load(config);
        // read the input as the model was trained: without the sources it was trained without
        LinkOptions link = LinkSettings.forModel(SavedModel.readProvenance(model));
        TrainingReport report = EvaluatePipeline.run(model, data.load(link), loaded, out);
        PrintWriter stdout = spec.commandLine().getOut();
        report.summary().forEach(stdout::println);
        stdout.println("written: " + out.resolve("evaluation.json"));
        stdout.flush();
        return Main.EXIT_OK;
    }
}
