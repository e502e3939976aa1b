package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.pipeline.AuditStage;
import nl.vroegsignaal.pipeline.SampleAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model card and the register entry written from the audit of the sample model. */
class AuditReportFilesTest {
    private static final AlgoritmeregisterRules RULES = AlgoritmeregisterRules.load();

    @Test
    void theRegisterEntryBreaksNoRuleOfTheStandard() {
        RegisterEntry entry = SampleAudit.result().registerEntry();
        assertThat(RULES.check(entry.fields())).isEmpty();
        assertThat(entry.fields()).containsEntry("organization", "Gemeente Voorbeeld")
                .containsEntry("lang", "nld").containsEntry("standard_version", "1.0");
    }

    @Test
    void withoutAnOrganisationTheEntryMarksWhatTheMunicipalityMustFillInAndStillPasses() {
        AuditStage.Result r = SampleAudit.result();
        RegisterEntry entry = RegisterEntry.build(new AuditFacts(Optional.empty(), r.facts().modelName(),
                r.facts().modelTypeNl(), r.facts().modelDescription(), r.facts().calibration(),
                r.facts().trainPeildata(), r.facts().validationPeildata(), r.facts().testPeildata(),
                r.facts().trainRows(), r.facts().testRows(), r.facts().capacityNl(), r.facts().testCapacity(),
                r.facts().listPeildatum(), r.facts().listCapacity(), r.facts().listPopulation(),
                r.facts().evaluation(), r.facts().features(), r.facts().seed(), r.facts().provenance()),
                r.audit(), r.proxies());
        assertThat(RULES.check(entry.fields())).isEmpty();
        Map<String, Object> f = entry.fields();
        assertThat(f.get("organization").toString()).startsWith("[IN TE VULLEN DOOR DE GEMEENTE: ");
        for (String field : List.of("contact_email", "lawful_basis", "impacttoetsen", "provider", "proportionality")) {
            assertThat(f.get(field).toString()).as(field).contains("[IN TE VULLEN DOOR DE GEMEENTE: ");
        }
    }

    @Test
    void aMunicipalitysOwnWordingReachesTheEntryEscapedInItsHtmlFields(@TempDir Path dir) throws Exception {
        Path own = dir.resolve("teksten-gemeente.yaml");
        Files.writeString(own, """
                register:
                  in_te_vullen:
                    maatregelen: "<b>maatregelen</b> & afspraken"
                  bestand:
                    verzuim: "meldingen van verzuim"
                  veld:
                    risks: "Risico's en maatregelen"
                """);
        AuditStage.Result r = SampleAudit.result();
        RegisterEntry entry = RegisterEntry.build(r.facts(), r.audit(), r.proxies(),
                Texts.withOverrides(own), Optional.empty());
        assertThat(entry.fields().get("risks").toString())
                .contains("[IN TE VULLEN DOOR DE GEMEENTE: &lt;b&gt;maatregelen&lt;/b&gt; &amp; afspraken]")
                .doesNotContain("<b>");
        assertThat(entry.fields().get("source_data").toString()).contains("verzuim.csv: meldingen van verzuim");
        assertThat(RULES.check(entry.fields())).isEmpty();
        assertThat(entry.markdown()).contains("## Risico's en maatregelen (`risks`)");
    }

    @Test
    void theEntryNamesEveryFeatureWithItsJustificationAndTheSourcesItRestsOn() {
        RegisterEntry entry = SampleAudit.result().registerEntry();
        String methods = entry.fields().get("methods_and_models").toString();
        String sources = entry.fields().get("source_data").toString();
        assertThat(entry.features()).hasSizeGreaterThan(25);
        for (FeatureDefinition d : entry.features()) {
            assertThat(methods).contains("<li>" + d.name() + ": ");
            assertThat(methods).contains(SignalHtml.esc(RegisterEntry.reasonOnly(d.justificationNl())));
        }
        assertThat(sources).contains("verzuim.csv", "Leerplichtwet 1969", "CBS");
        String md = entry.markdown();
        assertThat(md).contains("## Technische werking (`methods_and_models`)", "- **wijk** (personen.csv)")
                .doesNotContain("<li>", "<p>");
    }

    @Test
    void theModelCardHasTheSectionsOfMitchellEtAlFilledFromProvenanceAndAudit() {
        ModelCard card = SampleAudit.result().modelCard();
        assertThat(card.sections()).extracting(ModelCard.Section::heading).containsExactly("Modelgegevens",
                "Beoogd gebruik", "Niet bedoeld voor", "Factoren: voor welke groepen is gekeken", "Maten",
                "Evaluatiegegevens", "Trainingsgegevens", "Uitkomsten (kwantitatieve analyses)",
                "Ethische overwegingen", "Kanttekeningen en aanbevelingen");
        String md = card.markdown();
        assertThat(md).contains("Nooit automatische besluiten", "Nooit sancties", "logistische regressie",
                "1 oktober 2024, 1 oktober 2025", "Gemeente Voorbeeld", "Precisie op de lijst");
        for (String finding : FirstScreen.of(SampleAudit.result().report()).modelFindings()) {
            assertThat(md).contains(finding);
        }
    }

