package nl.vroegsignaal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void intervalLeavesTheResamplesInTheirOrder() {
        // resample b of one group is divided by resample b of the reference later on; sorting would pair them up
        double[] samples = {5, 3, 1, 4, 2};
        Bootstrap.interval(samples);
        assertThat(samples).containsExactly(5, 3, 1, 4, 2);
    }

    @Test
    void intervalIsTheTwoAndAHalfAndNinetySevenAndAHalfPercentile() {
        assertPercentiles(Bootstrap.interval(descending(1001, 0)), 1.0);
    }

    @Test
    void aFewUndefinedResamplesAreLeftOut() {
        // 10 of 1000 undefined: exactly the share allowed
        assertPercentiles(Bootstrap.interval(descending(1000, 100)), 2.0);
    }

    /** 1000, 999, ... with every {@code nanEvery}-th value undefined (0: none). */
    private static double[] descending(int n, int nanEvery) {
        double[] samples = new double[n];
        for (int i = 0; i < n; i++) {
            samples[i] = nanEvery > 0 && i % nanEvery == 0 ? Double.NaN : 1000 - i;
        }
        return samples;
    }

    private static void assertPercentiles(double[] ci, double tolerance) {
        assertThat(ci[0]).isCloseTo(25.0, within(tolerance));
        assertThat(ci[1]).isCloseTo(975.0, within(tolerance));
    }

    @Test
    void moreUndefinedResamplesThanThePolicyAllowsGiveNoInterval() {
        double[] samples = new double[1000];
        Arrays.fill(samples, 1.0);
        for (int i = 0; i <= samples.length * Bootstrap.MAX_UNDEFINED_SHARE; i++) {
            samples[i] = Double.NaN;
        }
        assertThat(Bootstrap.interval(samples)).containsExactly(Double.NaN, Double.NaN);
        assertThat(Bootstrap.interval(new double[] {1, Double.NaN, 2})).containsExactly(Double.NaN, Double.NaN);
        assertThat(Bootstrap.interval(new double[0])).containsExactly(Double.NaN, Double.NaN);
    }

    @Test
    void theSameSeedDrawsTheSameResamplesOfRowsInRange() {
        Bootstrap first = new Bootstrap(9, 6);
        Bootstrap second = new Bootstrap(9, 6);
        boolean differs = false;
        int[] previous = null;
        for (int b = 0; b < 5; b++) {
            int[] a = first.draw().clone();
            assertThat(second.draw()).containsExactly(a);
            assertThat(Arrays.stream(a).allMatch(r -> r >= 0 && r < 6)).isTrue();
            differs |= previous != null && !Arrays.equals(previous, a);
            previous = a;
        }
        assertThat(differs).as("resamples differ from each other").isTrue();
    }
}
