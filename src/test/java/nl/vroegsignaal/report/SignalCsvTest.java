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
        Path file = dir.resolve(SignalCsv.FILE);
        SignalCsv.write(SignalListFixture.list(12), file);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("rang,pseudoniem,risico_procent,reden_1,reden_2,reden_3");
        assertThat(lines).hasSize(13);
        assertThat(csv).doesNotContain("\r").endsWith("\n");
        assertThat(lines.get(1)).isEqualTo("1,PSEUDO0000,60,,,");
        assertThat(lines.get(3)).isEqualTo("3,PSEUDO0002,52,Huishouden heeft een uitkering (14 maanden in de "
                + "afgelopen 3 jaar),\"1 diploma behaald, nog geen startkwalificatie\",");
        assertThat(lines.get(12)).startsWith("12,PSEUDO0011,0,");
    }

    @Test
    void theSameListGivesTheSameBytesInAnOwnerOnlyFile(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("a/" + SignalCsv.FILE);
        Path two = dir.resolve("b/" + SignalCsv.FILE);
        SignalCsv.write(SignalListFixture.list(30), one);
        SignalCsv.write(SignalListFixture.list(30), two);
        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(one))).isEqualTo("rw-------");
    }
}
