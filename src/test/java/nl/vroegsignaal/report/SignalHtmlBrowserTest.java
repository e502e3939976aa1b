package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import nl.vroegsignaal.explain.SignalList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page as a case worker's browser shows and prints it; the screenshot is kept for people to look at. */
class SignalHtmlBrowserTest {
    private static final Path ARTIFACTS = Paths.get("target", "test-artifacts");

    @Test
    void opensWithEveryRowNoErrorsNoNetworkAndPrintsOnA4(@TempDir Path dir) throws Exception {
        SignalList list = SignalListFixture.list(60);
        Path html = dir.resolve("signalen-leerplicht.html");
        SignalHtml.write(list, html);
        try (BrowserCheck browser = BrowserCheck.start()) {
            BrowserCheck.PageLoad load = browser.load(html);
            assertThat(load.consoleErrors()).isEmpty();
            assertThat(load.requests()).isEmpty();
            assertThat(browser.evaluate("document.querySelectorAll('table tbody tr').length").asInt()).isEqualTo(60);
            assertThat(browser.evaluate("document.querySelector('p.besluit').textContent").asText())
                    .isEqualTo("Een signaal is geen besluit.");
            assertThat(browser.evaluate("document.scripts.length + document.images.length").asInt()).isZero();
            Files.createDirectories(ARTIFACTS);
            int pages = browser.printA4(ARTIFACTS.resolve("signalen.pdf"));
            assertThat(pages).isGreaterThan(1);
            browser.screenshot(ARTIFACTS.resolve("signalen.png"));
        }
        assertThat(Files.size(ARTIFACTS.resolve("signalen.png"))).isPositive();
    }
}
