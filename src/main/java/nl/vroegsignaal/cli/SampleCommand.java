package nl.vroegsignaal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code vroegsignaal sample}: writes a synthetic municipality in the contract's format. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Generate a synthetic municipality (the eight contract files plus a truth file).")
final class SampleCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("sample is not implemented yet");
    }
}
