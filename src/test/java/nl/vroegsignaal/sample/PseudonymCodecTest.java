package nl.vroegsignaal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import nl.vroegsignaal.contract.Pseudonyms;
import org.junit.jupiter.api.Test;

/** Pseudonyms: 16 letters and digits, never a BSN-like number, distinct per person, fixed by the seed. */
class PseudonymCodecTest {

    @Property
    void everyPseudonymIsSixteenLettersOrDigitsAndNeverLooksLikeABsn(@ForAll long seed,
                                                                      @ForAll @LongRange(min = 0, max = 100_000_000) long index) {
        String p = new PseudonymCodec(seed).of(index);
        assertThat(p).matches("[A-Za-z0-9]{16}");
        assertThat(Pseudonyms.isWellFormed(p)).isTrue();
        assertThat(Pseudonyms.looksLikeBsn(p)).isFalse();
    }

    @Property
    void twoPersonsNeverShareAPseudonym(@ForAll long seed, @ForAll @LongRange(min = 0, max = 10_000_000) long a,
                                        @ForAll @LongRange(min = 0, max = 10_000_000) long b) {
        Assume.that(a != b);
        PseudonymCodec codec = new PseudonymCodec(seed);
        assertThat(codec.of(a)).isNotEqualTo(codec.of(b));
    }

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
