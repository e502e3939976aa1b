package nl.vroegsignaal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The jqwik properties of {@link DaysTest}, apart so that each test class runs under one engine (one report). */
class DaysPropertiesTest {
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
}
