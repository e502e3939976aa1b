package nl.vroegsignaal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.CsvDialect;
import nl.vroegsignaal.pseudonymise.ExportPseudonymiser;
import nl.vroegsignaal.pseudonymise.PseudonymKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vroegsignaal pseudonymise}: for the data steward, where the BSNs live; never on the analysis side. */
@Command(name = "pseudonymise", mixinStandardHelpOptions = true,
        description = {"Replace the BSN column(s) of an export by keyed pseudonyms (HMAC-SHA256).",
                "Run by the data steward where the BSNs are, with one key for all sources of a municipality.",
                "  pseudonymise --new-key FILE",
                "  pseudonymise --key FILE --in EXPORT --column BSN [--column BSN_OUDER] [--separator ';'] --out FILE"})
final class PseudonymiseCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(PseudonymiseCommand.class);

    @Option(names = "--new-key", paramLabel = "FILE",
            description = "Write a new random 256-bit key to FILE (owner-only; never overwrites) and stop.")
    Path newKey;

    @Option(names = "--key", paramLabel = "FILE", description = "The key file written by --new-key.")
    Path key;

    @Option(names = "--in", paramLabel = "EXPORT", description = "The export to pseudonymise (CSV with a header).")
    Path in;

    @Option(names = "--column", paramLabel = "NAME",
            description = "A column holding BSNs, as spelled in the header (repeat for more than one).")
    List<String> columns;

    @Option(names = "--separator", paramLabel = "CHAR", defaultValue = ",",
            description = "Field separator of the export: ',' ';' or 'tab' (default: ${DEFAULT-VALUE}).")
    String separator;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The pseudonymised file to write (comma-separated, owner-only; must not exist).")
    Path out;

    @Override
    public Integer call() {
        if (newKey != null) {
            if (key != null || in != null || out != null) {
                throw new InputException("--new-key writes a key and does nothing else: leave out --key, --in and --out");
            }
            PseudonymKey k = PseudonymKey.generate();
            k.writeNew(newKey);
            LOG.info("wrote a new key to {} (owner-only); key id {}", newKey, k.id());
            return Main.EXIT_OK;
        }
        if (key == null || in == null || out == null || columns == null || columns.isEmpty()) {
            throw new InputException("pseudonymise needs --key, --in, --column and --out (or --new-key FILE)");
        }
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new InputException("--out must differ from --in: the export is never overwritten");
        }
        ExportPseudonymiser.Result r = ExportPseudonymiser.run(PseudonymKey.read(key), in,
                CsvDialect.table(separatorChar()), columns, out);
        LOG.info("wrote {} rows to {} with {} column(s) pseudonymised under key id {}", r.rows(), r.out(),
                r.pseudonymisedColumns(), r.keyId());
        return Main.EXIT_OK;
    }

    private char separatorChar() {
        return switch (separator) {
            case ",", ";", "|" -> separator.charAt(0);
            case "tab", "\\t", "\t" -> '\t';
            default -> throw new InputException("--separator: expected ',', ';', '|' or 'tab' but was another value");
        };
    }
}
