package nl.vroegsignaal.fairness;

import static org.assertj.core.api.Assertions.assertThat;

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
        double[] samples = new double[1001];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = 1000 - i;
        }
        double[] ci = Bootstrap.interval(samples);
        assertThat(ci[0]).isCloseTo(25.0, org.assertj.core.api.Assertions.within(1.0));
        assertThat(ci[1]).isCloseTo(975.0, org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void anUndefinedResampleLeavesTheIntervalUndefined() {
        assertThat(Bootstrap.interval(new double[] {1, Double.NaN, 2})).containsExactly(Double.NaN, Double.NaN);
    }

    @Test
    void theSameSeedDrawsTheSameResamples() {
        int[] cells = {0, 1, 1, 2, 2, 2};
        double[][] first = new double[3][];
        double[][] second = new double[3][];
        Bootstrap.run(9, 3, cells, 3, null, (b, c, s) -> first[b] = c.clone());
        Bootstrap.run(9, 3, cells, 3, null, (b, c, s) -> second[b] = c.clone());
        assertThat(second).isDeepEqualTo(first);
        for (double[] counts : first) {
            assertThat(counts[0] + counts[1] + counts[2]).isEqualTo(6.0);
        }
    }
}
