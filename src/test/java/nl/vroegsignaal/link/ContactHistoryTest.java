package nl.vroegsignaal.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.vroegsignaal.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactHistoryTest {
    private static final String HEADER = "pseudoniem,lijst,peildatum,rang,datum_eerste_contact,uitkomst\n";
    private static final LocalDate P24 = LocalDate.of(2024, 10, 1);
    private static final LocalDate P25 = LocalDate.of(2025, 10, 1);

    @Test
    void onlyAContactInsideTheRowsLabelWindowMarksIt(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("2024-10-01"));
        Files.createDirectories(dir.resolve("2025-10-01"));
        Files.writeString(dir.resolve("2024-10-01/contactlog-rmc.csv"), HEADER
                + "AAAAbbbb1111,rmc,2024-10-01,1,2024-10-14,hulp_geaccepteerd\n"
                + "BBBBcccc2222,rmc,2024-10-01,2,,niet_bereikt\n"
                + "CCCCdddd3333,rmc,2024-10-01,3,,\n"
                + "DDDDeeee4444,rmc,2024-10-01,4,2025-10-02,in_gesprek\n"
                + "EEEEffff5555,rmc,2024-10-01,5,2024-11-01,geweigerd\n");
        Files.writeString(dir.resolve("2025-10-01/contactlog-leerplicht.csv"), HEADER
                + "BBBBcccc2222,leerplicht,2025-10-01,1,2025-10-03,in_gesprek\n");
        Files.writeString(dir.resolve("2025-10-01/signalen-leerplicht.csv"), "not read\n");
        ContactHistory h = ContactHistory.read(dir);
        assertThat(h.contactedFor("AAAAbbbb1111", P24)).isTrue();
        assertThat(h.contactedFor("EEEEffff5555", P24)).as("refused help: the team spoke with them").isTrue();
        assertThat(h.contactedFor("AAAAbbbb1111", P25)).as("a contact also marks the later rows").isTrue();
        assertThat(h.contactedFor("AAAAbbbb1111", LocalDate.of(2023, 10, 1))).as("never an earlier row").isFalse();
        assertThat(h.contactedFor("BBBBcccc2222", P24)).as("not reached").isFalse();
        assertThat(h.contactedFor("BBBBcccc2222", P25)).isTrue();
        assertThat(h.contactedFor("CCCCdddd3333", P24)).as("not filled in").isFalse();
        assertThat(h.contactedFor("DDDDeeee4444", P24)).as("after the label window").isFalse();
        assertThat(h.contactedFor("DDDDeeee4444", P25)).as("inside the next row's window").isTrue();
        assertThat(h.contactedFor("BBBBcccc2222", LocalDate.of(2025, 9, 1)))
                .as("a later list's contact does not mark an earlier row").isFalse();
        assertThat(h.sha256()).containsOnlyKeys("2024-10-01/contactlog-rmc.csv", "2025-10-01/contactlog-leerplicht.csv");
        assertThat(h.mark(new String[] {"AAAAbbbb1111", "AAAAbbbb1111"},
                new int[] {(int) P24.minusYears(1).toEpochDay(), (int) P25.toEpochDay()})).containsExactly(false, true);
    }

    @Test
    void aBadLogIsALocatedErrorAndAnEmptyHistoryIsRefused(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ContactHistory.read(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("holds no contact log");
        Files.createDirectories(dir.resolve("run"));
        Files.writeString(dir.resolve("run/contactlog-rmc.csv"), HEADER
                + "AAAAbbbb1111,rmc,2024-10-01,1,2024-10-14,gebeld\n");
        assertThatThrownBy(() -> ContactHistory.read(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("contactlog-rmc.csv:2: column uitkomst");
    }
}
