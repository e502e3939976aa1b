package nl.vroegsignaal.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The random stream's draw: the list keeps its capacity and its top, the rest is a uniform draw from the strip. */
class RandomStreamTest {
    private static final LocalDate P = LocalDate.of(2025, 10, 1);
    private static final int N = 500;
    private static final String[] PSEUDONYMS = IntStream.range(0, N).mapToObj(i -> String.format("P%015d", i))
            .toArray(String[]::new);
    /** Positions in rank order: here simply 0, 1, 2, ... */
    private static final int[] RANKED = IntStream.range(0, N).toArray();

    @Test
    void theTopStaysAndThePlacesAreDrawnFromTheStripJustBelow() {
        RandomStream stream = new RandomStream(0.1, 1.0, 42, "test");
        RandomStream.Chosen c = stream.choose(RANKED, 100, "rmc", P, AgeBand.RMC, PSEUDONYMS);
        assertThat(c.positions()).hasSize(100);
        assertThat(Arrays.copyOf(c.positions(), 90)).isEqualTo(IntStream.range(0, 90).toArray());
        int[] drawn = Arrays.copyOfRange(c.positions(), 90, 100);
        assertThat(Arrays.stream(drawn).allMatch(i -> i >= 90 && i < 190)).isTrue();
        assertThat(drawn).isSorted();
        assertThat(c.draw().drawn()).isEqualTo(10);
        assertThat(c.draw().members()).hasSize(100);
        assertThat(c.draw().members().get(0).pseudonym()).isEqualTo(PSEUDONYMS[90]);
        assertThat(c.draw().seed()).isEqualTo(stream.seedFor(P, AgeBand.RMC));
        // the same seed draws the same; another peildatum or band draws otherwise
        assertThat(stream.choose(RANKED, 100, "rmc", P, AgeBand.RMC, PSEUDONYMS).positions()).isEqualTo(c.positions());
        assertThat(stream.seedFor(P, AgeBand.LEERPLICHT)).isNotEqualTo(c.draw().seed());
        assertThat(stream.seedFor(P.plusYears(1), AgeBand.RMC)).isNotEqualTo(c.draw().seed());
    }

    @Test
    void everyoneOfTheStripIsDrawnWithTheSameChance() {
        int[] times = new int[N];
        int runs = 4_000;
        for (int seed = 0; seed < runs; seed++) {
            RandomStream.Chosen c = new RandomStream(0.1, 1.0, seed, "test").choose(RANKED, 100, "rmc", P,
                    AgeBand.RMC, PSEUDONYMS);
            for (int i = 90; i < 100; i++) {
                times[c.positions()[i]]++;
            }
        }
        // each of the 100 in the strip: expected 10% of the runs (400), binomial sd 19; all within 5 sd
        for (int i = 90; i < 190; i++) {
            assertThat(times[i]).as("times person %d was drawn", i).isBetween(305, 495);
        }
        assertThat(IntStream.range(190, N).map(i -> times[i]).sum()).isZero();
    }

    @Test
    void aListTooShortToDrawFromIsThePlainSelection() {
        RandomStream stream = new RandomStream(0.05, 1.0, 1, "test");
        RandomStream.Chosen small = stream.choose(RANKED, 9, "rmc", P, AgeBand.RMC, PSEUDONYMS); // 0.45 rounds to 0
        assertThat(small.draw()).isNull();
        assertThat(small.positions()).isEqualTo(IntStream.range(0, 9).toArray());
        assertThatThrownBy(() -> new RandomStream(0.6, 2.0, 1, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
