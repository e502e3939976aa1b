package nl.vroegsignaal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.NoiseSource;
import nl.vroegsignaal.sample.DriftKnobs;
import nl.vroegsignaal.sample.SampleOptions;
import nl.vroegsignaal.sample.Scale;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vroegsignaal sample}: writes a synthetic municipality in the contract's format. */
@Command(name = "sample", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Generate a synthetic municipality (the eight contract files plus a truth file).",
                "The same options give byte-identical files. See src/site/world-model.md for the world model."})
final class SampleCommand implements Callable<Integer> {

    static final class Size {
        @Option(names = "--persons", paramLabel = "N", description = "Number of persons (rows of personen.csv).")
        Integer persons;

        @Option(names = "--scale", paramLabel = "SCALE", converter = ScaleConverter.class,
                description = "sample (5,000 persons), city (100,000) or nation (2,500,000). Default: sample.")
        Scale scale;
    }

    /** Scales are spelled in lower case on the command line. */
    static final class ScaleConverter implements CommandLine.ITypeConverter<Scale> {
        @Override
        public Scale convert(String value) {
            for (Scale s : Scale.values()) {
                if (s.name().toLowerCase(Locale.ROOT).equals(value)) {
                    return s;
                }
            }
            throw new CommandLine.TypeConversionException("expected sample, city or nation but was '" + value + "'");
        }
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Size size;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SampleOptions.DEFAULT_SEED,
            description = "Seed of the world (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (created if absent).")
    Path out;

    @Option(names = "--direct-effect-herkomst", paramLabel = "LOG_ODDS", defaultValue = "0",
            description = "Audit knob: add this log-odds to the outcome of youngsters of origin 'buiten Europa' "
                    + "(default: ${DEFAULT-VALUE}, no direct effect).")
    double directEffectHerkomst;

    @Option(names = "--proxy-leak",
            description = "Audit knob: register luxeverzuim mostly for youngsters of origin 'buiten Europa', so "
                    + "luxeverzuim counts leak origin; the outcome model is unchanged.")
    boolean proxyLeak;

    @Option(names = "--registration-bias-herkomst", paramLabel = "REPORTS", defaultValue = "0",
            description = "Audit knob: schools register each unauthorised absence of youngsters of origin "
                    + "'buiten Europa' this many extra times on average, as absence that did not happen (a biased "
                    + "source); the true probability is unchanged (default: ${DEFAULT-VALUE}).")
    double registrationBias;

    @Option(names = "--noise-source", paramLabel = "SOURCE", defaultValue = "none",
            description = "Necessity knob: make one social-domain source (uitkeringen, jeugdhulp or schuldhulp) pure "
                    + "noise: the same rate for everyone, and the outcome never sees it (default: ${DEFAULT-VALUE}).")
    String noiseSource;

    @Option(names = "--drift-base-rate", paramLabel = "LOG_ODDS", defaultValue = "0",
            description = "Follow-up knob: add this log-odds to everyone's outcome at the peildata from 2024 on (the "
                    + "leaving rate moves, the relations stay; default: ${DEFAULT-VALUE}).")
    double driftBaseRate;

    @Option(names = "--drift-registration", paramLabel = "REPORTS", defaultValue = "0",
            description = "Follow-up knob: from 1 August 2024 schools register each unauthorised absence this many "
                    + "extra times on average (a source whose registration changed); the true probability is "
                    + "unchanged (default: ${DEFAULT-VALUE}).")
    double driftRegistration;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: number of processors); does not change the output.")
    Integer threads;

    @Override
    public Integer call() {
        int persons = size == null ? Scale.SAMPLE.persons()
                : size.persons != null ? size.persons : size.scale.persons();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out must be a folder, but " + out + " is a file");
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        SampleGenerator.generate(new SampleOptions(persons, seed, directEffectHerkomst, proxyLeak, t,
                registrationBias, NoiseSource.parse(noiseSource), new DriftKnobs(driftBaseRate, driftRegistration)),
                out);
        return Main.EXIT_OK;
    }
}
