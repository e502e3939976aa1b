package nl.vroegsignaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stop rule end to end: a model configured with a drift threshold the sample's own year-to-year noise exceeds,
 * so that {@code signal} refuses; a review of another stop does not release it; a review of this stop does, and
 * goes into the lists' provenance.
 */
class StopRuleEndToEndTest {
    private static final Path SAMPLE = Path.of("data-sample");
    private static final Pattern CODE = Pattern.compile("stop code ([0-9a-f]{12})");
    @TempDir
    static Path dir;
    private static Path model;
    private static Path input;

    @BeforeAll
    static void trainAModelWithAStrictStopRule() throws IOException {
        Path config = dir.resolve("strict.yaml");
        Files.writeString(config, "seed: 5\ntrain:\n  logistic:\n    cost: 1.0\n  xgboost:\n    enabled: false\n"
                + "evaluate:\n  bootstrapResamples: 0\nsignal:\n  stop:\n    driftPsi: 0.000001\n");
        model = dir.resolve("model");
        CliRunner.Result r = CliRunner.run("train", "--input", SAMPLE.toString(), "--config", config.toString(),
                "--out", model.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        input = dir.resolve("input");
        Files.createDirectories(input);
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void signalIsHeldBackUntilANamedPersonRecordsTheyReviewedThisStop() throws IOException {
        Path out = dir.resolve("signal");
        CliRunner.Result stopped = CliRunner.run("signal", "--model", model.toString(), "--input", input.toString(),
                "--out", out.toString());
        assertThat(stopped.exitCode()).isEqualTo(1);
        assertThat(stopped.err()).contains("the stop rule (signal.stop) holds back a new signal list at peildatum",
                "has drifted since training", "(signal.stop.driftPsi)", "stopregel-akkoord.csv in the input folder",
                "De stopregel houdt een nieuwe signaallijst tegen").doesNotContain("Exception", "\tat ");
        assertThat(out).doesNotExist();
        Matcher m = CODE.matcher(stopped.err());
        assertThat(m.find()).as(stopped.err()).isTrue();
        String code = m.group(1);

        Path reviews = input.resolve("stopregel-akkoord.csv");
        Files.writeString(reviews, "code,naam,datum,toelichting\n000000000000,A. Ander,2026-10-02,andere stop\n");
        CliRunner.Result other = CliRunner.run("signal", "--model", model.toString(), "--input", input.toString(),
                "--out", out.toString());
        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.err()).contains("stop code " + code);
        assertThat(out).doesNotExist();

        Files.writeString(reviews, "J. de Vries,2026-10-03", java.nio.file.StandardOpenOption.APPEND);
        CliRunner.Result bad = CliRunner.run("signal", "--model", model.toString(), "--input", input.toString(),
                "--out", out.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("stopregel-akkoord.csv:3: expected 4 fields, got 2");
        assertThat(out).doesNotExist();

        Files.writeString(reviews, "code,naam,datum,toelichting\n000000000000,A. Ander,2026-10-02,andere stop\n"
                + code + ",J. de Vries (privacy officer),2026-10-03,drift bekeken: verwacht door nieuwe school\n");
        CliRunner.Result released = CliRunner.run("signal", "--model", model.toString(), "--input", input.toString(),
                "--out", out.toString());
        assertThat(released.exitCode()).as(released.err()).isZero();
        String json = Files.readString(out.resolve("signalen-rmc.json"));
        assertThat(json).contains("\"stopregel\": \"code " + code + " (drift ",
                "beoordeeld door J. de Vries (privacy officer) op 2026-10-03: drift bekeken", "\"sha256 stopregel-akkoord.csv\"");
        assertThat(Files.readString(out.resolve("signalen-leerplicht.html"))).contains("J. de Vries (privacy officer)");
    }
}
