package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResampledMetricsTest {

    @Test
    void theResampledValuesDoNotDependOnHowManyWorkersShareTheLists() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 3000;
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (random.nextDouble() < 0.1 ? 1 : 0);
        }
        List<RankedScores> lists = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            double[] risks = new double[n];
            for (int i = 0; i < n; i++) {
                risks[i] = Math.min(0.99, 0.02 + 0.1 * c * labels[i] + 0.3 * random.nextDouble());
            }
            lists.add(RankedScores.ofRisks(risks, labels, null, 10));
        }

        double[][][] one = ResampledMetrics.resample(lists, 200, 50, 11, 1);
        double[][][] three = ResampledMetrics.resample(lists, 200, 50, 11, 3);

        assertThat(three).isDeepEqualTo(one);
        assertThat(one[4][ResampledMetrics.PRECISION]).as("each list has its own values")
                .isNotEqualTo(one[0][ResampledMetrics.PRECISION]);
    }
}
