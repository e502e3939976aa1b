package nl.vroegsignaal.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recoding and controlled rounding on the default city's geslacht line (src/site/disclosure.md): M 16,144 persons,
 * 363 leavers, 613 on the list, 142 leavers on the list; V 15,506, 268, 333, 72; the merged group X-or-onbekend
 * 100, 6, 7, 0. Hiding a partner for the merged group would take M's or V's figures away; rounding M keeps both.
 */
class ControlledRoundingTest {
    /** geslacht (M, V, X of onbekend) x outcome (left, stayed) x list (on, off). */
    private static CountTable city() {
        return CountTable.ofInterior(new int[] {3, 2, 2}, new int[] {
            142, 363 - 142, 613 - 142, 16144 - 363 - 613 + 142,
            72, 268 - 72, 333 - 72, 15506 - 268 - 333 + 72,
            0, 6, 7, 100 - 6 - 7});
    }

    @Test
    void roundsTheLargestGroupBesideTheSmallOneAndHidesNothingOfTheLargeGroups() {
        CountTable t = city();
        ProtectedTables p = TableProtection.protectWithRounding(List.of(t), 3, 1);
        for (int y = 0; y <= 2; y++) {
            for (int s = 0; s <= 2; s++) {
                int m = t.index(0, y, s);
                int v = t.index(1, y, s);
                int x = t.index(2, y, s);
                assertThat(p.hidden(0, m) || p.hidden(0, v)).as("M and V shown (%d, %d)", y, s).isFalse();
                assertThat(p.rounded(0, m)).as("M rounded").isTrue();
                assertThat(p.printed(0, m) % 10).isZero();
                assertThat(Math.abs(p.printed(0, m) - t.get(m))).isLessThan(10);
                assertThat(p.rounded(0, v)).as("V exact").isFalse();
                assertThat(p.printed(0, v)).isEqualTo(t.get(v));
                if (t.get(x) < 10) {
                    assertThat(p.hidden(0, x)).as("the merged group's small counts hidden").isTrue();
                }
            }
        }
        // controlled: M's printed margins are the sums of its printed cells
        assertThat(p.printed(0, t.index(0, 2, 2))).isEqualTo(p.printed(0, t.index(0, 0, 2))
                + p.printed(0, t.index(0, 1, 2)));
        assertThat(p.printed(0, t.index(0, 0, 2))).isEqualTo(p.printed(0, t.index(0, 0, 0))
                + p.printed(0, t.index(0, 0, 1)));
        assertThat(p.hidden(0, t.index(3, 2, 2))).as("the total stays").isFalse();
    }

    @Test
    void everyHiddenEntryKeepsARangeOfTenWithTheRoundedGroupAsABand() {
        CountTable t = city();
        ProtectedTables p = TableProtection.protectWithRounding(List.of(t), 3, 1);
        Publication pub = Publication.of(List.of(t), 3, 1);
        boolean[] hidden = p.hidden(0);
        boolean[] rounded = new boolean[t.size()];
        long[] printed = new long[t.size()];
        for (int e = 0; e < t.size(); e++) {
            rounded[e] = p.rounded(0, e);
            printed[e] = p.printed(0, e);
        }
        RangeAudit audit = new RangeAudit(pub, rounded, printed);
        for (int e = 0; e < hidden.length; e++) {
            if (hidden[e]) {
                assertThat(audit.isProtected(e, hidden)).as("entry %d (%d)", e, t.get(e)).isTrue();
            }
        }
    }

    @Test
    void roundingMUpWouldGiveTheMergedGroupsLeaversOnTheListAway() {
        // the measured case of disclosure.md: M's leavers on the list rounded up (142 -> 150, the rest down, a
        // valid controlled rounding) leave [0, 1] for X-or-onbekend's 0
        CountTable t = city();
        Publication pub = Publication.of(List.of(t), 3, 1);
        boolean[] hidden = new boolean[t.size()];
        boolean[] rounded = new boolean[t.size()];
        long[] printed = new long[t.size()];
        for (int y = 0; y <= 2; y++) {
            for (int s = 0; s <= 2; s++) {
                hidden[t.index(2, y, s)] = true;
                rounded[t.index(0, y, s)] = true;
            }
        }
        int[] up = {150, 220, 470, 15310};
        for (int y = 0; y <= 2; y++) {
            for (int s = 0; s <= 2; s++) {
                long sum = 0;
                for (int yy = 0; yy < 2; yy++) {
                    for (int ss = 0; ss < 2; ss++) {
                        if ((y == 2 || y == yy) && (s == 2 || s == ss)) {
                            sum += up[yy * 2 + ss];
                        }
                    }
                }
                printed[t.index(0, y, s)] = sum;
            }
        }
        RangeAudit audit = new RangeAudit(pub, rounded, printed);
        assertThat(audit.isProtected(t.index(2, 0, 0), hidden)).isFalse();
    }

