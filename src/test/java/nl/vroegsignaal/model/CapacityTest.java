package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CapacityTest {

    @Test
    void aCountIsCappedAtThePopulation() {
        assertThat(Capacity.ofCount(500).resolve(20_000)).isEqualTo(500);
        assertThat(Capacity.ofCount(500).resolve(300)).isEqualTo(300);
    }

    @Test
    void aShareRoundsHalfUpInDecimal() {
        assertThat(Capacity.ofShare(0.025).resolve(200)).isEqualTo(5);
        assertThat(Capacity.ofShare(0.025).resolve(100)).isEqualTo(3); // 2.5 rounds up
        assertThat(Capacity.ofShare(0.05).resolve(129)).isEqualTo(6); // 6.45 rounds down
        assertThat(Capacity.ofShare(1.0).resolve(7)).isEqualTo(7);
    }

    @Test
    void aTinyShareStillSelectsOnePerson() {
        assertThat(Capacity.ofShare(0.001).resolve(10)).isEqualTo(1);
    }

    @Test
    void refusesBothOrNeitherWithAClearMessage() {
        assertThatThrownBy(() -> new Capacity(10, 0.1))
                .hasMessage("capacity: set exactly one of count or share (both were set: count 10, share 0.1)");
        assertThatThrownBy(() -> new Capacity(null, null))
                .hasMessage("capacity: set exactly one of count or share (neither was set)");
    }

    @Test
    void refusesACountBelowOneAndAShareOutsideZeroToOne() {
        assertThatThrownBy(() -> Capacity.ofCount(0)).hasMessage("capacity.count: must be at least 1, got 0");
        assertThatThrownBy(() -> Capacity.ofShare(0.0))
                .hasMessage("capacity.share: must be greater than 0 and at most 1, got 0.0");
        assertThatThrownBy(() -> Capacity.ofShare(1.5))
                .hasMessage("capacity.share: must be greater than 0 and at most 1, got 1.5");
        assertThatThrownBy(() -> Capacity.ofShare(Double.NaN))
                .hasMessage("capacity.share: must be greater than 0 and at most 1, got NaN");
    }

    @Test
    void refusesAnEmptyPopulation() {
        assertThatThrownBy(() -> Capacity.ofCount(5).resolve(0))
                .hasMessage("capacity: the population must hold at least 1 person, got 0");
    }

    @Test
    void describesItselfForReports() {
        assertThat(Capacity.ofCount(500).describe()).isEqualTo("500 per year");
        assertThat(Capacity.ofShare(0.05).describe()).isEqualTo("5% of the population");
        assertThat(Capacity.ofShare(0.025).describe()).isEqualTo("2.5% of the population");
    }

    @Test
    void readsAndWritesJsonWithOnlyTheFieldThatIsSet() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.writeValueAsString(Capacity.ofShare(0.05))).isEqualTo("{\"share\":0.05}");
        assertThat(mapper.readValue("{\"count\":250}", Capacity.class)).isEqualTo(Capacity.ofCount(250));
    }
}
