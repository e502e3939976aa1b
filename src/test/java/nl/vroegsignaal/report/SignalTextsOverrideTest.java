package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vroegsignaal.explain.SignalLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A municipality's own wording of the signal list ({@code signaallijst.*} in its texts file) reaches the files. */
class SignalTextsOverrideTest {

    @Test
    void aMunicipalitysOwnWordingReachesTheWrittenListEscapedInItsHtml(@TempDir Path dir) throws Exception {
        Path own = dir.resolve("teksten-gemeente.yaml");
        Files.writeString(own, """
                signaallijst:
                  wat_het_is:
                    besluit: "Een signaal is <geen> besluit & geen oordeel."
                  toelichting:
                    alleen_context: "Alleen leeftijd en school: bespreek met team \\"Jeugd\\"."
                  vernietigen: 'Vertrouwelijk "geheim" – versnipperen na gebruik'
                  pagina: "blad {pagina} (van {paginas})"
                  hoe_gemaakt:
                    doelgroep: "Jongeren van {leeftijd_van} t/m {leeftijd_tot} jaar in onze gemeente."
                """);
        Path out = dir.resolve("lijsten");
        SignalFiles.write(new SignalLists(List.of(SignalListFixture.list(40))), out, Texts.withOverrides(own));

        String html = Files.readString(out.resolve("signalen-leerplicht.html"));
        assertThat(html).contains("<p class=\"besluit\">Een signaal is &lt;geen&gt; besluit &amp; geen oordeel.</p>",
                        "<td>Alleen leeftijd en school: bespreek met team \"Jeugd\".</td>",
                        "@bottom-left { content: \"Vertrouwelijk \\\"geheim\\\" \\2013  versnipperen na gebruik\";",
                        "Jongeren van 12 t/m 22 jaar in onze gemeente.",
                        "@bottom-right { content: \"blad \" counter(page) \" (van \" counter(pages) \")\";")
                .doesNotContain("Een signaal is geen besluit.", "<geen>", "vernietigen na gebruik");
        String json = Files.readString(out.resolve("signalen-leerplicht.json"));
        assertThat(json).contains("\"Een signaal is <geen> besluit & geen oordeel.\"",
                "\"toelichting\": \"Alleen leeftijd en school: bespreek met team \\\"Jeugd\\\".\"");
        String csv = Files.readString(out.resolve("signalen-leerplicht.csv"));
        assertThat(csv).contains(",\"Alleen leeftijd en school: bespreek met team \"\"Jeugd\"\".\"\n")
                .doesNotContain("alleen leeftijd, opleiding en leerjaar verhogen");
    }

    @Test
    void theBuiltInWordingKeepsTheFactsTheProgramKnowsAsPlaces() {
        String html = SignalHtml.render(SignalListFixture.list(40));
        assertThat(html).contains("De doelgroep: jongeren van 12 tot en met 22 jaar die op de peildatum",
                "@bottom-left { content: \"Vertrouwelijk \\2013  vernietigen na gebruik\";",
                "bij een jongere onder de 18, met de ouders.");
        assertThat(Texts.builtIn().unfilled("signaallijst.hoe_gemaakt.doelgroep"))
                .contains("{leeftijd_van} tot en met {leeftijd_tot}").doesNotContain("12", "22");
    }
}
