package nl.vroegsignaal.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.prepare.Mapping;
import nl.vroegsignaal.prepare.MappingLoader;
import nl.vroegsignaal.prepare.Preparer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vroegsignaal prepare}: a municipality's pseudonymised exports to the contract's eight files. */
@Command(name = "prepare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Write the data contract's eight files from a municipality's own (pseudonymised) exports, "
                + "by a mapping file that names each export's file, separator, columns, date formats, codes and "
                + "rows to drop (see src/site/prepare.md).",
                "Checks every export first; writes the eight files and prepare.json (owner-only) together, or "
                        + "nothing."})
final class PrepareCommand implements Callable<Integer> {
    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "The mapping file (YAML).")
    Path mapping;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write the contract files to (new, empty, or written by prepare before).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Mapping m = MappingLoader.load(mapping);
        Preparer.Result r = Preparer.run(m, out);
        for (Map.Entry<SourceFile, Preparer.SourceCount> e : r.sources().entrySet()) {
            Preparer.SourceCount c = e.getValue();
            long dropped = c.dropped().values().stream().mapToLong(Long::longValue).sum();
            spec.commandLine().getOut().printf("%-18s %,d rows from %s, %,d dropped by the mapping's rules%n",
                    e.getKey().fileName(), c.written(), c.export(), dropped);
        }
        spec.commandLine().getOut().printf("wrote the eight contract files and %s to %s%n", Preparer.PROVENANCE, out);
        return Main.EXIT_OK;
    }
}
