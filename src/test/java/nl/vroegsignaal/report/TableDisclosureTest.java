package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableDisclosureTest {
    private static final Table LEVELS = Table.create("levels",
            StringColumn.create("level", "vmbo", "havo", "mbo", "vwo"),
            IntColumn.create("persons", 200, 9, 100, 40),
            IntColumn.create("left", 30, 2, 95, 12));

    @Test
    void countsUnderTenShowAsHidden() {
        Table shown = TableDisclosure.counts(LEVELS, "persons", "left");
        assertThat(shown.stringColumn("persons").asList()).containsExactly("200", "afgeschermd", "100", "40");
        assertThat(shown.stringColumn("left").asList()).containsExactly("30", "afgeschermd", "95", "12");
        assertThat(LEVELS.intColumn("persons").get(1)).as("the input is left as it was").isEqualTo(9);
    }

    @Test
    void aRateIsMissingWhenItsNumeratorDenominatorOrTheirDifferenceIsUnderTen() {
        Table rated = TableDisclosure.rate(LEVELS, "rate", "left", "persons");
        assertThat(rated.doubleColumn("rate").get(0)).isEqualTo(0.15);
        assertThat(rated.doubleColumn("rate").isMissing(1)).as("9 persons").isTrue();
        assertThat(rated.doubleColumn("rate").isMissing(2)).as("only 5 stayed").isTrue();
        assertThat(rated.doubleColumn("rate").get(3)).isEqualTo(0.3);
    }
}
