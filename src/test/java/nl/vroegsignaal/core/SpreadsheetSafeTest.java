package nl.vroegsignaal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {
    @Test
    void aCellThatWouldStartAFormulaIsMarkedAsText() {
        for (String formula : List.of("-Xk3j9aa2", "=HYPERLINK(\"http://x\")", "+31 6", "@SUM(A1)", "\tx", "\rx", "-1+1")) {
            assertThat(SpreadsheetSafe.guard(formula)).as(formula).isEqualTo("'" + formula);
            assertThat(SpreadsheetSafe.unguard(SpreadsheetSafe.guard(formula))).isEqualTo(formula);
        }
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        for (String plain : List.of("-0.1234", "-3", "+2", "Xk3j9aa2", "", "'quoted", "a-b")) {
            assertThat(SpreadsheetSafe.guard(plain)).as(plain).isEqualTo(plain);
            assertThat(SpreadsheetSafe.unguard(plain)).as(plain).isEqualTo(plain);
        }
    }
}
