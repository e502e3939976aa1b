package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import nl.vroegsignaal.pipeline.SampleAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit page as a privacy officer's browser shows and prints it; the screenshot is kept to look at. */
class FairnessHtmlBrowserTest {
    private static final Path ARTIFACTS = Paths.get("target", "test-artifacts");

    @Test
    void opensWithItsTablesAndChartsNoErrorsNoNetworkAndPrintsOnA4(@TempDir Path dir) throws Exception {
        AuditReport report = SampleAudit.result().report();
        Path html = AuditFiles.write(report, dir).get(1);
        int groups = report.audit().attributes().stream().mapToInt(a -> a.groups().size() + 1).sum();
        try (BrowserCheck browser = BrowserCheck.start()) {
            BrowserCheck.PageLoad load = browser.load(html);
            assertThat(load.consoleErrors()).isEmpty();
            assertThat(load.requests()).isEmpty();
            assertThat(browser.evaluate("document.querySelectorAll('table.groepen tbody tr').length").asInt())
                    .isEqualTo(groups);
            assertThat(browser.evaluate("document.querySelectorAll('#proxytabel tbody tr').length").asInt())
                    .isEqualTo(report.proxies().features().size());
            assertThat(browser.evaluate("document.querySelectorAll('#kenmerktabel tbody tr').length").asInt())
                    .isEqualTo(report.facts().features().size());
            // three charts per grouping, each naming every group of it as text (readable by a screen reader)
            assertThat(browser.evaluate("document.querySelectorAll('figure svg').length").asInt())
                    .isEqualTo(3 * report.audit().attributes().size());
            String chartText = browser.evaluate("Array.from(document.querySelectorAll('figure svg text'))"
                    + ".map(t => t.textContent).join('|')").asText();
            for (var a : report.audit().attributes()) {
                for (var g : a.groups()) {
                    assertThat(chartText).contains(FairnessTexts.groupName(g.group()));
                }
            }
            assertThat(chartText).contains("iedereen samen");
            assertThat(browser.evaluate("document.querySelector('#samenvatting h2').textContent").asText())
                    .isEqualTo("Samenvatting");
            assertThat(browser.evaluate("document.scripts.length + document.images.length").asInt()).isZero();
            Files.createDirectories(ARTIFACTS);
            assertThat(browser.printA4(ARTIFACTS.resolve("fairness.pdf"))).isGreaterThan(3);
            browser.screenshot(ARTIFACTS.resolve("fairness.png"));
        }
        assertThat(Files.size(ARTIFACTS.resolve("fairness.png"))).isPositive();
    }
}
