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
            // The names are split so that this file does not match itself.
            String jqwikApi = "import net.jqwik" + ".api.";
            boolean jqwik = s.contains(jqwikApi + "Property;") || s.contains(jqwikApi + "Example;")
                    || s.contains(jqwikApi + "*;");
            String jupiterApi = "import org.junit" + ".jupiter.";
            boolean jupiter = s.contains(jupiterApi + "api.Test;") || s.contains(jupiterApi + "params.ParameterizedTest;")
                    || s.contains(jupiterApi + "api.RepeatedTest;") || s.contains(jupiterApi + "api.TestFactory;");
            return jqwik && jupiter;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
