package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class PlattTailTest {

    /** Scores spread over (0, 1) with many small ones, labels drawn from the given true risk of each score. */
    private record Data(double[] scores, byte[] labels) {
        static Data of(long seed, int n, DoubleUnaryOperator trueRisk) {
            Random random = new Random(seed);
            double[] s = new double[n];
            byte[] y = new byte[n];
            for (int i = 0; i < n; i++) {
                s[i] = Math.pow(random.nextDouble(), 3);
                y[i] = (byte) (random.nextDouble() < trueRisk.applyAsDouble(s[i]) ? 1 : 0);
            }
            return new Data(s, y);
        }
    }

    /** Risk logistic in logit(s), with slope 1 up to {@code knot} and {@code top} above it. */
    private static DoubleUnaryOperator bent(double knot, double top) {
        return s -> {
            double x = Math.log(s / (1 - s));
            return PlattScaling.sigmoid(x - 0.5 + (top - 1) * Math.max(0, x - knot));
        };
    }

    @Test
    void staysCloseToPlattWhenTheTopFitsItsShape() {
        Data d = Data.of(21, 40_000, bent(0, 1));
        CalibrationMethod.Fitted f = CalibrationMethod.PLATT_TAIL.fit(d.scores(), d.labels());
        Calibration platt = Calibration.fitPlatt(d.scores(), d.labels());
        assertThat(f.calibration()).isInstanceOf(Calibration.PlattTail.class);
        assertThat(f.note()).startsWith("platt-tail: top 3% corrected, likelihood ratio of the tail correction ");
        Calibration.PlattTail tail = (Calibration.PlattTail) f.calibration();
        assertThat(tail.tail()).isCloseTo(0, within(0.15));
        for (double s : new double[] {0.9, 0.98}) {
            assertThat(tail.apply(s)).isCloseTo(platt.apply(s), within(0.02));
        }
    }

    @Test
    void keepsPlattWhenTheCorrectedTopWouldFall() {
        // above the knot the true risk falls steeply: a corrected slope a + d would be negative, which is refused
        Data d = Data.of(23, 40_000, bent(1.3, -3));
        CalibrationMethod.Fitted f = CalibrationMethod.PLATT_TAIL.fit(d.scores(), d.labels());
        assertThat(f.calibration()).isEqualTo(Calibration.fitPlatt(d.scores(), d.labels()));
        assertThat(f.note()).startsWith("platt-tail: plain Platt (the corrected top would fall)");
    }

    @Test
    void correctsATopThatRisesMoreSlowlyThanPlattAssumes() {
        // the top 3% of these scores lie above s = 0.79 (logit 1.3); from there the true risk flattens
        Data d = Data.of(22, 40_000, bent(1.3, 0.3));
        CalibrationMethod.Fitted f = CalibrationMethod.PLATT_TAIL.fit(d.scores(), d.labels());
        assertThat(f.calibration()).isInstanceOf(Calibration.PlattTail.class);
        assertThat(f.note()).startsWith("platt-tail: top 3% corrected,");
        Calibration.PlattTail tail = (Calibration.PlattTail) f.calibration();
        Calibration platt = Calibration.fitPlatt(d.scores(), d.labels());
        assertThat(tail.tail()).isNegative();
        // the knot: the highest score below the top 3% (1,200 of 40,000 rows)
        double[] sorted = d.scores().clone();
        java.util.Arrays.sort(sorted);
        assertThat(tail.knot()).isEqualTo(Calibration.Platt.logit(sorted[40_000 - 1_200 - 1]));
        assertThat(tail.apply(0.98)).isLessThan(platt.apply(0.98) - 0.02)
                .isCloseTo(bent(1.3, 0.3).applyAsDouble(0.98), within(0.03));
        // below the knot the risk is Platt's own, to the bit
        for (double s : new double[] {0.001, 0.02, 0.3, 0.7}) {
            assertThat(tail.apply(s)).isEqualTo(platt.apply(s));
        }
        double previous = -1;
        for (double s = 0; s <= 1; s += 0.0005) {
            assertThat(tail.apply(s)).isGreaterThan(previous);
            previous = tail.apply(s);
        }
    }

    @Test
    void roundTripsThroughJsonAndRefusesAFallingTopWhenLoaded() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Calibration tail = new Calibration.PlattTail(1.0, -0.2, -2.0, -0.25);
        assertThat(mapper.writeValueAsString(tail))
                .isEqualTo("{\"type\":\"platt-tail\",\"a\":1.0,\"b\":-0.2,\"knot\":-2.0,\"tail\":-0.25}");
        assertThat(mapper.readValue(mapper.writeValueAsString(tail), Calibration.class)).isEqualTo(tail);
        assertThat(tail.key()).isEqualTo("platt-tail");
        assertThat(new Calibration.Platt(1, 0).key()).isEqualTo("platt");
        assertThatThrownBy(() -> mapper.readValue("{\"type\":\"platt-tail\",\"a\":1.0,\"b\":0,\"knot\":-2,"
                + "\"tail\":-1.5}", Calibration.class)).hasMessageContaining("a + tail, must be above 0");
    }

    @Test
    void refusesScoresThatAreNotProbabilities() {
        assertThatThrownBy(() -> Calibration.fitPlattTail(new double[] {0.2, 1.5}, new byte[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
    }
}
