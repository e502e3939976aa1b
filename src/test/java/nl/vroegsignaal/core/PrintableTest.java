package nl.vroegsignaal.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void controlAndFormatCharactersBecomeEscapes() {
        assertThat(Printable.escape("ziek\u001b[2J\u0000\u202e")).isEqualTo("ziek\\u001B[2J\\u0000\\u202E");
        assertThat(Printable.escape("a\r\nb\tc")).isEqualTo("a\\r\\nb\\tc");
        assertThat(Printable.escape("geen probleem: é ü")).isEqualTo("geen probleem: é ü");
    }

    @Test
    void everyPrintedInputErrorIsEscaped() {
        assertThat(new InputError("x\u001b.csv", 3, "c\u0007", "bad \u0000 value").toString())
                .isEqualTo("x\\u001B.csv:3: column c\\u0007: bad \\u0000 value");
    }
}
