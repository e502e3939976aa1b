package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.fairness.Disparity;
import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.GroupComposition;
import nl.vroegsignaal.fairness.ListComposition;
import nl.vroegsignaal.fairness.Metric;
import nl.vroegsignaal.fairness.ProxyReport;

/**
 * The model card (Mitchell et al., "Model Cards for Model Reporting", 2019) in Dutch: the sections of the paper,
 * filled from the model's provenance, its evaluation and this audit. Written as {@code modelkaart.md} and shown in
 * {@code fairness.html}.
 *
 * @param sections in the paper's order
 */
public record ModelCard(List<Section> sections) {
    public static final String FILE = "modelkaart.md";

    /** One section: a heading, paragraphs and then a bullet list (either may be empty). */
    public record Section(String key, String heading, List<String> paragraphs, List<String> bullets) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
            bullets = List.copyOf(bullets);
        }
    }

    public ModelCard {
        sections = List.copyOf(sections);
    }

    public static ModelCard build(AuditFacts f, FairnessAudit audit, ListComposition list, ProxyReport proxies) {
        List<Section> s = new ArrayList<>();
        s.add(new Section("modelgegevens", "Modelgegevens", List.of(
                "Dit model schat voor jongeren van 12 tot en met 22 jaar de kans dat zij binnen een jaar voortijdig "
                        + "de school verlaten (zonder startkwalificatie). Het is gemaakt met vroegsignaal, open-source "
                        + "software voor gemeenten."),
                List.of("Soort model: " + f.modelTypeNl() + " (" + f.modelDescription() + ")",
                        "Kalibratie (van score naar kans): " + f.calibration(),
                        "Naam van het model: " + f.modelName(),
                        "Organisatie: " + f.organisation().orElse(FairnessTexts.toFill("naam van de gemeente")),
                        "Versie van vroegsignaal: " + f.provenance().getOrDefault("vroegsignaalVersion", "onbekend"),
                        "Versie van de lijst met kenmerken (features): "
                                + f.provenance().getOrDefault("featureCatalogueVersion", "onbekend"),
                        "Vragen en contact: " + FairnessTexts.toFill("contactpersoon of e-mailadres"))));
        s.add(new Section("gebruik", "Beoogd gebruik", List.of(
                "Het model maakt één keer per jaar, op de peildatum 1 oktober, een lijst van jongeren met de "
                        + "hoogste kans op uitval. De lijst is even lang als het aantal jongeren dat de gemeente kan "
                        + "benaderen (" + f.capacityNl() + "). Een medewerker kijkt naar elk signaal en beslist "
                        + "zelf of en hoe hij de jongere een gesprek of hulp aanbiedt."),
                List.of("Gebruikers: leerplichtambtenaren en RMC-medewerkers (trajectbegeleiders) van de gemeente.",
                        "Controle: de privacy officer en de functionaris gegevensbescherming lezen deze audit.",
                        "Doel: jongeren eerder hulp aanbieden, zodat minder jongeren zonder diploma van school "
                                + "gaan.")));
        s.add(new Section("niet_bedoeld", "Niet bedoeld voor", List.of(
                "Een signaal is geen besluit. Het model neemt nooit zelf een besluit over een jongere "
                        + "(AVG artikel 22)."),
                List.of("Nooit automatische besluiten: elk signaal wordt door een mens beoordeeld.",
                        "Nooit sancties: geen boete, proces-verbaal, handhaving of andere straf op grond van een "
                                + "signaal.",
                        "Niet voor besluiten over uitkeringen, jeugdhulp, schulden of toezicht.",
                        "Niet voor een andere gemeente of andere doelgroep zonder nieuw model en nieuwe audit.",
                        "Niet om jongeren te vergelijken of te rangschikken buiten het aanbod van hulp.")));
        s.add(new Section("factoren", "Factoren: voor welke groepen is gekeken", List.of(
                "Geslacht en herkomst gaan nooit het model in. Alleen deze audit leest ze, om te zien of het model "
                        + "voor alle groepen even goed werkt. We kijken naar geslacht, naar herkomst en naar "
                        + "combinaties van die twee. De evaluatie van het model kijkt ook naar onderwijssoort (vo en "
                        + "mbo)."),
                List.of("De wijk is wel een kenmerk van het model. De wijk hangt samen met herkomst; daarom toont de "
                        + "audit hoe sterk elk kenmerk met geslacht en herkomst samenhangt.")));
        List<String> metricBullets = new ArrayList<>();
        for (Metric m : List.of(Metric.RECALL, Metric.FALSE_OMISSION_RATE, Metric.SELECTION_RATE, Metric.PRECISION,
                Metric.CALIBRATION)) {
            metricBullets.add(FairnessTexts.metricName(m) + ": " + FairnessTexts.metricExplanation(m));
        }
        s.add(new Section("maten", "Maten", List.of(
                "Het model wordt beoordeeld op de lijst zoals die echt gemaakt wordt: de bovenste jongeren tot aan "
                        + "de capaciteit. De belangrijkste maten zijn de precisie (hoeveel signalen terecht zijn) en "
                        + "het bereik (hoeveel uitvallers op de lijst staan), met daarnaast of de kansen kloppen. "
                        + "Voor eerlijkheid vergelijken we per groep:"), metricBullets));
        s.add(new Section("evaluatiegegevens", "Evaluatiegegevens", List.of(
                "Getest op een later schooljaar dan waarop het model leerde (out-of-time): peildatum "
                        + dates(f.testPeildata()) + ", " + f.testRows() + " jongeren van wie de uitkomst bekend is. "
                        + "Jongeren die binnen het jaar uit de gemeente vertrokken, tellen niet mee."), List.of()));
        s.add(new Section("trainingsgegevens", "Trainingsgegevens", List.of(
                "Het model leerde van de peildata " + dates(f.trainPeildata()) + " (" + f.trainRows()
                        + " jongeren met bekende uitkomst). De kansen zijn bijgesteld op peildatum "
                        + dates(f.validationPeildata()) + ". De gegevens komen uit de eigen registraties van de "
                        + "gemeente en DUO, op pseudoniem: " + String.join(", ", sources(f)) + "."),
                List.of("Het model leest " + f.features().size() + " kenmerken; per kenmerk staat de reden in de "
                        + "lijst van kenmerken in het verslag en in de registertekst.")));
        List<String> quantitative = new ArrayList<>();
        for (AuditFacts.Headline h : f.evaluation()) {
            quantitative.add(h.nameNl() + ": " + FairnessTexts.decimal(h.value(), 2) + " (95%-interval "
                    + FairnessTexts.decimal(h.lower(), 2) + " tot " + FairnessTexts.decimal(h.upper(), 2) + ")");
        }
        FirstScreen screen = FirstScreen.of(audit, proxies);
        quantitative.add(screen.modelFindings().isEmpty()
                ? "De audit vond geen verschil tussen groepen dat het model veroorzaakt of groter maakt."
                : "Wat het model veroorzaakt of groter maakt:");
        quantitative.addAll(screen.modelFindings());
        if (!screen.context().isEmpty()) {
            quantitative.add("Verschillen die uit de uitval volgen (geen bevinding over het model):");
            quantitative.addAll(screen.context());
        }
        quantitative.add(FairnessTexts.falseAlarms(audit.comparisons()));
        quantitative.add(proxies.flagged().isEmpty()
                ? "Geen kenmerk hangt sterk samen met geslacht of herkomst."
                : "Kenmerken die sterk samenhangen met geslacht of herkomst: " + String.join(", ", proxies.flagged())
                + ".");
        s.add(new Section("analyses", "Uitkomsten (kwantitatieve analyses)", List.of(
                "Cijfers van het model op de testgegevens, en de uitkomst van de fairness-audit."), quantitative));
        s.add(new Section("ethiek", "Ethische overwegingen", List.of(
                "Het model gebruikt gevoelige gegevens over jongeren en hun huishouden (uitkering, schulden, "
                        + "jeugdhulp). Dat mag alleen als het doel, de jongere helpen, dat rechtvaardigt en als de "
                        + "gemeente een grondslag heeft."),
                List.of("Alleen pseudoniemen, geen namen of BSN. Alleen wie met de lijst werkt, ziet de lijst.",
                        "Aantallen onder " + audit.options().minCell() + " staan niet in de verslagen.",
                        "Geslacht, herkomst en wijk zijn nooit een reden op de lijst.",
                        "Een verschil tussen groepen kan terecht zijn (verschil in uitval), maar ook oneerlijk. De "
                                + "gemeente moet elk verschil verklaren en beoordelen (" + FairnessTexts.BIAS_STEPS
                                + ").",
                        "Wettelijke grondslag, DPIA en IAMA: " + FairnessTexts.toFill("grondslag en links naar DPIA "
                                + "en IAMA"))));
        s.add(new Section("kanttekeningen", "Kanttekeningen en aanbevelingen", List.of(
                "Het model kent alleen wat in de registraties staat, en alleen wat de gemeente voor de "
                        + "peildatum wist."),
                List.of("Kleine groepen: voor groepen met weinig jongeren zegt de audit vaak 'niet te bepalen'. Dat "
                                + "betekent niet dat er geen verschil is.",
                        "Gedrag verandert: herhaal de audit elk jaar, op het nieuwste schooljaar met bekende "
                                + "uitkomst, en train het model opnieuw als het slechter wordt.",
                        "De kans is een schatting voor een groep jongeren met dezelfde kenmerken, geen voorspelling "
                                + "over één persoon.",
                        "De audit kijkt naar de lijst bij de ingestelde capaciteit. Bij een andere lengte van de lijst "
                                + "kunnen de cijfers anders zijn.")));
        return new ModelCard(s);
    }

    private static String dates(List<LocalDate> dates) {
        return dates.stream().map(NlFormat::date).collect(Collectors.joining(", "));
    }

    private static List<String> sources(AuditFacts f) {
        return f.features().stream().flatMap(d -> java.util.Arrays.stream(d.source().split(",")))
                .map(String::strip).filter(x -> !x.isEmpty()).distinct().sorted().toList();
    }

    public void write(Path file) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.AGGREGATE, markdown());
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Modelkaart\n\n");
        for (Section s : sections) {
            md.append("## ").append(s.heading()).append("\n\n");
            for (String p : s.paragraphs()) {
                md.append(p).append("\n\n");
            }
            for (String b : s.bullets()) {
                md.append("- ").append(b).append('\n');
            }
            if (!s.bullets().isEmpty()) {
                md.append('\n');
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    /** The card as an HTML fragment (h3 sections) for the report page. */
    public String html() {
        StringBuilder h = new StringBuilder();
        for (Section s : sections) {
            h.append("<section class=\"kaart\" id=\"kaart-").append(s.key()).append("\">\n<h3>")
                    .append(SignalHtml.esc(s.heading())).append("</h3>\n");
            for (String p : s.paragraphs()) {
                h.append("<p>").append(SignalHtml.esc(p)).append("</p>\n");
            }
            if (!s.bullets().isEmpty()) {
                h.append("<ul>\n");
                for (String b : s.bullets()) {
                    h.append("<li>").append(SignalHtml.esc(b)).append("</li>\n");
                }
                h.append("</ul>\n");
            }
            h.append("</section>\n");
        }
        return h.toString();
    }
}
