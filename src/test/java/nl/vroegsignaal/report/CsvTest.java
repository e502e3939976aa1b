package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void writesWholeNumbersWithoutDecimalPoint() {
        assertThat(Csv.number(0.0)).isEqualTo("0");
        assertThat(Csv.number(-0.0)).isEqualTo("0");
        assertThat(Csv.number(999)).isEqualTo("999");
        assertThat(Csv.number(-3)).isEqualTo("-3");
    }

    @Test
    void writesOtherNumbersWithAPointAndAtMostFourDecimals() {
        assertThat(Csv.number(12.5)).isEqualTo("12.5");
        assertThat(Csv.number(1.0 / 3)).isEqualTo("0.3333");
        assertThat(Csv.number(2.00005)).isEqualTo("2.0001");
        assertThat(Csv.number(1e-7)).isEqualTo("0");
    }

    @Test
    void refusesNonFiniteNumbers() {
        assertThatThrownBy(() -> Csv.number(Double.NaN)).hasMessage("not a finite number: NaN");
    }

    @Test
    void quotesOnlyFieldsThatNeedIt() {
        assertThat(Csv.field("buiten Europa")).isEqualTo("buiten Europa");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }
}
