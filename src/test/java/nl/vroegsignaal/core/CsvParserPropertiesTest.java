package nl.vroegsignaal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The jqwik properties of {@link CsvParserTest}, apart so that each test class runs under one engine (one report). */
class CsvParserPropertiesTest {
    @Property(tries = 300)
    void aTinyBufferGivesTheSameRecordsAsALargeOne(@ForAll("csv") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(CsvParserTest.parse(bytes, 4, 1 << 16)).isEqualTo(CsvParserTest.parse(bytes, 1 << 16, 1 << 16));
    }

    @Provide
    Arbitrary<String> csv() {
        Arbitrary<String> field = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abc-19 é").ofMaxLength(12),
                Arbitraries.strings().withChars("ab,\"\n\r").ofMaxLength(8).map(s -> "\"" + s.replace("\"", "\"\"") + "\""));
        Arbitrary<String> record = field.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(",", l));
        return Arbitraries.oneOf(Arbitraries.just("\n"), Arbitraries.just("\r\n")).flatMap(eol ->
                record.list().ofMaxSize(20).map(l -> String.join(eol, l)));
    }
}
