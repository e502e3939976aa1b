package nl.vroegsignaal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.pipeline.LoadedConfig;
import nl.vroegsignaal.pipeline.TrainPipeline;
import nl.vroegsignaal.pipeline.TrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vroegsignaal train}: trains, compares with the baselines out-of-time, and saves the model folder. */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Train the risk model: logistic regression and gradient-boosted trees, selected on the "
                + "validation cohort, calibrated on it, and reported on the newest labelled cohort beside the "
                + "absence rule and the environment baseline.",
                "Writes models/NAME/: model.tribuo, calibration.json, features.json, provenance.json, "
                        + "evaluation.json and manifest.json."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataArgs data;

    @Mixin
    ConfigArgs configArgs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The model folder, e.g. models/city (not needed with --validate-only).")
    Path out;

    @Override
    public Integer call() {
        LoadedConfig loaded = configArgs.load();
        PrintWriter stdout = spec.commandLine().getOut();
        if (configArgs.onlyValidate(loaded, stdout)) {
            return Main.EXIT_OK;
        }
        if (out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--out=DIR'");
        }
        SavedModel.checkTarget(out, data.source()); // before hours of work, and never over the input
        TrainingData input = data.load(loaded.linkOptions());
        TrainPipeline.Outcome outcome = TrainPipeline.run(input, loaded, out);
        outcome.report().summary().forEach(stdout::println);
        stdout.println("saved: " + outcome.result().chosen().description() + " -> " + outcome.modelDir());
        stdout.flush();
        return Main.EXIT_OK;
    }
}
