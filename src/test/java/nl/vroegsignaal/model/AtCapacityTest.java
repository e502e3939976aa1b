package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AtCapacityTest {

    @Test
    void withoutTiesPrecisionRecallAndLiftAreExact() {
        double[] s = {0.9, 0.8, 0.7, 0.6, 0.5};
        byte[] y = {1, 0, 1, 0, 0};
        AtCapacity a = Metrics.atCapacity(s, y, 2);
        assertThat(a.precision()).isEqualTo(0.5);
        assertThat(a.precisionWorst()).isEqualTo(0.5);
        assertThat(a.precisionBest()).isEqualTo(0.5);
        assertThat(a.recall()).isEqualTo(0.5);
        assertThat(a.lift()).isCloseTo(0.5 / 0.4, within(1e-15));
        assertThat(a.cutoffScore()).isEqualTo(0.8);
        assertThat(a.tiedAtCutoff()).isEqualTo(1);
        assertThat(a.ambiguous()).isFalse();
    }

    @Test
    void tiesAtTheCutoffGiveExpectedWorstAndBestCase() {
        // one row above the cut-off (positive); four tied at 0.7 (two positive) share the two remaining places
        double[] s = {0.9, 0.7, 0.7, 0.7, 0.7, 0.1};
        byte[] y = {1, 1, 0, 0, 1, 0};
        AtCapacity a = Metrics.atCapacity(s, y, 3);
        assertThat(a.truePositives()).isEqualTo(2.0);
        assertThat(a.precision()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(a.precisionWorst()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(a.precisionBest()).isEqualTo(1.0);
        assertThat(a.recall()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(a.recallWorst()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(a.recallBest()).isEqualTo(1.0);
        assertThat(a.lift()).isCloseTo((2.0 / 3) / 0.5, within(1e-15));
        assertThat(a.liftBest()).isEqualTo(2.0);
        assertThat(a.tiedAtCutoff()).isEqualTo(4);
        assertThat(a.tiedSelected()).isEqualTo(2);
        assertThat(a.ambiguous()).isTrue();
    }

    @Test
    void aTiedGroupThatFitsEntirelyIsNotAmbiguous() {
        AtCapacity a = Metrics.atCapacity(new double[] {0.9, 0.5, 0.5, 0.1}, new byte[] {0, 1, 0, 1}, 3);
        assertThat(a.tiedAtCutoff()).isEqualTo(2);
        assertThat(a.tiedSelected()).isEqualTo(2);
        assertThat(a.precisionWorst()).isEqualTo(a.precisionBest());
        assertThat(a.ambiguous()).isFalse();
    }

    @Test
    void matchesEnumerationOfEveryTieBreakOnRandomSmallLists() {
        Random random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(14);
            double[] s = new double[n];
            byte[] y = new byte[n];
            for (int i = 0; i < n; i++) {
                s[i] = random.nextInt(4);
                y[i] = (byte) random.nextInt(2);
            }
            y[0] = 1;
            int k = 1 + random.nextInt(n);
            double[] tp = NaiveMetrics.truePositivesOverTieBreaks(s, y, k);
            AtCapacity a = Metrics.atCapacity(s, y, k);
            assertThat(a.precisionWorst()).isCloseTo(tp[0] / k, within(1e-12));
            assertThat(a.precision()).isCloseTo(tp[1] / k, within(1e-12));
            assertThat(a.precisionBest()).isCloseTo(tp[2] / k, within(1e-12));
        }
    }

    @Test
    void refusesACapacityLargerThanTheList() {
        assertThatThrownBy(() -> Metrics.atCapacity(new double[] {0.1, 0.2}, new byte[] {1, 0}, 3))
                .hasMessage("capacity k must be between 1 and the 2 rows, got 3");
    }
}
