package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The notebooks' tables follow the reports' one rule, including what subtraction would give back. */
class TableDisclosureTest {

    @Test
    void aHistogramBandUnderTenIsHiddenAndSoIsOneThatWouldGiveItBackFromTheTotal() {
        // 500 persons: bands 200, 9, 100, 191 and nobody outside them; hiding the 9 alone would leave
        // 500 - 200 - 100 - 191 = 9, so a second band goes too (the smallest: 100)
        double[] shown = TableDisclosure.histogram(new int[] {200, 9, 100, 191}, 500);
        assertThat(shown[1]).isNaN();
        assertThat(java.util.Arrays.stream(shown).filter(Double::isNaN).count()).isEqualTo(2);
        assertThat(shown[2]).isNaN();
        assertThat(shown[0]).isEqualTo(200);
        assertThat(shown[3]).isEqualTo(191);
        // with 40 persons outside the bands the 9 still cannot be worked out unless the outside is shown:
        // it is not a band, so the protection may use it
        double[] withOutside = TableDisclosure.histogram(new int[] {200, 9, 100, 151}, 500);
        assertThat(withOutside[1]).isNaN();
        assertThat(withOutside[0]).isEqualTo(200);
        assertThat(withOutside[2]).isEqualTo(100);
        assertThat(withOutside[3]).isEqualTo(151);
    }

    @Test
    void outcomesByGroupHideSmallCellsAndTheirComplementsAndRatesOnThem() {
        // havo: 9 persons; mbo: 95 of 100 left (5 stayed); the totals are published, so one more group hides
        List<String> level = new ArrayList<>();
        List<Integer> label = new ArrayList<>();
        add(level, label, "vmbo", 170, 30);
        add(level, label, "havo", 7, 2);
        add(level, label, "mbo", 5, 95);
        add(level, label, "vwo", 28, 12);
        Table rows = Table.create("rows", StringColumn.create("level", level),
                IntColumn.create("label", label.stream().mapToInt(Integer::intValue).toArray()));
        Table t = TableDisclosure.outcomeByGroup(rows, "level", "label");
        assertThat(t.stringColumn("level").asList()).containsExactly("havo", "mbo", "vmbo", "vwo", "totaal");
        assertThat(t.stringColumn("persons").get(0)).isEqualTo("afgeschermd");
        assertThat(t.stringColumn("persons").get(4)).isEqualTo("349");
        assertThat(t.doubleColumn("rate").isMissing(0)).as("9 persons").isTrue();
        assertThat(t.doubleColumn("rate").isMissing(1)).as("only 5 stayed").isTrue();
        // no hidden count can be worked out from the shown ones: each column adds up to its shown total, so
        // at least two entries of every column with a hidden one are hidden
        for (String column : List.of("persons", "positives")) {
            long hidden = t.stringColumn(column).asList().subList(0, 4).stream()
                    .filter(v -> v.equals("afgeschermd")).count();
            assertThat(hidden).as(column).isNotEqualTo(1);
        }
        assertThat(t.doubleColumn("rate").get(4)).isCloseTo(139.0 / 349, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void theCohortTableShowsWhatTheLinkReportShows() {
        LinkReport.Cohort c = new LinkReport.Cohort(LocalDate.of(2024, 10, 1), true, Cell.count(120).suppressAlso(),
                Cell.count(115), Cell.count(5), Cell.notApplicable(), Cell.count(12), null);
        LinkReport report = new LinkReport("dev", "1", 0, LocalDate.of(2026, 10, 15), true, new java.util.TreeMap<>(),
                List.of(), List.of(c), List.of(), List.of(), List.of(), null);
        Table t = TableDisclosure.cohorts(report);
        assertThat(t.stringColumn("population").get(0)).isEqualTo("afgeschermd");
        assertThat(t.stringColumn("censored").get(0)).isEqualTo("afgeschermd");
        assertThat(t.stringColumn("labelled").get(0)).isEqualTo("115");
        assertThat(t.stringColumn("unlabelledHorizon").get(0)).isEqualTo("n/a");
        assertThat(TableDisclosure.chartValues(List.of(c.population(), c.labelled()))).containsExactly(Double.NaN,
                115.0);
    }

    private static void add(List<String> level, List<Integer> label, String name, int stayed, int left) {
        for (int i = 0; i < stayed; i++) {
            level.add(name);
            label.add(0);
        }
        for (int i = 0; i < left; i++) {
            level.add(name);
            label.add(1);
        }
    }
}
