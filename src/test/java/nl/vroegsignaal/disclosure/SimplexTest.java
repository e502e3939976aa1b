package nl.vroegsignaal.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimplexTest {

    @Test
    void boundsOneCellOfASum() {
        List<double[]> a = List.of(new double[] {1, 1, 1});
        List<Double> b = List.of(48.0);
        assertThat(Simplex.maximise(new double[] {0, 1, 0}, a, b)).isEqualTo(48.0);
        assertThat(Simplex.minimise(new double[] {0, 1, 0}, a, b)).isEqualTo(0.0);
    }

    @Test
    void reportsAnUnboundedMaximum() {
        List<double[]> a = List.of(new double[] {1, -1});
        assertThat(Simplex.maximise(new double[] {1, 0}, a, List.of(5.0))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Simplex.minimise(new double[] {1, 0}, a, List.of(5.0))).isEqualTo(5.0);
    }

    @Test
    void refusesEquationsWithoutANonNegativeSolution() {
        assertThatThrownBy(() -> Simplex.maximise(new double[] {1}, List.<double[]>of(new double[] {1}),
                List.of(-3.0))).hasMessageContaining("no non-negative solution");
    }

    @Test
    void agreesWithEnumerationOnRandomSmallTables() {
        // a 2x3 table of cells 0..4 with some margins known: enumerate every table of cells 0..9 that fits
        Random rnd = new Random(13);
        for (int trial = 0; trial < 40; trial++) {
            int[] x = new int[6];
            for (int i = 0; i < 6; i++) {
                x[i] = rnd.nextInt(5);
            }
            List<int[]> sums = new ArrayList<>(List.of(new int[] {0, 1, 2}, new int[] {3, 4, 5},
                    new int[] {0, 3}, new int[] {1, 4}, new int[] {2, 5}, new int[] {0}, new int[] {4, 5}));
            List<double[]> a = new ArrayList<>();
            List<Double> b = new ArrayList<>();
            for (int[] s : sums) {
                if (rnd.nextBoolean()) {
                    double[] row = new double[6];
                    double v = 0;
                    for (int i : s) {
                        row[i] = 1;
                        v += x[i];
                    }
                    a.add(row);
                    b.add(v);
                }
            }
            int target = rnd.nextInt(6);
            double[] c = new double[6];
            c[target] = 1;
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            int[] y = new int[6];
            for (int code = 0; code < 1_000_000; code += 1) {
                int rest = code;
                for (int i = 0; i < 6; i++) {
                    y[i] = rest % 10;
                    rest /= 10;
                }
                if (fits(y, a, b)) {
                    lo = Math.min(lo, y[target]);
                    hi = Math.max(hi, y[target]);
                }
            }
            double max = Simplex.maximise(c, a, b);
            double min = Simplex.minimise(c, a, b);
            assertThat(min).as("trial %d", trial).isCloseTo(lo, org.assertj.core.data.Offset.offset(1e-6));
            if (hi < 9) {
                assertThat(max).as("trial %d", trial).isCloseTo(hi, org.assertj.core.data.Offset.offset(1e-6));
            } else {
                assertThat(max).as("trial %d", trial).isGreaterThanOrEqualTo(9);
            }
        }
    }

    private static boolean fits(int[] y, List<double[]> a, List<Double> b) {
        for (int r = 0; r < a.size(); r++) {
            double s = 0;
            for (int i = 0; i < y.length; i++) {
                s += a.get(r)[i] * y[i];
            }
            if (s != b.get(r)) {
                return false;
            }
        }
        return true;
    }
}
