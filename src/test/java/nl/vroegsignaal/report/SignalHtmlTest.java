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
        Path file = dir.resolve(SignalHtml.FILE);
        SignalHtml.write(SignalListFixture.list(40), file);
        String html = Files.readString(file);
        int notADecision = html.indexOf("<p class=\"besluit\">Een signaal is geen besluit.</p>");
        int table = html.indexOf("<table>");
        int footer = html.indexOf("<footer>");
        assertThat(notADecision).isPositive().isLessThan(table);
        assertThat(table).isLessThan(footer);
        assertThat(html).contains("<html lang=\"nl\">", "<h1>Signaallijst voortijdig schoolverlaten</h1>",
                "Peildatum 1 oktober 2025 \u00b7 40 van de 1500 jongeren",
                "Van elke 100 jongeren op deze lijst verlaten er naar verwachting ongeveer 23 de school zonder "
                        + "startkwalificatie",
                "Op deze lijst van 40 jongeren zijn dat er ongeveer 9.",
                "Risico 12% betekent: van 100 jongeren met dit risico verlaten er ongeveer 12 de school zonder "
                        + "startkwalificatie.",
                "Geslacht en herkomst gebruikt het model niet. De wijk waar iemand woont, is nooit een reden op "
                        + "deze lijst. Het model telt de wijk wel mee in het risico.",
                "Maak geen kopieën en vernietig de lijst na gebruik",
                "logistische regressie, model &#39;vsv-2025&#39;",
                "Gebruikte gegevens: inschrijvingen op school (DUO), basisgegevens (leeftijd, wijk), verzuimmeldingen "
                        + "(leerplicht).",
                "model.sha256: abababababab</p>", "seed: 42</p>", "version: 0.1.0</p>");
        assertThat(Pattern.compile("<tr><td class=\"getal\">").matcher(html).results().count()).isEqualTo(40);
        // the smallest risk reads "<1%", escaped
        assertThat(html).contains("<td class=\"getal\">&lt;1%</td>");
    }

    @Test
    void isSelfContainedAndPrintableOnA4(@TempDir Path dir) throws Exception {
        String html = SignalHtml.render(SignalListFixture.list(10));
        assertThat(html).doesNotContain("http://", "https://", "<script", "<img", "@import", "url(", "@font-face");
        assertThat(html).contains("@page { size: A4;", "@media print", "thead { display: table-header-group; }",
                "break-inside: avoid");
    }

    @Test
    void theSameListGivesTheSameBytesInAnOwnerOnlyFile(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("a/" + SignalHtml.FILE);
        Path two = dir.resolve("b/" + SignalHtml.FILE);
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
