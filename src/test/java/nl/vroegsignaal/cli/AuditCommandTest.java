package nl.vroegsignaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.vroegsignaal.pipeline.SampleAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit command on the committed sample with the shared small model. */
class AuditCommandTest {

    @Test
    void writesTheAuditWithTheNamedOrganisation(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("audit");
        CliRunner.Result r = CliRunner.run("audit", "--model", SampleAudit.model().toString(), "--input",
                SampleAudit.SAMPLE.toString(), "--organisatie", "Gemeente Voorbeeld", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote the fairness audit to " + out + " (10 files)");
        assertThat(Files.readString(out.resolve("algoritmeregister.json")))
                .contains("\"organization\": \"Gemeente Voorbeeld\"");
        assertThat(Files.readString(out.resolve("modelkaart.md"))).contains("Organisatie: Gemeente Voorbeeld");
    }

    @Test
    void aMissingModelIsBadInputAndWritesNothing(@TempDir Path dir) {
        CliRunner.Result r = CliRunner.run("audit", "--model", dir.resolve("nope").toString(), "--input",
                SampleAudit.SAMPLE.toString(), "--out", dir.resolve("never").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("nope", "expected a model folder written by vroegsignaal train");
        assertThat(dir.resolve("never")).doesNotExist();
    }
}
