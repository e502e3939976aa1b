package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final double[] SCORES = {0.9, 0.8, 0.7, 0.6};
    private static final byte[] LABELS = {1, 0, 1, 0};

    @Test
    void aucCountsConcordantPairsOfAHandExample() {
        // positives 0.9 and 0.7, negatives 0.8 and 0.6: 3 of the 4 pairs are ordered right
        assertThat(Metrics.aucRoc(SCORES, LABELS)).isEqualTo(0.75);
    }

    @Test
    void aucCountsATiedPairAsOneHalf() {
        // positive 0.5 ties with two negatives (2 x 1/2), positive 0.2 is below both: 1 of 4 pairs
        assertThat(Metrics.aucRoc(new double[] {0.5, 0.5, 0.5, 0.2}, new byte[] {1, 0, 0, 1})).isEqualTo(0.25);
    }

    @Test
    void averagePrecisionOfAHandExample() {
        // recall 1/2 at precision 1 (top 1), then recall 1 at precision 2/3 (top 3): 1/2 + 1/2 * 2/3
        assertThat(Metrics.aucPr(SCORES, LABELS)).isCloseTo(0.5 + 1.0 / 3, within(1e-15));
    }

    @Test
    void averagePrecisionTakesTiedScoresAsOneThreshold() {
        // threshold 0.5 selects 3 rows with 1 positive (recall 1/2, precision 1/3); 0.2 adds the other
        double ap = Metrics.aucPr(new double[] {0.5, 0.5, 0.5, 0.2}, new byte[] {0, 1, 0, 1});
        assertThat(ap).isCloseTo(0.5 / 3 + 0.5 * 0.5, within(1e-15));
        assertThat(Metrics.aucPr(new double[] {0.5, 0.5, 0.5, 0.2}, new byte[] {1, 0, 0, 1})).isEqualTo(ap);
    }

    @Test
    void brierAndLogLossOfAHandExample() {
        double[] p = {0.9, 0.2};
        byte[] y = {1, 0};
        assertThat(Metrics.brier(p, y)).isCloseTo((0.01 + 0.04) / 2, within(1e-15));
        assertThat(Metrics.logLoss(p, y)).isCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, within(1e-15));
    }

    @Test
    void logLossClipsCertainMistakesInsteadOfReturningInfinity() {
        // each row costs about -ln(1e-15) = 34.54 (1 - 1e-15 is not exact in binary, hence the tolerance)
        double loss = Metrics.logLoss(new double[] {0.0, 1.0}, new byte[] {1, 0});
        assertThat(loss).isCloseTo(-Math.log(1e-15), within(1e-3));
    }

    @Test
    void aucAndAveragePrecisionAgreeWithStraightforwardImplementationsOnRandomData() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(60);
            double[] s = new double[n];
            byte[] y = new byte[n];
            for (int i = 0; i < n; i++) {
                s[i] = random.nextInt(trial % 2 == 0 ? 5 : 1000) / 10.0; // every other trial full of ties
                y[i] = (byte) (random.nextDouble() < 0.3 ? 1 : 0);
            }
            y[0] = 1;
            y[1] = 0;
            assertThat(Metrics.aucRoc(s, y)).isCloseTo(NaiveMetrics.pairwiseAuc(s, y), within(1e-12));
            assertThat(Metrics.aucPr(s, y)).isCloseTo(NaiveMetrics.averagePrecisionByThresholds(s, y),
                    within(1e-12));
        }
    }

    @Test
    void aucIsNotANumberWithoutNegatives() {
        assertThat(Metrics.aucRoc(new double[] {0.1, 0.2}, new byte[] {1, 1})).isNaN();
    }

    @Test
    void refusesARowWithoutLabelNamingTheRow() {
        assertThatThrownBy(() -> Metrics.aucRoc(new double[] {0.1, 0.2}, new byte[] {1, -1}))
                .hasMessage("metrics: label of row 1 must be 0 or 1, got -1 (remove rows without a label first)");
    }

    @Test
    void refusesARiskOutsideZeroToOneForTheBrierScore() {
        assertThatThrownBy(() -> Metrics.brier(new double[] {0.1, 1.5}, new byte[] {1, 0}))
                .hasMessage("Brier score: row 1 has 1.5, but a probability in [0, 1] is needed");
    }

    @Test
    void refusesArraysOfDifferentLengths() {
        assertThatThrownBy(() -> Metrics.logLoss(new double[] {0.1, 0.5}, new byte[] {1}))
                .hasMessage("log loss: 2 scores but 1 labels");
    }
}
