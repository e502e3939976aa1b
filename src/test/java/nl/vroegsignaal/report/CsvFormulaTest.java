package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A pseudonym that begins with '-' (allowed by the contract) must not become a formula in a spreadsheet. */
class CsvFormulaTest {
    @Test
    void cellsThatWouldStartAFormulaAreWrittenAsText() {
        assertThat(Csv.field("-Xk3j9aa2QQ")).isEqualTo("'-Xk3j9aa2QQ");
        assertThat(Csv.field("=1+1,2")).isEqualTo("\"'=1+1,2\"");
        assertThat(Csv.field("@x\"y")).isEqualTo("\"'@x\"\"y\"");
        assertThat(Csv.field("-0.25")).isEqualTo("-0.25");
        assertThat(Csv.field("Xk3j9aa2QQ")).isEqualTo("Xk3j9aa2QQ");
    }
}
