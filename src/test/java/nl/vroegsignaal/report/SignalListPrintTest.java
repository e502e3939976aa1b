package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import nl.vroegsignaal.explain.KnownPersons;
import nl.vroegsignaal.explain.Signal;
import nl.vroegsignaal.explain.SignalList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list as it comes out of a printer: headless Chromium prints the page to PDF (A4, the page's own CSS, no
 * browser header or footer) and every page of the PDF is read back as text.
 */
class SignalListPrintTest {
    private static final Path ARTIFACTS = Paths.get("target", "test-artifacts");

    @Test
    void everyPrintedPageCarriesTheMarkingTheListThePeildatumAndItsPageNumberAndTheTableHeader(@TempDir Path dir)
            throws Exception {
        SignalList list = SignalListFixture.list(150, KnownPersons.Placement.SECTION);
        Path html = dir.resolve("signalen-leerplicht.html");
        SignalHtml.write(list, html);
        ChromiumPdf.Printed pdf = ChromiumPdf.print(html, ARTIFACTS.resolve("signalen-leerplicht.pdf"));
        List<String> pages = pdf.pages();
        int n = pages.size();
        // 150 rows at about 10 to 20 rows a page, after two or three pages of explanation
        assertThat(n).isBetween(6, 20);
        Pattern row = Pattern.compile("(?m)^ *\\d+ +PSEU ");
        for (int i = 0; i < n; i++) {
            String page = pages.get(i);
            assertThat(page).as("page %d", i + 1).contains("VERTROUWELIJK", "Leerplicht (jonger dan 18 jaar)",
                    "Peildatum 1 oktober 2025", "pagina " + (i + 1) + " van " + n);
            if (row.matcher(page).find()) {
                assertThat(page).as("page %d repeats the table header", i + 1)
                        .containsPattern("Rang +Pseudoniem +Risico +Leeftijd");
            }
        }
        assertThat(pages.get(0)).contains("Een signaal is geen besluit.");
        assertThat(String.join("\n", pages)).contains("Wat kunt u doen", "Al in beeld: eerst overleggen");
        // every pseudonym is printed whole, on one line, in its groups of four, in a font that tells 1/l/I and
        // 0/O apart
        String all = String.join("\n", pages);
        for (Signal s : list.signals()) {
            String p = s.pseudonym();
            String grouped = p.substring(0, 4) + " " + p.substring(4, 8) + " " + p.substring(8, 12) + " "
                    + p.substring(12);
            assertThat(all).as("rank %d", s.rank()).containsPattern(Pattern.compile("(?m)^ *" + s.rank() + " +"
                    + Pattern.quote(grouped) + " "));
        }
        assertThat(pdf.fonts()).contains("DejaVuSansMono");
    }
}
