package nl.vroegsignaal.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void tableCarriesRowColumnAndGrandTotals() {
        CountTable t = CountTable.ofInterior(new int[] {2, 3}, new int[] {1, 2, 3, 4, 5, 6});
        assertThat(t.get(0, 3)).isEqualTo(6);
        assertThat(t.get(1, 3)).isEqualTo(15);
        assertThat(t.get(2, 0)).isEqualTo(5);
        assertThat(t.get(2, 2)).isEqualTo(9);
        assertThat(t.get(2, 3)).isEqualTo(21);
        assertThat(t.lines()).hasNumberOfRows(4 + 3); // 3 rows incl. totals (along columns) + 4 columns
    }

    @Test
    void leavesATableWithoutSmallCellsUntouched() {
        CountTable t = CountTable.ofInterior(new int[] {2, 2}, new int[] {10, 20, 30, 40});
        assertThat(Suppression.apply(t, 10)).containsOnly(false);
    }

    @Test
    void hidesASmallGroupAndTheNextSmallestSoTheTotalGivesNothingAway() {
        // groups of 500, 40, 7 with their total 547 shown
        CountTable t = CountTable.ofInterior(new int[] {3}, new int[] {500, 40, 7});
        boolean[] hidden = Suppression.apply(t, 10);
        assertThat(hidden[t.index(2)]).as("the small group").isTrue();
        assertThat(hidden[t.index(1)]).as("the next smallest").isTrue();
        assertThat(hidden[t.index(0)]).isFalse();
        assertThat(hidden[t.index(3)]).as("the total").isFalse();
    }

    @Test
    void twoSmallGroupsProtectEachOther() {
        CountTable t = CountTable.ofInterior(new int[] {3}, new int[] {500, 3, 7});
        boolean[] hidden = Suppression.apply(t, 10);
        assertThat(hidden).containsExactly(false, true, true, false);
    }

    @Test
    void hidesTheTotalWhenTheOnlyCategoryIsSmall() {
        CountTable t = CountTable.ofInterior(new int[] {1}, new int[] {12});
        assertThat(Suppression.apply(t, 20)).containsExactly(true, true);
    }

    @Test
    void hidesASecondCellInTheRowAndColumnOfASmallCell() {
        // actual x selected: TP 4 (small), FN 96, FP 50, TN 850
        CountTable t = CountTable.ofInterior(new int[] {2, 2}, new int[] {4, 96, 50, 850});
        boolean[] hidden = Suppression.apply(t, 10);
        assertThat(hidden[t.index(0, 0)]).isTrue();
        assertThat(hidden[t.index(0, 1)]).as("rest of the row").isTrue();
        assertThat(hidden[t.index(1, 0)]).as("rest of the column").isTrue();
        assertThat(hidden[t.index(1, 1)]).as("closes the last row and column").isTrue();
        assertThat(hidden[t.index(0, 2)]).as("row total").isFalse();
        assertThat(hidden[t.index(2, 2)]).as("grand total").isFalse();
    }

    @Test
    void zeroCountsAreSmallCells() {
        CountTable t = CountTable.ofInterior(new int[] {3}, new int[] {0, 50, 60});
        boolean[] hidden = Suppression.apply(t, 10);
        assertThat(hidden[t.index(0)]).isTrue();
        assertThat(hidden[t.index(1)]).isTrue();
    }

    @Test
    void refusesAThresholdBelowOne() {
        CountTable t = CountTable.ofInterior(new int[] {1}, new int[] {5});
        assertThatThrownBy(() -> Suppression.apply(t, 0)).hasMessage("minCell must be >= 1, got 0");
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> CountTable.ofInterior(new int[] {2}, new int[] {5, -1}))
                .hasMessage("counts are >= 0, got -1 at 1");
    }
}
