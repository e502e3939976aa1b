package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextsTest {
    /** A key as the code names it: {@code text("modelkaart.gebruik.tekst"} or a section {@code "modelkaart."+key}. */
    private static final Pattern USE = Pattern.compile("\\btext\\(\\s*\"([a-z0-9_.]*[a-z0-9_])\"\\s*[,)]");
    private static final Pattern SECTION = Pattern.compile("section\\(t, \"([a-z0-9_]+)\"");

    private static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String root : new String[] {"src/main/java", "src/main/jte"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    all.append(Files.readString(f)).append('\n');
                }
            }
        }
        return all.toString();
    }

    /** Keys the code asks for: literal keys, and the heading key of each model card section. */
    private static Set<String> usedKeys(String sources) {
        Set<String> used = new TreeSet<>();
        Matcher m = USE.matcher(sources);
        while (m.find()) {
            used.add(m.group(1));
        }
        Matcher s = SECTION.matcher(sources);
        while (s.find()) {
            used.add("modelkaart." + s.group(1) + ".kop");
        }
        return used;
    }

    @Test
    void everyTextKeyIsUsedAndEveryUsedKeyIsDefined() throws IOException {
        Set<String> used = usedKeys(mainSources());
        Set<String> defined = new TreeSet<>(Texts.builtIn().keys());
        assertThat(used).as("keys the code uses").isNotEmpty();
        assertThat(defined).as("keys in teksten.yaml that no code uses").containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void theEnglishTextsHaveTheKeysAndPlacesOfTheirDutchOnes() {
        Texts nl = Texts.builtIn();
        Texts en = Texts.english();
        Set<String> dutch = new TreeSet<>();
        nl.keys().stream().filter(k -> k.startsWith("opvolging.")).forEach(dutch::add);
        assertThat(dutch).hasSizeGreaterThan(40);
        assertThat(new TreeSet<>(en.keys())).containsExactlyElementsOf(dutch);
        for (String key : dutch) {
            assertThat(Texts.places(en.unfilled(key))).as(key).isEqualTo(Texts.places(nl.unfilled(key)));
        }
    }

    @Test
    void fillsNamedPlaces() {
        String text = Texts.builtIn().text("modelkaart.ethiek.kleine_aantallen", "minimum", 10);
        assertThat(text).isEqualTo("Aantallen onder 10 staan niet in de verslagen.");
    }

    @Test
    void anUnfilledPlaceIsAProgrammingError() {
        assertThatThrownBy(() -> Texts.builtIn().text("modelkaart.ethiek.kleine_aantallen"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{minimum}");
    }

    @Test
    void aMunicipalityFileChangesOnlyTheTextsItNames(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("teksten.yaml");
        Files.writeString(own, """
                modelkaart:
                  ethiek:
                    kleine_aantallen: "Wij tonen geen aantallen kleiner dan {minimum}."
                """);
        Texts texts = Texts.withOverrides(own);
        assertThat(texts.text("modelkaart.ethiek.kleine_aantallen", "minimum", 10))
                .isEqualTo("Wij tonen geen aantallen kleiner dan 10.");
        assertThat(texts.text("modelkaart.titel")).isEqualTo(Texts.builtIn().text("modelkaart.titel"));
        assertThat(texts.keys()).isEqualTo(Texts.builtIn().keys());
    }

    @Test
    void unknownKeysPlacesAndNonTextAreErrorsWithTheirLine(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("teksten.yaml");
        Files.writeString(own, """
                modelkaart:
                  titel: "Kaart"
                  ethiek:
                    kleine_aantalen: "typo"
                    pseudoniemen: "Alleen {bsn}"
                  gebruik:
                    doel: 12
                """);
        assertThatThrownBy(() -> Texts.withOverrides(own)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).errors()).extracting(InputError::toString)
                        .containsExactlyInAnyOrder(
                                own + ":4: unknown text key modelkaart.ethiek.kleine_aantalen (the keys are those "
                                        + "of the built-in teksten.yaml, see src/site/texts.md)",
                                own + ":5: modelkaart.ethiek.pseudoniemen: unknown place {bsn} (this text has none)",
                                own + ":7: modelkaart.gebruik.doel: must be text (put it in quotes), got 12"));
    }

    @Test
    void aMissingFileIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> Texts.withOverrides(dir.resolve("nope.yaml"))).isInstanceOf(InputException.class)
                .hasMessageContaining("not found");
    }
}
