package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalCsvTest {

    @Test
    void writesTheHeaderAndOneRowPerSignalWithRfc4180Quoting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("signalen-leerplicht.csv");
        SignalCsv.write(SignalListFixture.list(12), file);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("rang,pseudoniem,risico_procent,leeftijd,brin,onderwijssoort,leerjaar,"
                + "al_in_beeld,reden_1,reden_2,reden_3,toelichting");
        assertThat(lines).hasSize(13);
        assertThat(csv).doesNotContain("\r").endsWith("\n");
        assertThat(lines.get(1)).isEqualTo("1,PSEUDOl1I0O00000,60,12,12AB,VMBO-BB,1,,,,,\"Geen reden om te tonen: het "
                + "risico komt van leeftijd, opleiding en leerjaar, of van gegevens die op deze lijst niet getoond "
                + "worden.\"");
        assertThat(lines.get(3)).isEqualTo("3,PSEUDOl1I0O00002,52,14,12AB,VMBO-BB,3,,Huishouden heeft een uitkering "
                + "(14 maanden in de afgelopen 3 jaar),\"Eén keer van school gewisseld in de afgelopen 3 jaar, ook "
                + "\"\"apart\"\"\",,");
        assertThat(lines.get(4)).startsWith("4,PSEUDOl1I0O00003,48,15,12AB,VMBO-BB,4,traject leerplicht,");
        assertThat(lines.get(12)).startsWith("12,PSEUDOl1I0O00011,0,");
    }

    @Test
    void theSameListGivesTheSameBytesInAnOwnerOnlyFile(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("a/" + "signalen-leerplicht.csv");
        Path two = dir.resolve("b/" + "signalen-leerplicht.csv");
        SignalCsv.write(SignalListFixture.list(30), one);
        SignalCsv.write(SignalListFixture.list(30), two);
        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(one))).isEqualTo("rw-------");
    }
}
