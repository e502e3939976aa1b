package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateTrainingTest {

    private static CandidateSpec trees(int rounds, int depth) {
        return new CandidateSpec.BoostedTrees(rounds, depth, 0.05, 20.0, 0.8, 0.8, 1.0, 0.0);
    }

    private static CandidateSpec logistic(double cost) {
        return new CandidateSpec.Logistic(cost, 1000, 0.001);
    }

    @Test
    void theLongestFitsStartFirstSoThatShortOnesFillTheEnd() {
        // the shipped grid's shape: two logistic fits listed before two tree fits
        List<CandidateSpec> grid = List.of(logistic(0.01), logistic(1.0), trees(400, 2), trees(400, 3));

        assertThat(CandidateTraining.longestFirst(grid)).containsExactly(3, 2, 1, 0);
    }

    @Test
    void equalFitsKeepTheirCandidateOrder() {
        List<CandidateSpec> grid = List.of(trees(100, 2), logistic(1.0), trees(50, 4), logistic(1.0));

        assertThat(CandidateTraining.longestFirst(grid)).containsExactly(0, 2, 1, 3);
    }
}
