package nl.vroegsignaal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.vroegsignaal.pipeline.AuditStage;
import nl.vroegsignaal.pipeline.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vroegsignaal audit}: the fairness audit, model card and register entry for a privacy officer. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Audit a saved model for fairness on its test cohort at capacity, check the features for "
                + "proxies of geslacht and herkomst, and audit the signal list it produces now. Writes "
                + "fairness.json, fairness.html (Dutch), modelkaart.md, algoritmeregister.json and "
                + "algoritmeregister.md.",
                "With --table instead of --input: audit a model trained with train --table on its test rows (held-out "
                        + "rows when the table has no time column), for the --protected columns (default: those "
                        + "the model was trained with); the groups are the columns' own values."})
final class AuditCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Saved model folder (from train).")
    Path model;

    @Option(names = "--input", paramLabel = "DIR",
            description = "Folder with the eight contract files (the data the model was trained on, or a later "
                    + "extract).")
    Path input;

    @Option(names = "--table", paramLabel = "FILE",
            description = "The table the model was trained on (train --table), read as the model records it.")
    Path table;

    @Option(names = "--protected", paramLabel = "A,B", split = ",",
            description = "With --table: the protected columns to audit for (never features of the model).")
    List<String> protectedColumns = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the audit to.")
    Path out;

    @Option(names = "--organisatie", paramLabel = "NAAM",
            description = "Name of the municipality for the model card and register entry.")
    String organisation;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the bootstrap intervals and the proxy check. Default: the model's seed.")
    Long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AuditStage.Options options = new AuditStage.Options(seed == null ? AuditStage.Options.MODEL_SEED : seed,
                Optional.ofNullable(organisation));
        if ((input == null) == (table == null)) {
            throw new ParameterException(spec.commandLine(), "give exactly one of --input DIR or --table FILE");
        }
        if (input != null && !protectedColumns.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--protected goes with --table: the contract's "
                    + "protected attributes are geslacht and herkomst");
        }
        OutputFolder.check(out);
        List<String> named = protectedColumns.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<Path> written = input != null ? AuditStage.run(model, input, options, out)
                : AuditStage.runTable(model, table, named, options, out);
        spec.commandLine().getOut().printf("wrote the fairness audit to %s (%d files); open fairness.html to read "
                + "or print it%n", out, written.size());
        return Main.EXIT_OK;
    }
}
