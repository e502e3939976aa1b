package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReliabilityTableTest {

    @Test
    void equalCountBinsSplitTenDistinctRisksIntoPairs() {
        double[] p = {0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95};
        byte[] y = {0, 0, 0, 1, 0, 1, 1, 0, 1, 1};
        ReliabilityTable table = Metrics.reliability(p, y, 5);
        assertThat(table.bins()).hasSize(5);
        ReliabilityTable.Bin first = table.bins().get(0);
        assertThat(first.lower()).isEqualTo(0.05);
        assertThat(first.upper()).isEqualTo(0.15);
        assertThat(first.n()).isEqualTo(2);
        assertThat(first.meanPredicted()).isCloseTo(0.10, within(1e-15));
        assertThat(first.observedRate()).isEqualTo(0.0);
        assertThat(table.bins().get(4).observedRate()).isEqualTo(1.0);
        // |0.1-0| + |0.3-0.5| + |0.5-0.5| + |0.7-0.5| + |0.9-1|, each bin 2/10 of the rows
        assertThat(table.ece()).isCloseTo(0.2 * (0.1 + 0.2 + 0 + 0.2 + 0.1), within(1e-12));
        assertThat(Metrics.expectedCalibrationError(p, y, 5)).isEqualTo(table.ece());
    }

    @Test
    void rowsWithEqualRiskShareOneBinAndEmptyBinsAreLeftOut() {
        // 8 rows in 4 bins of 2: the five rows at 0.2 start in bin 0 (row 1), so all of them join it;
        // bins 1 and 2 stay empty and the two rows at 0.9 start bin 3
        double[] p = {0.1, 0.2, 0.2, 0.2, 0.2, 0.2, 0.9, 0.9};
        byte[] y = {0, 0, 1, 0, 0, 0, 1, 1};
        ReliabilityTable table = Metrics.reliability(p, y, 4);
        assertThat(table.bins()).extracting(ReliabilityTable.Bin::n).containsExactly(6, 2);
        assertThat(table.bins().get(0).lower()).isEqualTo(0.1);
        assertThat(table.bins().get(0).upper()).isEqualTo(0.2);
        assertThat(table.bins().get(0).observedRate()).isCloseTo(1.0 / 6, within(1e-15));
        assertThat(table.bins().get(1).lower()).isEqualTo(0.9);
    }

    @Test
    void perfectlyCalibratedBinsHaveZeroError() {
        double[] p = {0.5, 0.5, 0.5, 0.5, 0.0, 0.0};
        byte[] y = {1, 0, 1, 0, 0, 0};
        assertThat(Metrics.expectedCalibrationError(p, y, 2)).isEqualTo(0.0);
    }

    @Test
    void mergedBinsHoldAtLeastTenPositivesAndTenNegativesEach() {
        for (long seed = 1; seed <= 5; seed++) {
            SyntheticCohort cohort = SyntheticCohort.draw(seed, 1500);
            for (int bins : new int[] {5, 10, 20}) {
                ReliabilityTable table = Metrics.reliability(cohort.model(), cohort.label(), bins, 10);
                assertThat(table.bins()).as("seed %d, %d bins", seed, bins).hasSizeGreaterThan(1)
                        .allSatisfy(b -> {
                            assertThat(b.positives()).isGreaterThanOrEqualTo(10);
                            assertThat(b.n() - b.positives()).isGreaterThanOrEqualTo(10);
                        });
                int rows = table.bins().stream().mapToInt(ReliabilityTable.Bin::n).sum();
                assertThat(rows).isEqualTo(1500);
            }
        }
    }

    @Test
    void binsMergeUpwardsFromTheLowestRiskAndTheTopRemainderJoinsTheBinBelow() {
        // 100 distinct risks in 10 bins of 10 rows; positives: 2 in each of the five lowest bins, 6 in each
        // of the five highest. Going up, bins 1-5 reach 10 positives (and 40 negatives) together; bins 6 and 7
        // reach 12 positives and 8 negatives, so bin 8 joins (18, 12): closed; bins 9 and 10 (12, 8) cannot
        // reach 10 negatives and join the bin below.
        double[] p = new double[100];
        byte[] y = new byte[100];
        for (int i = 0; i < 100; i++) {
            p[i] = (i + 1) / 101.0;
            int bin = i / 10;
            int within = i % 10;
            y[i] = (byte) (within < (bin < 5 ? 2 : 6) ? 1 : 0);
        }
        ReliabilityTable table = Metrics.reliability(p, y, 10, 10);
        assertThat(table.bins()).extracting(ReliabilityTable.Bin::n).containsExactly(50, 50);
        assertThat(table.bins()).extracting(ReliabilityTable.Bin::positives).containsExactly(10L, 30L);
        assertThat(table.bins().get(0).upper()).isEqualTo(50 / 101.0);
        assertThat(table.bins().get(1).lower()).isEqualTo(51 / 101.0);
        // the ECE is computed over the same merged bins as the table shows
        double ece = 0;
        for (ReliabilityTable.Bin b : table.bins()) {
            ece += (double) b.n() / 100 * Math.abs(b.meanPredicted() - b.observedRate());
        }
        assertThat(table.ece()).isCloseTo(ece, within(1e-12));
        assertThat(Metrics.reliability(p, y, 10)).extracting(t -> t.bins().size()).isEqualTo(10);
    }

    @Test
    void aCohortWithTooFewPositivesKeepsOneBin() {
        double[] p = new double[60];
        byte[] y = new byte[60];
        for (int i = 0; i < 60; i++) {
            p[i] = i / 60.0;
            y[i] = (byte) (i % 10 == 0 ? 1 : 0);
        }
        ReliabilityTable table = Metrics.reliability(p, y, 10, 10);
        assertThat(table.bins()).hasSize(1);
        assertThat(table.bins().get(0).n()).isEqualTo(60);
        assertThat(table.bins().get(0).positives()).isEqualTo(6);
        assertThat(EvaluationDisclosure.hidesBin(table.bins().get(0))).isTrue();
    }
}
