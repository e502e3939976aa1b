package nl.vroegsignaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vroegsignaal.contract.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vroegsignaal sample}: options, exit codes and messages. */
class SampleCommandTest {

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int exit = cl.execute(args);
        return new Run(exit, err.toString());
    }

    @Test
    void writesTheEightContractFilesAndTheTruthFile(@TempDir Path out) {
        Run r = run("sample", "--persons", "300", "--seed", "5", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.EXIT_OK);
        for (SourceFile f : SourceFile.values()) {
            assertThat(out.resolve(f.fileName())).isRegularFile();
        }
        assertThat(out.resolve("truth/waarheid.csv")).isRegularFile();
        assertThat(out.resolve("truth/generator.json")).content().contains("\"persons\": 300", "\"seed\": 5");
    }

    @Test
    void acceptsScaleNamesInLowerCase(@TempDir Path out) {
        Run r = run("sample", "--scale", "sample", "--out", out.toString(), "--direct-effect-herkomst", "0.5",
                "--proxy-leak", "--threads", "2");
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.EXIT_OK);
        assertThat(out.resolve("truth/generator.json")).content().contains("\"persons\": 5000",
                "\"directEffectHerkomst\": 0.5", "\"proxyLeak\": true");
    }

    @Test
    void refusesScaleTogetherWithPersonsAsAUsageError(@TempDir Path out) {
        Run r = run("sample", "--scale", "city", "--persons", "10", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("mutually exclusive");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void refusesAnUnknownScaleAsAUsageError(@TempDir Path out) {
        Run r = run("sample", "--scale", "province", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("expected sample, city or nation but was 'province'");
    }

    @Test
    void requiresAnOutputFolder() {
        Run r = run("sample", "--persons", "10");
        assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("--out");
    }

    @Test
    void refusesANegativeNumberOfPersonsWithAClearMessageAndWritesNothing(@TempDir Path out) {
        Run r = run("sample", "--persons", "-5", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--persons must be between 1 and 10000000, got -5").doesNotContain("at nl.");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void refusesANonFiniteDirectEffect(@TempDir Path out) {
        Run r = run("sample", "--persons", "10", "--direct-effect-herkomst", "NaN", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--direct-effect-herkomst must be a log-odds between -10 and 10, got NaN");
    }

    @Test
    void refusesAnOutputPathThatIsAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.csv"), "x");
        Run r = run("sample", "--persons", "10", "--out", file.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--out must be a folder");
        assertThat(Files.readAllLines(file)).isEqualTo(List.of("x"));
    }
}
