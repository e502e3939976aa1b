package nl.vroegsignaal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Dates never land on a peildatum's edges, and the precomputed texts are ISO dates. */
class DaysTest {

    @Property
    void offPeildatumMovesOnlyTheThreeDaysAroundFirstOctoberAndByAtMostThreeDays(
            @ForAll @IntRange(min = 9497, max = 22000) int day) {
        int moved = Days.offPeildatum(day);
        LocalDate d = LocalDate.ofEpochDay(moved);
        boolean edge = (d.getMonthValue() == 9 && d.getDayOfMonth() == 30)
                || (d.getMonthValue() == 10 && d.getDayOfMonth() <= 2);
        assertThat(edge).isFalse();
        assertThat(moved - day).isBetween(0, 3);
        LocalDate original = LocalDate.ofEpochDay(day);
        if (moved != day) {
            assertThat(d).isEqualTo(LocalDate.of(original.getYear(), 10, 3));
        }
    }

    @Property
    void textIsTheIsoSpellingOfTheDay(@ForAll @IntRange(min = 9497, max = 22000) int day) {
        assertThat(new String(Days.text(day), java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo(LocalDate.ofEpochDay(day).toString());
        assertThat(Days.year(day)).isEqualTo(LocalDate.ofEpochDay(day).getYear());
    }

    @Test
    void theExportsDatesAreAsDecided() {
        assertThat(LocalDate.ofEpochDay(Days.EXTRACTION)).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(LocalDate.ofEpochDay(Days.peil(2019))).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(LocalDate.ofEpochDay(Days.DRIFT_FROM)).isEqualTo(LocalDate.of(2024, 8, 1));
    }
}
