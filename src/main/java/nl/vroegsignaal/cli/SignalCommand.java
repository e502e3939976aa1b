package nl.vroegsignaal.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.vroegsignaal.pipeline.SignalStage;
import nl.vroegsignaal.pipeline.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vroegsignaal signal}: the signal list for case workers. */
@Command(name = "signal", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Score the population at a peildatum and write the top of the ranking, with reasons in "
                + "plain Dutch: a list for leerplicht (under 18) and one for RMC (18 and over), each as "
                + "signalen-<list>.csv, .json and .html (printable on A4).")
final class SignalCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Saved model folder (from train).")
    Path model;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder with the eight contract files.")
    Path input;

    @Option(names = "--peildatum", paramLabel = "yyyy-MM-dd",
            description = "Peildatum to score. Default: the latest in the data.")
    String peildatum;

    @Option(names = "--capacity", paramLabel = "K",
            description = "Length of the two lists together (shared). Default: signal.capacity, else the capacity "
                    + "the model was evaluated at.")
    Integer capacity;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the list to.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutputFolder.check(out);
        List<Path> written = SignalStage.run(model, input, new SignalStage.Options(parse(peildatum),
                Optional.ofNullable(capacity)), out);
        spec.commandLine().getOut().printf("wrote the signal lists to %s (%d files); open signalen-leerplicht.html "
                + "and signalen-rmc.html to read or print them%n", out, written.size());
        return Main.EXIT_OK;
    }

    private static Optional<LocalDate> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        return Optional.of(DateOption.parse("--peildatum", s));
    }
}
