package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser check itself must see what it claims to see, or the report tests prove nothing. */
class BrowserCheckTest {

    @Test
    void reportsConsoleErrorsNetworkRequestsAndPageContent(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<!doctype html><html><head><meta charset=utf-8>"
                + "<link rel=stylesheet href=\"http://127.0.0.1:9/x.css\"></head><body><table><tbody>"
                + "<tr><td>a</td></tr><tr><td>b</td></tr></tbody></table>"
                + "<script>console.error('kapot');</script></body></html>");
        try (BrowserCheck browser = BrowserCheck.start()) {
            BrowserCheck.PageLoad load = browser.load(page);
            assertThat(load.consoleErrors()).anySatisfy(e -> assertThat(e).contains("kapot"));
            assertThat(load.requests()).containsExactly("http://127.0.0.1:9/x.css");
            assertThat(browser.evaluate("document.querySelectorAll('tbody tr').length").asInt()).isEqualTo(2);
            Path png = dir.resolve("shot.png");
            browser.screenshot(png);
            assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
    }

    @Test
    void aCleanSelfContainedPageHasNoErrorsAndNoRequests(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("clean.html");
        Files.writeString(page, "<!doctype html><html><head><meta charset=utf-8><style>p{color:#333}</style></head>"
                + "<body><p>Een signaal is geen besluit.</p><svg width=\"10\" height=\"10\"><rect width=\"5\" height=\"5\"/></svg>"
                + "</body></html>");
        try (BrowserCheck browser = BrowserCheck.start()) {
            BrowserCheck.PageLoad load = browser.load(page);
            assertThat(load.consoleErrors()).isEmpty();
            assertThat(load.requests()).isEmpty();
            assertThat(browser.printA4(dir.resolve("clean.pdf"))).isEqualTo(1);
        }
    }

    @Test
    void withoutChromiumTheConsoleSaysTheBrowserTestsAreSkipped(@TempDir Path dir) {
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        BrowserCheck.forgetTold();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BrowserCheck.chromium(List.of(dir.resolve("chromium")),
                false, new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(org.opentest4j.TestAbortedException.class);
        assertThat(console.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("BROWSER TESTS SKIPPED",
                "apt-get install chromium");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BrowserCheck.chromium(List.of(dir.resolve("chromium")),
                true, System.err)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void chromiumIsFoundWhereItIsInstalled() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")));
        assertThat(BrowserCheck.chromium(List.of(Path.of("/usr/bin/chromium")), false, System.err))
                .isEqualTo(Path.of("/usr/bin/chromium"));
    }
}
