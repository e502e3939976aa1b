package nl.vroegsignaal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The jqwik properties of {@link IsoDatesTest}, apart so that each test class runs under one engine (one report). */
class IsoDatesPropertiesTest {
    @Property(tries = 2000)
    void agreesWithLocalDateForAnyFourDigitYear(@ForAll @IntRange(min = 0, max = 9999) int year,
                                                @ForAll @IntRange(min = 1, max = 12) int month,
                                                @ForAll @IntRange(min = 1, max = 28) int dayOfMonth) {
        LocalDate d = LocalDate.of(year, month, dayOfMonth);
        String iso = String.format("%04d-%02d-%02d", year, month, dayOfMonth);
        assertThat(IsoDatesTest.day(iso)).isEqualTo((int) d.toEpochDay());
    }
}
