package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.Catalogue;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureOptions;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.testdata.SyntheticWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link stage's outputs, written from linked data built in memory (the CSV reader is tested on its own). */
class LinkStageTest {
    private static final List<String> OUTPUTS = List.of("features.csv", "protected.csv", "link-report.json",
            "link-report.md");
    private static LinkedData data;

    @TempDir
    Path tmp;

    @BeforeAll
    static void world() {
        data = SyntheticWorld.records(400, 7).toLinkedData();
    }

    private static FeatureOptions options() {
        return FeatureOptions.extractedOn(SyntheticWorld.EXTRACTION);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesFeaturesProtectedAttributesAndTheReport() throws IOException {
        Path out = tmp.resolve("out");
        LinkStage.Result r = LinkStage.run(data, out, options());
        assertThat(listing(out)).containsExactlyInAnyOrderElementsOf(OUTPUTS);
        List<String> features = Files.readAllLines(out.resolve("features.csv"));
        String header = "pseudoniem,peildatum,label," + String.join(",",
                Catalogue.current().features().stream().map(FeatureDefinition::name).toList());
        assertThat(features.get(0)).isEqualTo(header);
        assertThat(features).hasSize(r.features().matrix().rows() + 1);
        assertThat(Files.readAllLines(out.resolve("protected.csv")).get(0))
                .isEqualTo("pseudoniem,peildatum,geslacht,herkomst");
        assertThat(Files.readAllLines(out.resolve("protected.csv"))).hasSameSizeAs(features);
        assertThat(features.get(0)).doesNotContain("geslacht", "herkomst");
    }

    @Test
    void labelIsEmptyWhereUnknownAndPresentWhereKnown() throws IOException {
        Path out = tmp.resolve("out");
        LinkStage.run(data, out, options());
        List<String> rows = Files.readAllLines(out.resolve("features.csv"));
        assertThat(rows.stream().filter(l -> l.contains(",2026-10-01,")).map(l -> l.split(",", -1)[2]))
                .isNotEmpty().allMatch(String::isEmpty);
        assertThat(rows.stream().filter(l -> l.contains(",2020-10-01,")).map(l -> l.split(",", -1)[2]))
                .isNotEmpty().allMatch(l -> l.equals("0") || l.equals("1") || l.isEmpty()).contains("0", "1");
    }

    @Test
    void personLevelFilesAreReadableByTheirOwnerOnly() throws IOException {
        Path out = tmp.resolve("out");
        LinkStage.run(data, out, options());
        Set<PosixFilePermission> ownerOnly = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(out.resolve("features.csv"))).isEqualTo(ownerOnly);
        assertThat(Files.getPosixFilePermissions(out.resolve("protected.csv"))).isEqualTo(ownerOnly);
        assertThat(Files.getPosixFilePermissions(out.resolve("link-report.json")))
                .contains(PosixFilePermission.OTHERS_READ);
    }

    @Test
    void twoRunsOnTheSameInputWriteByteIdenticalFiles() {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        LinkStage.run(data, a, options());
        LinkStage.run(SyntheticWorld.records(400, 7).toLinkedData(), b, options());
        for (String f : OUTPUTS) {
            assertThat(Hashing.sha256(b.resolve(f))).as(f).isEqualTo(Hashing.sha256(a.resolve(f)));
        }
    }

    @Test
    void aFolderHoldingAnythingButLinkFilesIsRefusedBeforeAnyWorkAndLeftAsItWas() throws IOException {
        Path out = tmp.resolve("out");
        // A folder where the report should go: not a file link wrote, so the folder is never replaced
        // (failures while writing or switching are AtomicFolderTest's).
        Files.createDirectories(out.resolve("link-report.json").resolve("blocker"));
        assertThatThrownBy(() -> LinkStage.run(data, out, options()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("exists and holds files vroegsignaal did not write there");
        assertThat(listing(out)).containsExactly("link-report.json");
        assertThat(listing(out.resolve("link-report.json"))).containsExactly("blocker");
    }

    @Test
    void aRunRefusedBeforeWritingDoesNotCreateTheOutputFolder() {
        Path out = tmp.resolve("never");
        assertThatThrownBy(() -> LinkStage.run(data, out, FeatureOptions.extractedOn(LocalDate.of(2020, 1, 1))))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("extraction date 2020-01-01 is not after the latest record");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAnOutputPathThatIsAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        assertThatThrownBy(() -> LinkStage.run(data, file, options()))
                .isInstanceOf(InputException.class)
                .hasMessage("output folder " + file + " exists and is not a folder");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void reportCountsMatchTheFeatureSetAndHideSmallCells() throws IOException {
        Path out = tmp.resolve("out");
        LinkStage.Result r = LinkStage.run(data, out, options());
        JsonNode json = new ObjectMapper().readTree(out.resolve("link-report.json").toFile());
        assertThat(json.get("catalogueVersion").asText()).isEqualTo(Catalogue.VERSION);
        assertThat(json.get("extractionHorizon").asText()).isEqualTo("2026-10-15");
        assertThat(json.get("cohorts")).hasSize(r.features().cohorts().size());
        for (JsonNode cohort : json.get("cohorts")) {
            for (String key : List.of("population", "labelled", "censored", "unlabelledHorizon", "positives")) {
                JsonNode v = cohort.get(key);
                if (v.isNumber()) {
                    assertThat(v.asLong()).as(key).isGreaterThanOrEqualTo(10);
                }
            }
        }
        JsonNode first = json.get("cohorts").get(0);
        assertThat(first.get("peildatum").asText()).isEqualTo(r.features().cohorts().get(0).peildatum().toString());
        assertThat(Files.readString(out.resolve("link-report.md"))).contains("# Link report", "| peildatum |");
    }
}
