package nl.vroegsignaal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.vroegsignaal.pipeline.LoadedConfig;
import nl.vroegsignaal.pipeline.RunPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vroegsignaal run}: the whole pipeline from one configuration, reusing what has not changed. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Link, train, evaluate, write the signal list and audit the model for fairness in one go, "
                + "each stage into its own folder under the output folder (link/, model/, signal/, audit/), then "
                + "print which files to read.",
                "A stage whose inputs, configuration and code are unchanged since the last run into the same folder, "
                        + "and whose files are untouched, is reused (records in OUT/stages/)."})
final class RunCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigArgs configArgs;

    @Option(names = "--input", paramLabel = "DIR",
            description = "Folder with the eight contract files. Default: run.input of the configuration "
                    + "(data-sample, relative to the working directory).")
    Path input;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder. Default: run.out of the configuration (out).")
    Path out;

    @Option(names = "--operator", paramLabel = "NAME",
            description = "Who runs this, for the run log OUT/logboek/signaallijsten.csv. Default: the environment "
                    + "variable VROEGSIGNAAL_OPERATOR, else USER.")
    String operator;

    @Override
    public Integer call() {
        LoadedConfig loaded = configArgs.load();
        PrintWriter stdout = spec.commandLine().getOut();
        if (configArgs.onlyValidate(loaded, stdout)) {
            return Main.EXIT_OK;
        }
        Path in = input != null ? input : Path.of(loaded.config().run().input());
        Path to = out != null ? out : Path.of(loaded.config().run().out());
        RunPipeline.Result result = RunPipeline.run(loaded, in, to, java.util.Optional.ofNullable(operator));
        for (RunPipeline.StageOutcome s : result.stages()) {
            stdout.printf(Locale.ROOT, "%-9s %-7s %6.1f s%n", s.name(),
                    s.status() == RunPipeline.Status.RAN ? "ran" : "reused", s.seconds());
        }
        stdout.println("all outputs are in " + to + "/; where to look:");
        for (RunPipeline.Reading r : result.toRead()) {
            stdout.println("  for " + r.audience() + ": " + r.file());
        }
        stdout.flush();
        return Main.EXIT_OK;
    }
}