    @Test
    void eachFindingGetsAMarkedPlaceForTheMunicipalitysExplanation(@TempDir Path dir) throws Exception {
        AuditReport report = SampleAudit.result().report();
        AuditFiles.write(report, dir);
        String html = Files.readString(dir.resolve(FairnessHtml.FILE));
        String json = Files.readString(dir.resolve(FairnessJson.FILE));
        int modelFindings = report.audit().modelFindings().size();
        assertThat(count(html, "<td class=\"invullen\">[IN TE VULLEN DOOR DE GEMEENTE: ")).isEqualTo(modelFindings);
        assertThat(count(json, "\"verklaringGemeente\"")).isEqualTo(report.audit().findings().size());
        assertThat(html).contains("bias-analyse: meten, verklaren, beoordelen", "We maakten "
                + report.audit().comparisons().made() + " vergelijking", "Aantallen onder 10 tonen we niet");
    }

    @Test
    void fairnessJsonCarriesTheFindingsTheFirstScreenIsRenderedFrom(@TempDir Path dir) throws Exception {
        AuditReport report = SampleAudit.result().report();
        AuditFiles.write(report, dir);
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve(FairnessJson.FILE).toFile());
        com.fasterxml.jackson.databind.JsonNode findings = root.get("findings");
        assertThat(findings.isArray()).isTrue();
        assertThat(findings.size()).isEqualTo(report.audit().findings().size()).isPositive();
        FirstScreen screen = FirstScreen.of(report);
        List<String> model = new java.util.ArrayList<>();
        List<String> context = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode f : findings) {
            assertThat(f.fieldNames()).toIterable().contains("attribute", "group", "reference", "metric", "kind",
                    "ratio", "difference", "verdict");
            assertThat(f.get("kind").asText()).isIn("misjudged_risk", "missed_leavers", "list_share",
                    "follows_base_rate");
            (f.get("causedByModel").asBoolean() ? model : context).add(f.get("tekst").asText());
            // hidden figures use the disclosure module's one encoding: null with the reason beside it
            assertThat(f.toString()).doesNotContain("\"suppressed\"");
            for (String field : List.of("groupValue", "referenceValue", "ratio", "difference")) {
                assertThat(f.get(field).isObject() || nl.vroegsignaal.disclosure.DisclosureJson.isHidden(
                        (com.fasterxml.jackson.databind.node.ObjectNode) f, field)).as(field).isTrue();
            }
        }
        assertThat(model).isEqualTo(screen.modelFindings());
        for (String line : screen.context()) {
            assertThat(context.contains(line) || line.startsWith("En ")).as(line).isTrue();
        }
    }

    @Test
    void aMunicipalitysOwnFairnessWordingReachesTheFirstScreenOfFairnessHtml(@TempDir Path dir) throws Exception {
        Path own = dir.resolve("teksten-gemeente.yaml");
        Files.writeString(own, """
                fairness:
                  eerste_scherm:
                    register: "Zet dit in het algoritmeregister van Gemeente Voorbeeld & meld het aan de FG."
                """);
        AuditReport report = SampleAudit.result().report();
        String builtIn = Texts.builtIn().text("fairness.eerste_scherm.register");
        assertThat(FairnessHtml.render(report, Texts.builtIn())).contains(builtIn);
        AuditFiles.write(report, dir.resolve("audit"), Texts.withOverrides(own));
        String html = Files.readString(dir.resolve("audit").resolve(FairnessHtml.FILE));
        assertThat(html).contains("<li>Zet dit in het algoritmeregister van Gemeente Voorbeeld &amp; meld het aan de "
                + "FG.</li>").doesNotContain(builtIn);
    }

    @Test
    void theModelCardSaysInWordsHowScoresBecomeRisks() {
        Texts t = Texts.builtIn();
        assertThat(ModelCard.calibrationNl("platt", t)).startsWith("een vaste formule (Platt-schaling)")
                .endsWith("(platt)");
        assertThat(ModelCard.calibrationNl("platt-tail", t)).contains("de hoogste 3%").endsWith("(platt-tail)");
        assertThat(ModelCard.calibrationNl("isotonic", t)).contains("isotone regressie");
        assertThat(ModelCard.calibrationNl("anders", t)).isEqualTo("anders");
        assertThat(SampleAudit.result().report().modelCard().markdown())
                .contains("Kalibratie (van score naar kans): een vaste formule");
    }

    @Test
    void theFirstScreenAvoidsTheOldWording() {
        String html = FairnessHtml.render(SampleAudit.result().report(), Texts.builtIn());
        assertThat(html).doesNotContain("bij buiten Europa", "Klopt het risico?", "selectieratio", "1 min het bereik",
                "(recall)", "(false omission rate)", "(false positive rate)", "Herkomst van deze audit",
                "Fairness-audit van model ");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
