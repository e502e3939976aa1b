package nl.vroegsignaal.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The measurement behind the decision in src/site/disclosure.md ("Recoding and the complement of a merged
 * group"): geslacht M, V and a merged group "X of onbekend" with the default city's figures, the cohort's totals
 * shown (the evaluation's headline). What can a reader work out about the merged group's leavers on the list
 * (truly 0) when M's counts are protected in each way?
 */
class ComplementOptionsTest {
    /** Per group, cells {staying not listed, staying listed, leaving not listed, leaving listed}. */
    private static final int[][] CITY = {{15310, 471, 221, 142}, {14977, 261, 196, 72}, {93, 1, 6, 0}};
    private static final int M = 0;
    private static final int V = 1;
    private static final int MERGED = 2;

    @Test
    void mRatesToSixDecimalsGiveTheMergedGroupsCountsBack() {
        assertThat(mergedLeaversOnTheList(ratesOfM(5e-7))).isEqualTo(new long[] {0, 0});
    }

    @Test
    void mRatesToOneTenthOfAPercentStillDo() {
        assertThat(mergedLeaversOnTheList(ratesOfM(5e-4))).isEqualTo(new long[] {0, 1});
    }

    @Test
    void mRatesToWholePercentagesProtect() {
        long[] r = mergedLeaversOnTheList(ratesOfM(5e-3));
        assertThat(r[1] - r[0]).isGreaterThanOrEqualTo(10);
    }

    @Test
    void mCountsRoundedToTensProtectWhenRoundedDownButNotWhenRoundedUp() {
        long[] down = mergedLeaversOnTheList(roundedM(false));
        assertThat(down[1] - down[0]).isGreaterThanOrEqualTo(10);
        long[] up = mergedLeaversOnTheList(roundedM(true));
        assertThat(up[1] - up[0]).isLessThan(10);
    }

    @Test
    void notPublishingTheMergedGroupProtectsNothing() {
        assertThat(mergedLeaversOnTheList(model -> {
            for (int c = 0; c < 4; c++) {
                model.m.row(model.cells(M, c), BoundLp.Rel.EQ, CITY[M][c]);
            }
        })).isEqualTo(new long[] {0, 0});
    }

    private interface Protection {
        void publishM(Cells model);
    }

    private static Protection ratesOfM(double eps) {
        return model -> {
            double[] t = {CITY[M][0], CITY[M][1], CITY[M][2], CITY[M][3]};
            double n = t[0] + t[1] + t[2] + t[3];
            model.m.row(model.cells(M, 0, 1, 2, 3), BoundLp.Rel.EQ, n);
            model.rate(M, new int[] {3}, new int[] {2, 3}, t[3] / (t[2] + t[3]), eps); // recall
            model.rate(M, new int[] {2}, new int[] {0, 2}, t[2] / (t[0] + t[2]), eps); // false omission
            model.rate(M, new int[] {1, 3}, new int[] {0, 1, 2, 3}, (t[1] + t[3]) / n, eps); // selection
            model.rate(M, new int[] {3}, new int[] {1, 3}, t[3] / (t[1] + t[3]), eps); // precision
            model.rate(M, new int[] {2, 3}, new int[] {0, 1, 2, 3}, (t[2] + t[3]) / n, eps); // base rate
            model.rate(M, new int[] {1}, new int[] {0, 1}, t[1] / (t[0] + t[1]), eps); // false positives
        };
    }

    private static Protection roundedM(boolean up) {
        return model -> {
            for (int c = 0; c < 4; c++) {
                int x = CITY[M][c];
                int r = up ? (x + 9) / 10 * 10 : x / 10 * 10;
                model.m.between(model.cells(M, c), r - 9, r + 9);
            }
        };
    }

    /** The integer range of the merged group's leavers on the list. */
    private static long[] mergedLeaversOnTheList(Protection p) {
        Cells model = new Cells();
        int[] all = {M, V, MERGED};
        model.m.row(model.cells(all, 0, 1, 2, 3), BoundLp.Rel.EQ, 31750);
        model.m.row(model.cells(all, 2, 3), BoundLp.Rel.EQ, 637);
        model.m.row(model.cells(all, 1, 3), BoundLp.Rel.EQ, 953);
        model.m.row(model.cells(all, 3), BoundLp.Rel.EQ, 214);
        for (int c = 0; c < 4; c++) {
            model.m.row(model.cells(V, c), BoundLp.Rel.EQ, CITY[V][c]);
        }
        model.m.row(model.cells(MERGED, 0, 1, 2, 3), BoundLp.Rel.EQ, 100);
        p.publishM(model);
        double[] r = model.m.ranges().range(model.cells(MERGED, 3));
        return new long[] {(long) Math.ceil(r[0] - 1e-6), (long) Math.floor(r[1] + 1e-6)};
    }

    /** The three groups' cells as unknowns of one program. */
    private static final class Cells {
        final AttackModel m = new AttackModel();

        Map<Integer, Double> cells(int group, int... cs) {
            return cells(new int[] {group}, cs);
        }

        Map<Integer, Double> cells(int[] groups, int... cs) {
            List<Integer> us = new ArrayList<>();
            for (int g : groups) {
                for (int c : cs) {
                    us.add(m.unknown(g + "/" + c));
                }
            }
            return AttackModel.sum(us);
        }

        /** A rate printed rounded to the precision {@code 2 eps}. */
        void rate(int group, int[] num, int[] den, double value, double eps) {
            double printed = Math.round(value / (2 * eps)) * (2 * eps);
            m.rate(cells(group, num), cells(group, den), printed, eps);
        }
    }
}