    @Test
    void whenTheLargestGroupsCountsAreMultiplesOfTenTheTwoLargestAreRounded() {
        // A 6000 (1200 leavers), B 4000 (800), C 6 with no leaver: rounding A alone prints it as it is, so C's 0
        // leavers would be known to lie in [0, 9]; hiding B's counts would cost a large group its figures, so
        // A and B are both rounded and C's leavers lie in a range of at least 10
        CountTable t = CountTable.ofInterior(new int[] {3, 2}, new int[] {1200, 4800, 803, 3197, 0, 6});
        ProtectedTables p = TableProtection.protectWithRounding(List.of(t), 2, 1);
        for (int y = 0; y <= 2; y++) {
            assertThat(p.hidden(0, t.index(0, y)) || p.hidden(0, t.index(1, y))).as("A and B shown (%d)", y)
                    .isFalse();
        }
        assertThat(p.rounded(0, t.index(1, 0))).as("B rounded too").isTrue();
        assertThat(p.hidden(0, t.index(2, 0))).isTrue();
        assertThat(p.hidden(0, t.index(2, 2))).isTrue();
        Publication pub = Publication.of(List.of(t), 2, 1);
        boolean[] hidden = p.hidden(0);
        boolean[] rounded = p.rounded(0);
        long[] printed = new long[t.size()];
        for (int e = 0; e < t.size(); e++) {
            printed[e] = p.printed(0, e);
        }
        RangeAudit audit = new RangeAudit(pub, rounded, printed);
        for (int e = 0; e < hidden.length; e++) {
            if (hidden[e]) {
                assertThat(audit.isProtected(e, hidden)).as("entry %d (%d)", e, t.get(e)).isTrue();
            }
        }
    }

    @Test
    void mergesTwoSmallCategoriesButLeavesASingleOneAlone() {
        CountTable g = CountTable.ofInterior(new int[] {4, 2}, new int[] {363, 15781, 268, 15238, 6, 58, 0, 36});
        assertThat(Recoding.merges(g, 1)).containsExactly(List.of(2, 3));
        CountTable h = CountTable.ofInterior(new int[] {3, 2}, new int[] {400, 20000, 57, 2805, 2, 123});
        assertThat(Recoding.merges(h, 1)).containsExactly(List.of());
    }

    @Test
    void absorbsASingleSmallCategoryIntoTheLargestButNotTwo() {
        // herkomst Nederland, Europa, onbekend x (leaver, stayer): onbekend has 2 leavers, alone on its axis
        CountTable h = CountTable.ofInterior(new int[] {3, 2}, new int[] {400, 20000, 57, 2805, 2, 123});
        assertThat(Recoding.absorptions(h, 1)).isDeepEqualTo(new int[][] {{2, 0}});
        // the largest by persons, wherever it stands on the axis
        CountTable later = CountTable.ofInterior(new int[] {3, 2}, new int[] {57, 2805, 2, 123, 400, 20000});
        assertThat(Recoding.absorptions(later, 1)).isDeepEqualTo(new int[][] {{1, 2}});
        // geslacht M, V, X, onbekend: two small categories are not absorbed (Recoding.merges is about them)
        CountTable g = CountTable.ofInterior(new int[] {4, 2}, new int[] {363, 15781, 268, 15238, 6, 58, 0, 36});
        assertThat(Recoding.absorptions(g, 1)).isDeepEqualTo(new int[][] {null});
        // nothing small: nothing absorbed
        CountTable large = CountTable.ofInterior(new int[] {2, 2}, new int[] {40, 400, 30, 300});
        assertThat(Recoding.absorptions(large, 1)).isDeepEqualTo(new int[][] {null});
    }
}
