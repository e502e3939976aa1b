package nl.vroegsignaal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import nl.vroegsignaal.pipeline.ConfigLoader;
import nl.vroegsignaal.pipeline.LoadedConfig;
import picocli.CommandLine.Option;

/** The configuration options of the commands that take a YAML configuration and can check it alone. */
final class ConfigArgs {
    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration; keys not given take the documented defaults.")
    Path config;

    @Option(names = "--validate-only", description = "Check the configuration and exit.")
    boolean validateOnly;

    /** Loads and validates the whole configuration (all problems at once, as bad input). */
    LoadedConfig load() {
        return ConfigLoader.load(config);
    }

    /** With --validate-only: prints the confirmation and returns true, so the command stops there. */
    boolean onlyValidate(LoadedConfig loaded, PrintWriter out) {
        if (validateOnly) {
            out.println("configuration OK (" + loaded.source() + ", sha256 " + loaded.sha256() + ")");
        }
        return validateOnly;
    }
}
