package nl.vroegsignaal.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableProtectionTest {

    @Test
    void tableCarriesRowColumnAndGrandTotals() {
        CountTable t = CountTable.ofInterior(new int[] {2, 3}, new int[] {1, 2, 3, 4, 5, 6});
        assertThat(t.get(0, 3)).isEqualTo(6);
        assertThat(t.get(1, 3)).isEqualTo(15);
        assertThat(t.get(2, 0)).isEqualTo(5);
        assertThat(t.get(2, 3)).isEqualTo(21);
        assertThat(t.lines()).hasNumberOfRows(4 + 3);
    }

    @Test
    void leavesATableWithoutSmallCellsUntouched() {
        CountTable t = CountTable.ofInterior(new int[] {2, 2}, new int[] {10, 20, 30, 40});
        assertThat(TableProtection.protect(t, 1)).containsOnly(false);
    }

    @Test
    void hidesASmallGroupAndTheNextSmallestSoTheTotalGivesNothingAway() {
        CountTable t = CountTable.ofInterior(new int[] {3}, new int[] {500, 40, 7});
        assertThat(TableProtection.protect(t, 1)).containsExactly(false, true, true, false);
    }

    @Test
    void twoSmallCellsThatAddUpToLessThanTenNeedAThird() {
        // 3 + 5 = 8 would be known from 508 - 500: both would lie in 0..8
        CountTable t = CountTable.ofInterior(new int[] {4}, new int[] {500, 3, 5, 40});
        assertThat(TableProtection.protect(t, 1)).containsExactly(false, true, true, true, false);
    }

    @Test
    void hiddenEntriesThatAddUpToZeroAreProtected() {
        // rows M, V, X, onbekend x herkomst NL, EU, onbekend: X and onbekend have nobody of herkomst onbekend, and
        // the line rule alone lets the column total 125 = 75 + 50 give them away as 0.
        int[] interior = {
            900, 300, 75,
            880, 310, 50,
            40, 15, 0,
            20, 8, 0};
        CountTable t = CountTable.ofInterior(new int[] {4, 3}, interior);
        boolean[] hidden = TableProtection.protect(t, 2);
        RangeAudit audit = new RangeAudit(Publication.of(List.of(t), 2, 2));
        for (int e = 0; e < hidden.length; e++) {
            if (hidden[e]) {
                double[] r = audit.range(e, hidden);
                assertThat(Math.floor(r[1] + 1e-6) - Math.ceil(r[0] - 1e-6) >= 10 || r[0] >= 10 - 1e-6)
                        .as("entry %d (%d) in %.1f..%.1f", e, t.get(e), r[0], r[1]).isTrue();
            }
        }
        assertThat(hidden[t.index(2, 2)]).isTrue();
        assertThat(hidden[t.index(4, 3)]).as("the grand total stays").isFalse();
        assertThat(hidden[t.index(0, 3)]).as("group M stays").isFalse();
    }

    @Test
    void tablesSharingMarginsHideASharedEntryInAllOfThem() {
        // sector x (model's list, baseline's list): the baseline shows the sector sizes the model's table hides
        CountTable model = CountTable.ofInterior(new int[] {3, 2}, new int[] {2, 5, 100, 400, 50, 300});
        CountTable baseline = CountTable.ofInterior(new int[] {3, 2}, new int[] {4, 3, 90, 410, 60, 290});
        List<boolean[]> hidden = TableProtection.protect(List.of(model, baseline), 1, 1);
        int sector0 = model.index(0, 2);
        assertThat(hidden.get(0)[sector0]).isTrue();
        assertThat(hidden.get(1)[sector0]).isEqualTo(hidden.get(0)[sector0]);
    }

    @Test
    void zeroCountsAreSmallCells() {
        CountTable t = CountTable.ofInterior(new int[] {3}, new int[] {0, 50, 60});
        boolean[] hidden = TableProtection.protect(t, 1);
        assertThat(hidden[t.index(0)]).isTrue();
        assertThat(hidden[t.index(1)]).isTrue();
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> CountTable.ofInterior(new int[] {2}, new int[] {5, -1}))
                .hasMessage("counts are >= 0, got -1 at 1");
    }
}
