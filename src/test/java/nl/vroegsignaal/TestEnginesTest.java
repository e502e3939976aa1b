package nl.vroegsignaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Surefire writes one XML report per test class and engine into the same file name, so a class with both
 * jqwik properties and JUnit Jupiter tests loses one engine's results from its report (the console counted
 * 592 tests, the reports 552). Each test class therefore runs under one engine.
 */
class TestEnginesTest {
    @Test
    void noTestClassMixesJqwikPropertiesWithJupiterTests() throws IOException {
        List<String> mixed;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            mixed = files.filter(p -> p.toString().endsWith(".java")).filter(TestEnginesTest::mixesEngines)
                    .map(Path::toString).sorted().toList();
        }
        assertThat(mixed).as("split the @Property methods into a ...PropertiesTest class").isEmpty();
    }

    private static boolean mixesEngines(Path file) {
        try {
            String s = Files.readString(file);
            boolean jqwik = s.contains("import net.jqwik.api.Property;") || s.contains("import net.jqwik.api.Example;")
                    || s.contains("import net.jqwik.api.*;");
            boolean jupiter = s.contains("import org.junit.jupiter.api.Test;") || s.contains("@ParameterizedTest")
                    || s.contains("@RepeatedTest") || s.contains("@TestFactory");
            return jqwik && jupiter;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
