package nl.vroegsignaal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates never land on a peildatum's edges, and the precomputed texts are ISO dates. */
class DaysTest {

    @Test
    void theExportsDatesAreAsDecided() {
        assertThat(LocalDate.ofEpochDay(Days.EXTRACTION)).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(LocalDate.ofEpochDay(Days.peil(2019))).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(LocalDate.ofEpochDay(Days.DRIFT_FROM)).isEqualTo(LocalDate.of(2024, 8, 1));
    }
}
