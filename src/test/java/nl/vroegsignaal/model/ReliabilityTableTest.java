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
}
