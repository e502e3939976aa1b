package nl.vroegsignaal.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Located errors, nothing written on bad input, and the mapping validated whole. */
class PreparerTest {
    @TempDir
    Path dir;

    /** A minimal, valid set of exports: one person with one enrolment, every other file with a header only. */
    private Path exports(String personen) throws IOException {
        Files.writeString(dir.resolve("leerlingen.csv"), personen);
        for (SourceFile s : SourceFile.values()) {
            if (s != SourceFile.PERSONEN) {
                Files.writeString(dir.resolve(s.fileName()), s.header() + "\n");
            }
        }
        StringBuilder m = new StringBuilder("""
                sources:
                  personen:
                    file: leerlingen.csv
                    separator: ";"
                    columns: {pseudoniem: ID, geboortemaand: Geboren, geslacht: Sekse, herkomst: Herkomst, wijk: Wijk}
                    formats: {geboortemaand: dd-MM-yyyy}
                    codes:
                      geslacht: {"1": M, "2": V}
                    drop:
                      - {column: Status, equals: [TEST, VERVALLEN], reason: testregels}
                """);
        for (SourceFile s : SourceFile.values()) {
            if (s != SourceFile.PERSONEN) {
                m.append("  ").append(MappingLoader.sourceKey(s)).append(":\n    file: ").append(s.fileName())
                        .append("\n    columns: {");
                m.append(String.join(", ", s.columns().stream().map(c -> c + ": " + c).toList())).append("}\n");
            }
        }
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, m);
        return mapping;
    }

    private static final String HEADER = "ID;Geboren;Sekse;Herkomst;Wijk;Status\n";

    @Test
    void mapsColumnsCodesAndDatesAndDropsRowsWithTheirReason() throws IOException {
        Path mapping = exports(HEADER + "PSEUDO0000000001;15-03-2009;2;Nederland;WK034401;OK\n"
                + "PSEUDO0000000002;01-01-2000;7;?;x;TEST\n");
        Path out = dir.resolve("out");
        Preparer.Result r = Preparer.run(MappingLoader.load(mapping), out);
        assertThat(Files.readString(out.resolve("personen.csv")))
                .isEqualTo("pseudoniem,geboortemaand,geslacht,herkomst,wijk\nPSEUDO0000000001,2009-03,V,Nederland,WK034401\n");
        Preparer.SourceCount c = r.sources().get(SourceFile.PERSONEN);
        assertThat(c.read()).isEqualTo(2);
        assertThat(c.written()).isEqualTo(1);
        assertThat(c.dropped()).containsEntry("testregels", 1L);
        assertThat(Files.readString(out.resolve(Preparer.PROVENANCE))).contains("\"rowsDropped\": {\n"
                + "        \"testregels\": 1");
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("personen.csv"))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rwx------");
        }
    }

    @Test
    void anUnmappedCodeAWrongDateAndABsnAreLocatedNotEchoedAndNothingIsWritten() throws IOException {
        Path mapping = exports(HEADER + "PSEUDO0000000001;15-03-2009;2;Nederland;WK034401;OK\n"
                + "PSEUDO0000000002;2009-03-15;3;Nederland;WK034401;OK\n"
                + "PSEUDO0000000003;15-03-2009;1;Nederland;111222333;OK\n");
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> Preparer.run(MappingLoader.load(mapping), out))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    List<String> errors = e.errors().stream().map(InputError::toString).toList();
                    assertThat(errors).anySatisfy(m -> assertThat(m).contains("leerlingen.csv:3: column Geboren:")
                            .contains("not a date in the mapping's format for geboortemaand"));
                    assertThat(errors).anySatisfy(m -> assertThat(m).contains("leerlingen.csv:3: column Sekse:")
                            .contains("sources.personen.codes.geslacht"));
                    assertThat(errors).anySatisfy(m -> assertThat(m).contains("leerlingen.csv:4: column Wijk:")
                            .contains("looks like a BSN"));
                    assertThat(String.join("\n", errors)).doesNotContain("111222333").doesNotContain("2009-03-15");
                });
        assertThat(out).doesNotExist();
    }

    @Test
    void aColumnTheExportLacksIsNamedOnTheHeaderLine() throws IOException {
        Path mapping = exports("ID;Geboren;Sekse;Herkomst;Status\n");
        assertThatThrownBy(() -> Preparer.run(MappingLoader.load(mapping), dir.resolve("out")))
                .hasMessageContaining("leerlingen.csv:1: column Wijk: not in the header; the mapping reads wijk");
    }

    @Test
    void theMappingIsValidatedWholeWithPaths() throws IOException {
        Path mapping = dir.resolve("bad.yaml");
        Files.writeString(mapping, """
                sources:
                  personen:
                    file: leerlingen.csv
                    separator: ":"
                    columns: {pseudoniem: ID, geslacht: Sekse, herkomst: H, wijk: W, leeftijd: L}
                    formats: {geslacht: dd-MM-yyyy, geboortemaand: MM}
                    codes:
                      geslacht: {"1": Man}
                  verhuizing: {}
                """);
        assertThatThrownBy(() -> MappingLoader.load(mapping)).isInstanceOfSatisfying(InputException.class, e -> {
            String all = e.errors().stream().map(InputError::toString).reduce("", (a, b) -> a + b + "\n");
            assertThat(all).contains("sources.personen.separator: expected")
                    .contains("sources.personen.columns.geboortemaand: must be set")
                    .contains("sources.personen.columns.leeftijd: unknown key")
                    .contains("sources.personen.formats.geslacht: not a date column")
                    .contains("sources.personen.formats.geboortemaand: the pattern must hold a year")
                    .contains("sources.personen.codes.geslacht.1: 'Man' is not a code of the contract")
                    .contains("sources.verhuizing: unknown key")
                    .contains("sources.inschrijvingen: must be set")
                    .doesNotContain("sources.schuldhulp: must be set");
        });
    }

    @Test
    void aSocialDomainSourceTheMappingLeavesOutIsNotWritten() throws IOException {
        Path mapping = exports(HEADER + "PSEUDO0000000001;15-03-2009;2;Nederland;WK034401;OK\n");
        String text = Files.readString(mapping);
        int at = text.indexOf("  schuldhulp:");
        Files.writeString(mapping, text.substring(0, at) + text.substring(text.indexOf("  verhuizingen:")));
        Path out = dir.resolve("out");
        Preparer.Result r = Preparer.run(MappingLoader.load(mapping), out);
        assertThat(r.sources()).doesNotContainKey(SourceFile.SCHULDHULP).containsKey(SourceFile.JEUGDHULP);
        assertThat(out.resolve("schuldhulp.csv")).doesNotExist();
        assertThat(out.resolve("jeugdhulp.csv")).isRegularFile();
        assertThat(Files.readString(out.resolve(Preparer.PROVENANCE))).doesNotContain("schuldhulp");
    }

    @Test
    void aFolderWithOtherFilesIsNeverReplaced() throws IOException {
        Path mapping = exports(HEADER + "PSEUDO0000000001;15-03-2009;2;Nederland;WK034401;OK\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("notities.txt"), "mine");
        assertThatThrownBy(() -> Preparer.run(MappingLoader.load(mapping), out))
                .hasMessageContaining("holds files vroegsignaal did not write");
        assertThat(Files.readString(out.resolve("notities.txt"))).isEqualTo("mine");
    }
}
