package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties every fitted calibration must have, on arbitrary (often tied, often unbalanced) data. */
class CalibrationPropertiesTest {

    record Data(double[] scores, byte[] labels) {
    }

    @Provide
    Arbitrary<Data> data() {
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 80);
        return size.flatMap(n -> Combinators.combine(
                // coarse scores on purpose, so that ties are common
                Arbitraries.integers().between(0, 20).map(i -> i / 20.0).array(double[].class).ofSize(n),
                Arbitraries.integers().between(0, 1).map(Integer::byteValue).array(byte[].class).ofSize(n))
                .as(Data::new));
    }

    @Property(tries = 300)
    void isotonicIsMonotoneNonDecreasingAndWithinZeroToOne(@ForAll("data") Data d) {
        Calibration c = Calibration.fitIsotonic(d.scores(), d.labels());
        double previous = -1;
        for (double s = -0.1; s <= 1.1; s += 0.01) {
            double r = c.apply(s);
            assertThat(r).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
            previous = r;
        }
    }

    @Property(tries = 300)
    void isotonicKeepsTheMeanLabelOfTheFittingData(@ForAll("data") Data d) {
        Calibration c = Calibration.fitIsotonic(d.scores(), d.labels());
        double fitted = Arrays.stream(c.applyAll(d.scores())).sum();
        double observed = 0;
        for (byte y : d.labels()) {
            observed += y;
        }
        assertThat(fitted).isCloseTo(observed, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Property(tries = 300)
    void plattIsMonotoneInTheDirectionOfItsSlope(@ForAll("data") Data d) {
        Calibration.Platt c = (Calibration.Platt) Calibration.fitPlatt(d.scores(), d.labels());
        double previous = c.apply(0);
        for (double s = 0.01; s <= 1.0; s += 0.01) {
            double r = c.apply(s);
            if (c.a() >= 0) {
                assertThat(r).isGreaterThanOrEqualTo(previous);
            } else {
                assertThat(r).isLessThanOrEqualTo(previous);
            }
            assertThat(r).isBetween(0.0, 1.0);
            previous = r;
        }
    }

    @Property(tries = 10)
    void bothGiveNearZeroCalibrationErrorOnDataFromACalibratedModel(@ForAll long seed) {
        // scores are distorted true risks (risk^2), labels drawn from the true risk; fit on one sample,
        // measure on a fresh one
        double[][] fit = sample(new SplittableRandom(seed), 5_000);
        double[][] test = sample(new SplittableRandom(seed + 1), 20_000);
        byte[] fitLabels = toLabels(fit[1]);
        byte[] testLabels = toLabels(test[1]);
        for (Calibration c : new Calibration[] {Calibration.fitPlatt(fit[0], fitLabels),
                Calibration.fitIsotonic(fit[0], fitLabels)}) {
            double ece = Metrics.expectedCalibrationError(c.applyAll(test[0]), testLabels, 10);
            assertThat(ece).as(c.getClass().getSimpleName()).isLessThan(0.03);
        }
        // without calibration the distorted scores are far off, so the check above means something
        assertThat(Metrics.expectedCalibrationError(test[0], testLabels, 10)).isGreaterThan(0.08);
    }

    private static double[][] sample(SplittableRandom random, int n) {
        double[] scores = new double[n];
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            double risk = random.nextDouble();
            scores[i] = risk * risk;
            labels[i] = random.nextDouble() < risk ? 1 : 0;
        }
        return new double[][] {scores, labels};
    }

    private static byte[] toLabels(double[] values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
