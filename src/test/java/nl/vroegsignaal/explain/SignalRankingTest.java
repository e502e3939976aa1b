package nl.vroegsignaal.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignalRankingTest {

    @Test
    void ranksByRiskThenScoreThenPseudonym() {
        double[] risk = {0.2, 0.5, 0.5, 0.5, 0.1, 0.5};
        double[] score = {0.9, 0.3, 0.4, 0.3, 0.8, 0.3};
        String[] pseudonym = {"AAAAAAAA", "PSEUDO03", "PSEUDO09", "PSEUDO01", "ZZZZZZZZ", "PSEUDO02"};
        // risk 0.5 x4: score 0.4 first, then the three with score 0.3 by pseudonym
        assertThat(SignalRanking.top(risk, score, pseudonym, 6)).containsExactly(2, 3, 5, 1, 0, 4);
        assertThat(SignalRanking.top(risk, score, pseudonym, 2)).containsExactly(2, 3);
    }

    @Test
    void theOrderDoesNotDependOnTheInputOrder() {
        double[] risk = {0.5, 0.5, 0.5};
        double[] score = {0.3, 0.3, 0.3};
        assertThat(SignalRanking.top(risk, score, new String[]{"CCCCCCCC", "AAAAAAAA", "BBBBBBBB"}, 3))
                .containsExactly(1, 2, 0);
        assertThat(SignalRanking.top(risk, score, new String[]{"BBBBBBBB", "CCCCCCCC", "AAAAAAAA"}, 3))
                .containsExactly(2, 0, 1);
    }

    @Test
    void aCapacityAboveThePopulationGivesEveryone() {
        assertThat(SignalRanking.top(new double[]{0.1, 0.2}, new double[]{0.1, 0.2},
                new String[]{"AAAAAAAA", "BBBBBBBB"}, 10)).containsExactly(1, 0);
    }

    @Test
    void refusesANotANumberRiskWithoutNamingThePerson() {
        assertThatThrownBy(() -> SignalRanking.top(new double[]{0.1, Double.NaN}, new double[]{0.1, 0.2},
                new String[]{"AAAAAAAA", "GEHEIM99"}, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the risk or score of person 1 is not a number")
                .hasMessageNotContaining("GEHEIM99");
    }
}
