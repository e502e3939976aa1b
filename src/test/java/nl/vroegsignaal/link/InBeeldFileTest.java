package nl.vroegsignaal.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import nl.vroegsignaal.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InBeeldFileTest {
    private static final LocalDate P = LocalDate.of(2025, 10, 1);

    @Test
    void noFileMeansNoOneIsKnown(@TempDir Path dir) {
        assertThat(InBeeldFile.read(dir)).isEmpty();
    }

    @Test
    void aPersonIsInViewWhenARowRunsOnThePeildatum(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(InBeeldFile.FILE), "\uFEFFpseudoniem,begindatum,einddatum,soort\n"
                + "AAAAbbbb1111,2025-09-01,,traject_rmc\n"
                + "AAAAbbbb1111,2025-01-01,2026-01-01,in_gesprek\n"
                + "BBBBcccc2222,2025-01-01,2025-09-30,traject_leerplicht\n"
                + "CCCCdddd3333,2025-10-01,2025-10-01,al_in_beeld\n"
                + "DDDDeeee4444,2025-10-02,,hulp_aangeboden\n");
        InBeeldFile.Contents c = InBeeldFile.read(dir).orElseThrow();
        assertThat(c.rows()).hasSize(5);
        assertThat(c.sha256()).hasSize(64);
        // ended the day before P, or begins after P: not in view; several rows: the first kind in code order
        assertThat(c.inViewOn(P)).isEqualTo(Map.of("AAAAbbbb1111", "traject RMC",
                "CCCCdddd3333", "al in beeld bij een collega"));
    }

    @Test
    void everyProblemIsReportedWithLineAndColumnAndNoPersonLevelValue(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(InBeeldFile.FILE), "pseudoniem,begindatum,einddatum,soort\n"
                + "AAAAbbbb1111,2025-13-01,,traject_rmc\n"
                + "111222333,2025-01-01,,traject_rmc\n"
                + "BBBBcccc2222,2025-01-01,2024-01-01,gesprek\n"
                + "CCCCdddd3333,2025-01-01\n");
        assertThatThrownBy(() -> InBeeldFile.read(dir)).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    String m = e.getMessage();
                    assertThat(m).contains("in-beeld.csv:2: column begindatum: must be a date (yyyy-MM-dd)",
                            "in-beeld.csv:3: column pseudoniem: looks like a raw BSN",
                            "in-beeld.csv:4: column einddatum: must not be before begindatum",
                            "in-beeld.csv:4: column soort: must be one of traject_leerplicht, traject_rmc",
                            "in-beeld.csv:5: expected 4 fields, got 2");
                    assertThat(m).doesNotContain("111222333", "AAAAbbbb1111", "gesprek\"");
                });
    }

    @Test
    void aWrongHeaderIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(InBeeldFile.FILE), "pseudoniem,begin,eind,soort\n");
        assertThatThrownBy(() -> InBeeldFile.read(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("in-beeld.csv:1: header must be pseudoniem,begindatum,einddatum,soort");
    }
}
