package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vroegsignaal.features.Catalogue;
import nl.vroegsignaal.features.FeatureDefinition;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code src/site/feature-catalogue.md} in step with the catalogue in code. When a definition changes on
 * purpose, regenerate the file with {@value FeatureCatalogueMarkdown#REFRESH} and commit it.
 */
class FeatureCatalogueDocTest {
    private static final Path DOC = Path.of(System.getProperty("basedir", "."), "src", "site", "feature-catalogue.md");

    @Test
    void siteDocumentIsGeneratedFromTheCurrentCatalogue() throws IOException {
        String expected = FeatureCatalogueMarkdown.render(Catalogue.current());
        if (Boolean.getBoolean("catalogue.refresh")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("missing; create it with: " + FeatureCatalogueMarkdown.REFRESH).exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("src/site/feature-catalogue.md is out of date; refresh with: " + FeatureCatalogueMarkdown.REFRESH)
                .isEqualTo(expected);
    }

    @Test
    void documentNamesEveryFeatureWithItsDutchJustification() {
        String md = FeatureCatalogueMarkdown.render(Catalogue.current());
        for (FeatureDefinition f : Catalogue.current().features()) {
            assertThat(md).contains("`" + f.name() + "`", f.justificationNl());
        }
        assertThat(md).contains("Catalogue version " + Catalogue.VERSION);
    }
}
