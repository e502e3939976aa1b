package nl.vroegsignaal.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import nl.vroegsignaal.contract.ContactUitkomst;
import nl.vroegsignaal.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactLogFileTest {
    private static final String HEADER = "pseudoniem,lijst,peildatum,rang,datum_eerste_contact,uitkomst\n";

    @Test
    void aFilledLogIsReadWithEveryOutcomeAndTheEmptyRowsStayEmpty(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("contactlog-rmc.csv");
        Files.writeString(log, "\uFEFF" + HEADER
                + "AAAAbbbb1111,rmc,2025-10-01,1,2025-10-14,hulp_geaccepteerd\n"
                + "'-BBBcccc2222,rmc,2025-10-01,2,,niet_bereikt\n"
                + "CCCCdddd3333,rmc,2025-10-01,3,,\n"
                + "DDDDeeee4444,rmc,2025-10-01,4,2025-10-01,geweigerd\n");
        ContactLogFile.Contents c = ContactLogFile.read(log);
        assertThat(c.list()).isEqualTo("rmc");
        assertThat(c.peildatum()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(c.sha256()).hasSize(64);
        assertThat(c.rows()).extracting(ContactLogFile.Row::pseudonym)
                .containsExactly("AAAAbbbb1111", "-BBBcccc2222", "CCCCdddd3333", "DDDDeeee4444");
        assertThat(c.rows()).extracting(ContactLogFile.Row::outcome).containsExactly(
                Optional.of(ContactUitkomst.HULP_GEACCEPTEERD), Optional.of(ContactUitkomst.NIET_BEREIKT),
                Optional.empty(), Optional.of(ContactUitkomst.GEWEIGERD));
        assertThat(c.rows().get(0).firstContact()).contains(LocalDate.of(2025, 10, 14));
        assertThat(c.rows().get(2).firstContact()).isEmpty();
    }

    @Test
    void everyProblemIsLocatedAndNoPersonLevelValueIsEchoed(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("contactlog-leerplicht.csv");
        Files.writeString(log, HEADER
                + "AAAAbbbb1111,leerplicht,2025-10-01,1,2025-10-14,gebeld\n"
                + "111222333,leerplicht,2025-10-01,2,,\n"
                + "BBBBcccc2222,rmc,2025-10-01,3,,\n"
                + "CCCCdddd3333,leerplicht,2025-10-01,4,2025-09-30,in_gesprek\n"
                + "DDDDeeee4444,leerplicht,2025-10-01,5,,hulp_aangeboden\n"
                + "EEEEffff5555,leerplicht,2025-10-01,6,2025-10-20,\n"
                + "AAAAbbbb1111,leerplicht,2025-10-01,7,,\n"
                + "FFFFgggg6666,leerplicht,2025-10-02,x,,\n"
                + "GGGGhhhh7777,leerplicht,2025-10-01\n");
        assertThatThrownBy(() -> ContactLogFile.read(log)).isInstanceOf(InputException.class).satisfies(e -> {
            String m = e.getMessage();
            assertThat(m).contains(
                    "contactlog-leerplicht.csv:2: column uitkomst: must be empty (not filled in yet) or one of "
                            + "in_gesprek, hulp_aangeboden, hulp_geaccepteerd, niet_bereikt, al_in_beeld, "
                            + "geen_hulp_nodig, geweigerd",
                    "contactlog-leerplicht.csv:3: column pseudoniem: looks like a raw BSN",
                    "contactlog-leerplicht.csv:4: column lijst: must be leerplicht as on the first row",
                    "contactlog-leerplicht.csv:5: column datum_eerste_contact: must not be before the list's "
                            + "peildatum 2025-10-01",
                    "contactlog-leerplicht.csv:6: column datum_eerste_contact: must be set when uitkomst is "
                            + "hulp_aangeboden",
                    "contactlog-leerplicht.csv:7: column uitkomst: must be set when datum_eerste_contact is",
                    "contactlog-leerplicht.csv:8: column pseudoniem: appears on an earlier line",
                    "contactlog-leerplicht.csv:9: column peildatum: must be 2025-10-01 as on the first row",
                    "contactlog-leerplicht.csv:9: column rang: must be a whole number from 1",
                    "contactlog-leerplicht.csv:10: expected 6 fields, got 3");
            assertThat(m).doesNotContain("111222333", "AAAAbbbb1111", "gebeld");
        });
    }

    @Test
    void aWrongHeaderAMissingFileAndAnEmptyLogAreRefused(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("contactlog-rmc.csv");
        assertThatThrownBy(() -> ContactLogFile.read(log)).isInstanceOf(InputException.class)
                .hasMessageContaining("contactlog-rmc.csv: no such file");
        Files.writeString(log, HEADER);
        assertThatThrownBy(() -> ContactLogFile.read(log)).isInstanceOf(InputException.class)
                .hasMessageContaining("contactlog-rmc.csv: no rows");
        Files.writeString(log, "pseudoniem,lijst,peildatum,rang,datum,uitkomst\n");
        assertThatThrownBy(() -> ContactLogFile.read(log)).isInstanceOf(InputException.class)
                .hasMessageContaining("contactlog-rmc.csv:1: header must be " + HEADER.strip());
    }
}
