package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class BetaCalibrationTest {

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

    private static DoubleUnaryOperator beta(double a, double b, double c) {
        return s -> PlattScaling.sigmoid(a * Math.log(s) - b * Math.log1p(-s) + c);
    }

    @Test
    void recoversTheParametersOfDataFromABetaMap() {
        Data d = Data.of(11, 200_000, beta(0.7, 1.8, -0.4));
        Calibration.Beta fit = (Calibration.Beta) Calibration.fitBeta(d.scores(), d.labels());
        assertThat(fit.a()).isCloseTo(0.7, within(0.05));
        assertThat(fit.b()).isCloseTo(1.8, within(0.15));
        assertThat(fit.c()).isCloseTo(-0.4, within(0.1));
    }

    @Test
    void onDataFromAPlattMapBothShapeParametersAgree() {
        // Platt's a * logit(s) + b is beta's a ln(s) - a ln(1 - s) + b
        Data d = Data.of(12, 200_000, beta(1.3, 1.3, 0.5));
        Calibration.Beta fit = (Calibration.Beta) Calibration.fitBeta(d.scores(), d.labels());
        assertThat(fit.a()).isCloseTo(fit.b(), within(0.15));
    }

    @Test
    void aShapeThatWouldFallNearOneIsHeldAtZeroSoTheMapNeverDecreases() {
        // the true risk rises, then falls above s = 0.5: no increasing map fits it, b < 0 would
        Data d = Data.of(13, 50_000, beta(1.0, -1.0, 0.0));
        Calibration.Beta fit = (Calibration.Beta) Calibration.fitBeta(d.scores(), d.labels());
        assertThat(fit.b()).isZero();
        assertThat(fit.a()).isPositive();
        double previous = -1;
        for (double s = 0; s <= 1; s += 0.001) {
            assertThat(fit.apply(s)).isGreaterThan(previous);
            previous = fit.apply(s);
        }
    }

    @Test
    void theIdentityMapsEveryScoreToItself() {
        Calibration.Beta identity = new Calibration.Beta(1, 1, 0);
        for (double s : new double[] {0.001, 0.02, 0.5, 0.93}) {
            assertThat(identity.apply(s)).isCloseTo(s, within(1e-12));
        }
    }

    @Test
    void plattOrBetaKeepsPlattWhenBetaDoesNotFitClearlyBetter() {
        Data d = Data.of(14, 30_000, beta(1.1, 1.1, -0.2));
        CalibrationMethod.Fitted f = CalibrationMethod.PLATT_OR_BETA.fit(d.scores(), d.labels());
        assertThat(f.calibration()).isEqualTo(Calibration.fitPlatt(d.scores(), d.labels()));
        assertThat(f.note()).startsWith("platt-or-beta: platt, beta calibration lowers the validation negative "
                + "log-likelihood by ").endsWith(", not more than 1.92");
    }

    @Test
    void plattOrBetaTakesBetaWhenTheTopDiffersFromPlattsShape() {
        // risk flattens out at the top (b = 0): Platt's shape would overestimate the highest scores
        Data d = Data.of(15, 30_000, beta(1.2, 0.0, 0.6));
        CalibrationMethod.Fitted f = CalibrationMethod.PLATT_OR_BETA.fit(d.scores(), d.labels());
        assertThat(f.calibration()).isEqualTo(Calibration.fitBeta(d.scores(), d.labels()));
        assertThat(f.note()).startsWith("platt-or-beta: beta,").endsWith(", more than 1.92");
        double top = 0.9;
        assertThat(f.calibration().apply(top))
                .isCloseTo(beta(1.2, 0.0, 0.6).applyAsDouble(top), within(0.05))
                .isLessThan(Calibration.fitPlatt(d.scores(), d.labels()).apply(top) - 0.05);
    }

    @Test
    void roundTripsThroughJsonAndRefusesADecreasingMapWhenLoaded() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Calibration beta = new Calibration.Beta(0.9, 1.5, -0.1);
        assertThat(mapper.writeValueAsString(beta)).isEqualTo("{\"type\":\"beta\",\"a\":0.9,\"b\":1.5,\"c\":-0.1}");
        assertThat(mapper.readValue(mapper.writeValueAsString(beta), Calibration.class)).isEqualTo(beta);
        assertThat(beta.key()).isEqualTo("beta");
        assertThatThrownBy(() -> mapper.readValue("{\"type\":\"beta\",\"a\":0.9,\"b\":-0.5,\"c\":0}",
                Calibration.class)).hasMessageContaining("a and b must be finite and at least 0");
    }

    @Test
    void refusesScoresThatAreNotProbabilities() {
        assertThatThrownBy(() -> Calibration.fitBeta(new double[] {0.2, 1.5}, new byte[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beta calibration: row 1");
    }
}
