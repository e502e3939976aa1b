package nl.vroegsignaal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import nl.vroegsignaal.contract.Pseudonyms;

/** The jqwik properties of {@link PseudonymCodecTest}, apart so that each test class runs under one engine (one report). */
class PseudonymCodecPropertiesTest {
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
}
