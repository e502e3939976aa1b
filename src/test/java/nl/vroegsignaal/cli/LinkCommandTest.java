package nl.vroegsignaal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.features.FeatureOptions;
import nl.vroegsignaal.pipeline.LinkStage;
import nl.vroegsignaal.testdata.ContractRecords;
import nl.vroegsignaal.testdata.SyntheticWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {
    @TempDir
    Path tmp;

    @Test
    void helpNamesTheOptions() {
        CliRunner.Result r = CliRunner.run("link", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--input=DIR", "--out=DIR", "--extraction-date=yyyy-MM-dd");
    }

    @Test
    void missingInputIsAUsageError() {
        CliRunner.Result r = CliRunner.run("link", "--out", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("Missing required option: '--input=DIR'");
    }

    @Test
    void aMalformedExtractionDateIsBadInputWithoutStackTrace() {
        CliRunner.Result r = CliRunner.run("link", "--input", tmp.toString(), "--out", tmp.resolve("o").toString(),
                "--extraction-date", "15-10-2026");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).isEqualTo("error: --extraction-date: expected a date as yyyy-MM-dd, found '15-10-2026'"
                + System.lineSeparator());
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void anOutputPathThatIsAFileIsRefusedBeforeReading() throws IOException {
        Path file = Files.writeString(tmp.resolve("out.txt"), "x");
        CliRunner.Result r = CliRunner.run("link", "--input", tmp.resolve("missing").toString(), "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("error: output folder " + file + " exists and is not a folder");
    }

    /**
     * End to end on real files: the CSV reader must give the same features as the same rows built in memory,
     * and the report must carry the sha256 of each input file.
     */
    @Test
    void linksContractFilesIntoTheSameFeaturesAsTheInMemoryData() throws IOException {
        ContractRecords world = SyntheticWorld.records(300, 11);
        Path input = tmp.resolve("input");
        world.writeCsv(input);
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("link", "--input", input.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote 4 files");

        Path expected = tmp.resolve("expected");
        LinkStage.run(world.toLinkedData(), expected, FeatureOptions.defaults());
        assertThat(Hashing.sha256(out.resolve("features.csv"))).isEqualTo(Hashing.sha256(expected.resolve("features.csv")));
        assertThat(Hashing.sha256(out.resolve("protected.csv")))
                .isEqualTo(Hashing.sha256(expected.resolve("protected.csv")));

        JsonNode report = new ObjectMapper().readTree(out.resolve("link-report.json").toFile());
        assertThat(report.get("inputs")).hasSize(SourceFile.values().length);
        for (JsonNode in : report.get("inputs")) {
            assertThat(in.get("sha256").asText()).isEqualTo(Hashing.sha256(input.resolve(in.get("file").asText())));
        }
    }
}
