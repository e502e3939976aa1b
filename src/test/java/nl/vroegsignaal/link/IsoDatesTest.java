package nl.vroegsignaal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTest {
    static int day(String s) {
        byte[] b = ("xx" + s + "yy").getBytes(StandardCharsets.UTF_8);
        return IsoDates.epochDay(b, 2, b.length - 2);
    }

    private static int month(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return IsoDates.monthIndex(b, 0, b.length);
    }

    @Test
    void agreesWithLocalDateOnEveryDayFrom1900To2100() {
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            assertThat(day(d.toString())).as(d.toString()).isEqualTo((int) d.toEpochDay());
        }
    }

    @Test
    void acceptsTheLeapDayOfALeapYear() {
        assertThat(day("2000-02-29")).isEqualTo((int) LocalDate.of(2000, 2, 29).toEpochDay());
        assertThat(day("2024-02-29")).isEqualTo((int) LocalDate.of(2024, 2, 29).toEpochDay());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2100-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "2023-01-00",
        "2023-1-01", "2023/01/01", "23-01-2023", "2023-01-01T00", "2023-0a-01", " 2023-01-1", "", "9999-99-99"})
    void refusesWhatIsNotAStrictIsoDate(String s) {
        assertThat(day(s)).isEqualTo(IsoDates.INVALID);
    }

    @Test
    void readsAMonthAsYearTimesTwelvePlusMonth() {
        assertThat(month("2007-11")).isEqualTo(Dates.monthIndex(2007, 11));
        assertThat(month("2007-01")).isEqualTo(2007 * 12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2007-13", "2007-00", "2007-1", "2007/11", "200711", "2007-11-01", ""})
    void refusesWhatIsNotAStrictMonth(String s) {
        assertThat(month(s)).isEqualTo(IsoDates.INVALID);
    }
}
