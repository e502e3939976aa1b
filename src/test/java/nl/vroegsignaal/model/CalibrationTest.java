package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void isotonicPoolsViolatorsIntoBlockMeans() {
        // labels by increasing score: 0, 1, 0, 1 -> blocks {0}, {1, 0} pooled to 1/2, {1}
        Calibration c = Calibration.fitIsotonic(new double[] {0.1, 0.2, 0.3, 0.4}, new byte[] {0, 1, 0, 1});
        assertThat(c).isEqualTo(new Calibration.Isotonic(new double[] {0.1, 0.2, 0.3, 0.4},
                new double[] {0, 0.5, 0.5, 1}));
        assertThat(c.apply(0.25)).isEqualTo(0.5);
        assertThat(c.apply(0.15)).isCloseTo(0.25, within(1e-12)); // between blocks: linear
        assertThat(c.apply(-3)).isEqualTo(0.0);
        assertThat(c.apply(9)).isEqualTo(1.0);
    }

    @Test
    void isotonicGivesTiedScoresOneRisk() {
        Calibration c = Calibration.fitIsotonic(new double[] {0.3, 0.3, 0.3, 0.9}, new byte[] {1, 0, 0, 1});
        assertThat(c.apply(0.3)).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(((Calibration.Isotonic) c).thresholds()).containsExactly(0.3, 0.9);
    }

    @Test
    void isotonicAcceptsScoresThatAreNotProbabilities() {
        Calibration c = Calibration.fitIsotonic(new double[] {-5, 3, 12}, new byte[] {0, 0, 1});
        assertThat(c.apply(12)).isEqualTo(1.0);
    }

    @Test
    void plattOnAnAlreadyCalibratedModelStaysCloseToTheIdentity() {
        java.util.Random random = new java.util.Random(3);
        int n = 20_000;
        double[] s = new double[n];
        byte[] y = new byte[n];
        for (int i = 0; i < n; i++) {
            s[i] = random.nextDouble();
            y[i] = (byte) (random.nextDouble() < s[i] ? 1 : 0);
        }
        Calibration.Platt p = (Calibration.Platt) Calibration.fitPlatt(s, y);
        assertThat(p.a()).isCloseTo(1.0, within(0.1));
        assertThat(p.b()).isCloseTo(0.0, within(0.1));
    }

    @Test
    void plattCorrectsAnOverconfidentModel() {
        // true risk is 0.3 for score 0.1 and 0.7 for score 0.9: logit slope ln(7/3)/ln(9) ~ 0.386
        int n = 1000;
        double[] s = new double[2 * n];
        byte[] y = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            s[i] = 0.1;
            y[i] = (byte) (i < 300 ? 1 : 0);
            s[n + i] = 0.9;
            y[n + i] = (byte) (i < 700 ? 1 : 0);
        }
        Calibration c = Calibration.fitPlatt(s, y);
        assertThat(c.apply(0.1)).isCloseTo(0.3, within(1e-4));
        assertThat(c.apply(0.9)).isCloseTo(0.7, within(1e-4));
        assertThat(((Calibration.Platt) c).a()).isCloseTo(Math.log(7.0 / 3) / Math.log(9), within(1e-3));
    }

    @Test
    void plattStaysFiniteOnPerfectlySeparatedData() {
        Calibration.Platt p = (Calibration.Platt) Calibration.fitPlatt(new double[] {0.1, 0.2, 0.8, 0.9},
                new byte[] {0, 0, 1, 1});
        assertThat(Double.isFinite(p.a()) && Double.isFinite(p.b())).isTrue();
        assertThat(p.apply(0.9)).isGreaterThan(0.99);
        assertThat(p.apply(0.1)).isLessThan(0.01);
    }

    @Test
    void plattRefusesScoresThatAreNotProbabilities() {
        assertThatThrownBy(() -> Calibration.fitPlatt(new double[] {0.1, 1.7}, new byte[] {0, 1}))
                .hasMessage("Platt calibration (use isotonic calibration for scores that are not probabilities): "
                        + "row 1 has 1.7, but a probability in [0, 1] is needed");
    }

    @Test
    void refusesUnlabelledRowsAndEmptyInput() {
        assertThatThrownBy(() -> Calibration.fitIsotonic(new double[] {0.1}, new byte[] {-1}))
                .hasMessage("isotonic calibration: label of row 0 must be 0 or 1, got -1 "
                        + "(remove rows without a label first)");
        assertThatThrownBy(() -> Calibration.fitIsotonic(new double[0], new byte[0]))
                .hasMessage("isotonic calibration: no rows");
    }

    @Test
    void isotonicRefusesKnotsOutOfOrderWhenLoaded() {
        assertThatThrownBy(() -> new Calibration.Isotonic(new double[] {0.2, 0.1}, new double[] {0.1, 0.2}))
                .hasMessage("isotonic calibration: knot 1 must have a larger threshold and a value at least that "
                        + "of knot 0");
    }

    @Test
    void everyKindRoundTripsThroughJsonWithATypeProperty() throws Exception {
        Calibration platt = new Calibration.Platt(0.8, -0.25);
        Calibration iso = new Calibration.Isotonic(new double[] {0.1, 0.5}, new double[] {0.02, 0.4});
        Calibration id = Calibration.identity();
        assertThat(mapper.writeValueAsString(platt)).isEqualTo("{\"type\":\"platt\",\"a\":0.8,\"b\":-0.25}");
        assertThat(mapper.writeValueAsString(iso))
                .isEqualTo("{\"type\":\"isotonic\",\"thresholds\":[0.1,0.5],\"values\":[0.02,0.4]}");
        assertThat(mapper.writeValueAsString(id)).isEqualTo("{\"type\":\"identity\"}");
        for (Calibration c : new Calibration[] {platt, iso, id}) {
            assertThat(mapper.readValue(mapper.writeValueAsString(c), Calibration.class)).isEqualTo(c);
        }
    }

    @Test
    void fittingTwiceGivesTheSameCalibration() {
        double[] s = {0.1, 0.4, 0.35, 0.8, 0.2, 0.9, 0.6};
        byte[] y = {0, 1, 0, 1, 0, 0, 1};
        assertThat(Calibration.fitPlatt(s, y)).isEqualTo(Calibration.fitPlatt(s.clone(), y.clone()));
        assertThat(Calibration.fitIsotonic(s, y)).isEqualTo(Calibration.fitIsotonic(s.clone(), y.clone()));
    }
}
