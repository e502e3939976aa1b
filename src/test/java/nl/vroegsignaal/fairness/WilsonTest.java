package nl.vroegsignaal.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.apache.commons.statistics.interval.Interval;
import org.junit.jupiter.api.Test;

class WilsonTest {

    @Test
    void agreesWithCommonsMath3WilsonScoreIntervalOverAGridOfCounts() {
        int[] trials = {10, 11, 37, 100, 999, 20_000};
        for (int n : trials) {
            for (int k : new int[] {0, 1, n / 10, n / 2, n - 1, n}) {
                Interval ours = Wilson.interval(n, k);
                ConfidenceInterval ref = new WilsonScoreInterval().createInterval(n, k, 0.95);
                assertThat(ours.getLowerBound()).as("lower n=%d k=%d", n, k)
                        .isCloseTo(ref.getLowerBound(), within(1e-12));
                assertThat(ours.getUpperBound()).as("upper n=%d k=%d", n, k)
                        .isCloseTo(ref.getUpperBound(), within(1e-12));
            }
        }
    }

    @Test
    void aRateWithAHiddenCountIsSuppressedButKeepsTheOtherCount() {
        Rate r = Wilson.rate(5, true, 200, false);
        assertThat(r.suppressed()).isTrue();
        assertThat(r.value()).isNaN();
        assertThat(r.numerator().suppressed()).isTrue();
        assertThat(r.denominator()).isEqualTo(Count.shown(200));
    }

    @Test
    void aSuppressedCountCarriesNoValue() {
        assertThat(Count.suppressedCount().value()).isEqualTo(-1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Count(7, true))
                .hasMessage("a shown count is >= 0 and a suppressed one is -1, got 7 (suppressed)");
    }
}
