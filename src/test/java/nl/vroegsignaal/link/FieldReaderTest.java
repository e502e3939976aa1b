package nl.vroegsignaal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.vroegsignaal.contract.Pseudonyms;
import org.junit.jupiter.api.Test;

class FieldReaderTest {
    private static boolean byteCheck(String s) {
        byte[] b = ("#" + s + "#").getBytes(StandardCharsets.ISO_8859_1);
        return PseudonymBytes.isWellFormed(b, 1, b.length - 1);
    }

    @Test
    void bytePseudonymCheckAgreesWithTheContractForEveryByteValue() {
        for (int c = 0; c < 256; c++) {
            String s = "Abc_12-" + (char) c;
            assertThat(byteCheck(s)).as("byte %d", c).isEqualTo(Pseudonyms.isWellFormed(s));
        }
    }

    @Test
    void bytePseudonymCheckAgreesWithTheContractOnLength() {
        for (int n = 0; n <= 70; n++) {
            String s = "x".repeat(n);
            assertThat(byteCheck(s)).as("length %d", n).isEqualTo(Pseudonyms.isWellFormed(s));
        }
    }

    @Test
    void spellsABrinNumberBackAsItsCode() {
        for (String code : new String[] {"0000", "12AB", "99ZZ", "ZZZZ", "00A1"}) {
            int v = 0;
            for (char c : code.toCharArray()) {
                v = v * 36 + Character.digit(c, 36);
            }
            assertThat(FieldReader.brinCode(v)).isEqualTo(code);
        }
    }

    @Test
    void quotesAValueButNeverOneHoldingABsnLikeNumber() {
        assertThat(ShownValues.quote("ziek")).isEqualTo("'ziek' ");
        assertThat(ShownValues.quote("x111222333")).isEqualTo("(value not shown: it looks like a BSN) ");
        assertThat(ShownValues.quote("1112223334")).as("10 digits is not a BSN").isEqualTo("'1112223334' ");
        assertThat(ShownValues.quote("111222334")).as("fails the elfproef").isEqualTo("'111222334' ");
    }

    @Test
    void shortensALongValueAndEscapesLineBreaks() {
        assertThat(ShownValues.quote("a".repeat(50))).isEqualTo("'" + "a".repeat(40) + "...' ");
        assertThat(ShownValues.quote("a\r\nb\tc")).isEqualTo("'a\\r\\nb\\tc' ");
    }
}
