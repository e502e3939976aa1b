package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.explain.SignalList;
import nl.vroegsignaal.explain.SignalLists;
import nl.vroegsignaal.link.ContactLogFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactLogTemplateTest {

    @Test
    void theTemplateHoldsEveryListedPersonOnceOwnerOnlyAndReadsBackUnfilled(@TempDir Path dir) throws Exception {
        SignalList list = SignalListFixture.list(12);
        Path out = dir.resolve("signal");
        List<Path> written = SignalFiles.write(new SignalLists(List.of(list)), out);
        Path log = out.resolve("contactlog-leerplicht.csv");
        assertThat(written).contains(log);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
        ContactLogFile.Contents c = ContactLogFile.read(log);
        assertThat(c.list()).isEqualTo("leerplicht");
        assertThat(c.peildatum()).isEqualTo(SignalListFixture.P);
        assertThat(c.rows()).extracting(ContactLogFile.Row::pseudonym)
                .isEqualTo(list.signals().stream().map(s -> s.pseudonym()).toList());
        assertThat(c.rows()).extracting(ContactLogFile.Row::rank)
                .isEqualTo(list.signals().stream().map(s -> s.rank()).toList());
        assertThat(c.rows()).allMatch(r -> r.firstContact().isEmpty() && r.outcome().isEmpty());
        // an unfilled template is the program's own: a new list may replace it
        SignalFiles.write(new SignalLists(List.of(list)), out);
    }

    @Test
    void aFilledLogIsNeverReplacedByANewList(@TempDir Path dir) throws Exception {
        SignalList list = SignalListFixture.list(3);
        Path out = dir.resolve("signal");
        SignalFiles.write(new SignalLists(List.of(list)), out);
        Path log = out.resolve("contactlog-leerplicht.csv");
        String filled = Files.readString(log).replaceFirst(",1,,\n", ",1,2025-10-03,in_gesprek\n");
        Files.writeString(log, filled);
        assertThatThrownBy(() -> SignalFiles.checkTarget(out, dir.resolve("input")))
                .isInstanceOf(InputException.class).hasMessageContaining("contactlog-leerplicht.csv: this contact "
                        + "log has been filled in");
        assertThatThrownBy(() -> SignalFiles.write(new SignalLists(List.of(list)), out))
                .isInstanceOf(InputException.class).hasMessageContaining("has been filled in");
        assertThat(Files.readString(log)).isEqualTo(filled);
    }
}
