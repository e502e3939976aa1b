package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalHtmlTest {

    @Test
    void opensWithWhatTheListIsAndIsNotThenTheListThenItsProvenance(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("signalen-leerplicht.html");
        SignalHtml.write(SignalListFixture.list(40), file);
        String html = Files.readString(file);
        int notADecision = html.indexOf("<p class=\"besluit\">Een signaal is geen besluit.</p>");
        int table = html.indexOf("<table>");
        int footer = html.indexOf("<footer>");
        assertThat(notADecision).isPositive().isLessThan(table);
        assertThat(table).isLessThan(footer);
        assertThat(html).contains("<html lang=\"nl\">",
                "<h1>Signaallijst voortijdig schoolverlaten: Leerplicht (jonger dan 18 jaar)</h1>",
                "Peildatum 1 oktober 2025 \u00b7 40 van de 1500 jongeren",
                "Van elke 100 jongeren op deze lijst verlaten er naar verwachting ongeveer 23 de school zonder "
                        + "startkwalificatie",
                "Op deze lijst van 40 jongeren zijn dat er ongeveer 9.",
                "Risico 12% betekent: van 100 jongeren met dit risico verlaten er ongeveer 12 de school zonder "
                        + "startkwalificatie.",
                "Geslacht en herkomst gebruikt het model niet. De wijk waar iemand woont, is nooit een reden op "
                        + "deze lijst. Het model telt de wijk wel mee in het risico.",
                "Maak geen kopieën en vernietig de lijst na gebruik",
                "logistische regressie, model 'vsv-2025'",
                "Gebruikte gegevens: inschrijvingen op school (DUO), basisgegevens (leeftijd, wijk), verzuimmeldingen "
                        + "(leerplicht).",
                "model.sha256: abababababab</p>", "seed: 42</p>", "version: 0.1.0</p>",
                "<h2>Wat kunt u doen</h2>", "Niet op deze lijst: redenen over jeugdreclassering en schuldhulp van het "
                        + "huishouden. De privacy officer heeft besloten",
                "(besluit: besluit privacy officer 12 maart)");
        assertThat(Pattern.compile("<tr><td class=\"getal\">").matcher(html).results().count()).isEqualTo(40);
        // the smallest risk reads "<1%", escaped
        assertThat(html).contains("<td class=\"getal\">&lt;1%</td>");
        // context columns, an empty notes cell per person, the mark of who is already in view
        assertThat(html).contains("<td class=\"pseudoniem\"><span>PSEU</span><span>DOl1</span><span>I0O0</span>"
                + "<span>0003</span></td><td class=\"getal\">56%</td><td class=\"getal\">15</td><td>12AB</td>"
                + "<td>VMBO-BB</td><td class=\"getal\">4</td><td><span class=\"inbeeld\">Al in beeld: traject "
                + "leerplicht</span>");
        assertThat(Pattern.compile("<td class=\"notities\"></td></tr>").matcher(html).results().count())
                .isEqualTo(40);
        assertThat(html).contains("Geen reden om te bespreken: alleen leeftijd, opleiding en leerjaar verhogen het "
                + "risico.");
    }

    @Test
    void personsAlreadyInViewCanHaveASectionOfTheirOwn() {
        String html = SignalHtml.render(SignalListFixture.list(40, nl.vroegsignaal.explain.KnownPersons.Placement.SECTION));
        int list = html.indexOf("<section id=\"lijst\">");
        int known = html.indexOf("<section id=\"alInBeeld\">");
        assertThat(list).isPositive().isLessThan(known);
        String main = html.substring(list, known);
        String apart = html.substring(known);
        assertThat(main).doesNotContain("Al in beeld: traject");
        // ranks 4, 11, 18, 25, 32, 39 keep their rank in the section of their own
        assertThat(Pattern.compile("<span class=\"inbeeld\">").matcher(apart).results().count()).isEqualTo(6);
        assertThat(apart).contains("<tr><td class=\"getal\">11</td>");
    }

    @Test
    void isSelfContainedAndPrintableOnA4(@TempDir Path dir) throws Exception {
        String html = SignalHtml.render(SignalListFixture.list(10));
        assertThat(html).doesNotContain("http://", "https://", "<script", "<img", "@import", "url(", "@font-face");
        assertThat(html).contains("@page { size: A4 landscape;", "@top-left { content: \"VERTROUWELIJK\";",
                "@top-center { content: \"Leerplicht (jonger dan 18 jaar)\";",
                "@top-right { content: \"Peildatum 1 oktober 2025\";",
                "content: \"pagina \" counter(page) \" van \" counter(pages);", "@media print",
                "thead { display: table-header-group; }", "break-inside: avoid", "td.pseudoniem { white-space: nowrap; }");
        assertThat(html).doesNotContain("break-all");
    }

    @Test
    void theSameListGivesTheSameBytesInAnOwnerOnlyFile(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("a/" + "signalen-leerplicht.html");
        Path two = dir.resolve("b/" + "signalen-leerplicht.html");
        SignalHtml.write(SignalListFixture.list(30), one);
        SignalHtml.write(SignalListFixture.list(30), two);
        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(one))).isEqualTo("rw-------");
    }

    @Test
    void escapesMarkupInTexts() {
        assertThat(SignalHtml.esc("<b>\"x\" & 'y'</b>")).isEqualTo("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;");
    }
}
