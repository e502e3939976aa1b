package nl.vroegsignaal.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NlFormatTest {

    @Test
    void timesAreWordsUpToTenAndDigitsAbove() {
        assertThat(NlFormat.timesAtStart(1)).isEqualTo("Eén keer");
        assertThat(NlFormat.timesAtStart(2)).isEqualTo("Twee keer");
        assertThat(NlFormat.timesAtStart(10)).isEqualTo("Tien keer");
        assertThat(NlFormat.timesAtStart(11)).isEqualTo("11 keer");
    }

    @Test
    void countsAgreeInNumberWithTheirNoun() {
        assertThat(NlFormat.count(1, "melding", "meldingen")).isEqualTo("1 melding");
        assertThat(NlFormat.count(3, "melding", "meldingen")).isEqualTo("3 meldingen");
        assertThat(NlFormat.count(0, "melding", "meldingen")).isEqualTo("0 meldingen");
        assertThat(NlFormat.count(2.5, "maand", "maanden")).isEqualTo("2,5 maanden");
    }

    @Test
    void numbersUseADecimalCommaAndOnlyWhereNeeded() {
        assertThat(NlFormat.number(3.0)).isEqualTo("3");
        assertThat(NlFormat.number(3.5)).isEqualTo("3,5");
        assertThat(NlFormat.number(3.04)).isEqualTo("3");
        assertThat(NlFormat.number(1234.25)).isEqualTo("1234,3");
        assertThat(NlFormat.number(-2)).isEqualTo("-2");
    }

    @Test
    void percentagesAreWholeRoundedHalfUpAndNeverAFalseZero() {
        assertThat(NlFormat.percent(0.123)).isEqualTo("12%");
        assertThat(NlFormat.percent(0.125)).isEqualTo("13%");
        assertThat(NlFormat.percent(1.0)).isEqualTo("100%");
        assertThat(NlFormat.percent(0.004)).isEqualTo("<1%");
        assertThat(NlFormat.percent(0.0)).isEqualTo("0%");
        assertThat(NlFormat.wholePercent(0.235)).isEqualTo(24);
    }

    @Test
    void datesAreWrittenOutInDutch() {
        assertThat(NlFormat.date(LocalDate.of(2025, 10, 1))).isEqualTo("1 oktober 2025");
        assertThat(NlFormat.date(LocalDate.of(2026, 3, 14))).isEqualTo("14 maart 2026");
    }

    @Test
    void machineNumbersHaveFixedDecimalsAndNoExponent() {
        assertThat(NlFormat.fixed(1e-9, 6).toPlainString()).isEqualTo("0.000000");
        assertThat(NlFormat.fixed(0.1234567, 4).toPlainString()).isEqualTo("0.1235");
    }
}
