package nl.vroegsignaal.cli;

import ch.qos.logback.classic.Level;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import nl.vroegsignaal.core.BuildInfo;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.Printable;
import nl.vroegsignaal.core.SerialFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point: {@code vroegsignaal <command> [options]}. Exit codes: 0 success, 1 bad input or failed
 * output (message on stderr, no stack trace unless --verbose), 2 usage error.
 */
@Command(name = "vroegsignaal", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Early signals of early school leaving (VSV) for Dutch municipalities.",
        subcommands = {SampleCommand.class, LinkCommand.class, TrainCommand.class, EvaluateCommand.class, SignalCommand.class, FollowupCommand.class,
                AuditCommand.class, RunCommand.class, PseudonymiseCommand.class, PrepareCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_BAD_INPUT = 1;
    public static final int EXIT_USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Log more detail, and print stack traces of failures.")
    void setVerbose(boolean verbose) {
        Main.verbose = verbose;
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(verbose ? Level.DEBUG : Level.INFO);
    }

    private static boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests and embedding). */
    public static int run(String... args) {
        SerialFilter.installDenyAll();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        // Logs, CSV, JSON and provenance spell numbers and names the same on every machine; libraries (Tribuo's
        // protobuf reflection upper-cases 'i' to a dotted 'İ' under Turkish) follow. Dutch text for people is
        // written by NlFormat, which uses no locale.
        Locale.setDefault(Locale.ROOT);
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handleFailure);
        return cl;
    }

    private static int handleFailure(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (e instanceof InputException || e instanceof UncheckedIOException) {
            err.println("error: " + escapedLines(e.getMessage()));
        } else {
            err.println("error: " + e.getClass().getSimpleName() + ": " + escapedLines(e.getMessage()));
        }
        if (verbose) {
            e.printStackTrace(err);
        } else {
            LOG.debug("failure", e);
        }
        err.flush();
        return EXIT_BAD_INPUT;
    }

    /** Keeps the line breaks between listed errors, escapes every other control character. */
    private static String escapedLines(String message) {
        if (message == null) {
            return null;
        }
        return String.join(System.lineSeparator(),
                java.util.Arrays.stream(message.split("\\R", -1)).map(Printable::escape).toList());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command; see --help");
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"vroegsignaal " + BuildInfo.version(),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
