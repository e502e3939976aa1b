package nl.vroegsignaal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import nl.vroegsignaal.contract.Pseudonyms;
import org.junit.jupiter.api.Test;

/** Pseudonyms: 16 letters and digits, never a BSN-like number, distinct per person, fixed by the seed. */
class PseudonymCodecTest {

    @Test
    void theFirstMillionPersonsHaveDistinctPseudonyms() {
        PseudonymCodec codec = new PseudonymCodec(SampleOptions.DEFAULT_SEED);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000_000; i++) {
            seen.add(codec.of(i));
        }
        assertThat(seen).hasSize(1_000_000);
    }

    @Test
    void theSeedDecidesThePseudonyms() {
        assertThat(new PseudonymCodec(1).of(42)).isEqualTo(new PseudonymCodec(1).of(42))
                .isNotEqualTo(new PseudonymCodec(2).of(42));
    }
}
