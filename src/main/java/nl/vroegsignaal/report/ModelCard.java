package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.vroegsignaal.contract.Peildatum;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.fairness.Disparity;
import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.GroupComposition;
import nl.vroegsignaal.fairness.ListComposition;
import nl.vroegsignaal.fairness.Metric;
import nl.vroegsignaal.fairness.ProtectedAttribute;
import nl.vroegsignaal.fairness.ProxyReport;

/**
 * The model card (Mitchell et al., "Model Cards for Model Reporting", 2019) in Dutch: the sections of the paper,
 * filled from the model's provenance, its evaluation and this audit. Written as {@code modelkaart.md} and shown in
 * {@code fairness.html}.
 *
 * @param title    the card's heading
 * @param sections in the paper's order
 */
public record ModelCard(String title, List<Section> sections) {
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

    /** The card with the built-in texts. */
    public static ModelCard build(AuditFacts f, FairnessAudit audit, ListComposition list, ProxyReport proxies) {
        return build(f, audit, list, proxies, Texts.builtIn());
    }

    /** The card with the given texts ({@code modelkaart.*} in teksten.yaml). */
    public static ModelCard build(AuditFacts f, FairnessAudit audit, ListComposition list, ProxyReport proxies,
                                  Texts t) {
        return build(f, audit, list, proxies, t, java.util.Optional.empty());
    }

    /**
     * The card with, when a necessity report is given, the section "Noodzaak en proportionaliteit" after the
     * quantitative analyses: what each source adds, and the model beside the absence rule and larger teams.
     */
    public static ModelCard build(AuditFacts f, FairnessAudit audit, ListComposition list, ProxyReport proxies,
                                  Texts t, java.util.Optional<NecessityReport> necessity) {
        List<Section> s = new ArrayList<>();
        s.add(section(t, "modelgegevens", List.of(
                t.text("modelkaart.modelgegevens.tekst", "leeftijd_van", Peildatum.MIN_AGE,
                        "leeftijd_tot", Peildatum.MAX_AGE)),
                List.of(t.text("modelkaart.modelgegevens.soort", "soort", f.modelTypeNl(),
                                "beschrijving", f.modelDescription()),
                        t.text("modelkaart.modelgegevens.kalibratie", "kalibratie", calibrationNl(f.calibration(), t)),
                        t.text("modelkaart.modelgegevens.naam", "naam", f.modelName()),
                        t.text("modelkaart.modelgegevens.organisatie", "organisatie", f.organisation()
                                .orElse(FairnessTexts.toFill(t.text("modelkaart.modelgegevens.organisatie_invullen")))),
                        t.text("modelkaart.modelgegevens.versie", "versie", f.provenance()
                                .getOrDefault("vroegsignaalVersion", t.text("modelkaart.modelgegevens.onbekend"))),
                        t.text("modelkaart.modelgegevens.kenmerken_versie", "versie", f.provenance()
                                .getOrDefault("featureCatalogueVersion", t.text("modelkaart.modelgegevens.onbekend"))),
                        t.text("modelkaart.modelgegevens.contact", "contact",
                                FairnessTexts.toFill(t.text("modelkaart.modelgegevens.contact_invullen"))))));
        s.add(section(t, "gebruik", List.of(t.text("modelkaart.gebruik.tekst",
                        "peildatum", NlFormat.dayAndMonth(Peildatum.of(2000)), "capaciteit", f.capacityNl())),
                List.of(t.text("modelkaart.gebruik.gebruikers"), t.text("modelkaart.gebruik.controle"),
                        t.text("modelkaart.gebruik.doel"))));
        s.add(section(t, "niet_bedoeld", List.of(t.text("modelkaart.niet_bedoeld.tekst")),
                List.of(t.text("modelkaart.niet_bedoeld.besluiten"), t.text("modelkaart.niet_bedoeld.sancties"),
                        t.text("modelkaart.niet_bedoeld.andere_besluiten"),
                        t.text("modelkaart.niet_bedoeld.andere_gemeente"),
                        t.text("modelkaart.niet_bedoeld.vergelijken"))));
        s.add(f.fromTable() ? section(t, "factoren", List.of(t.text("modelkaart.factoren.tabel", "kenmerken",
                FairnessTexts.attributeNamesCapitalised(audit.singles(), "en"))), List.of())
                : section(t, "factoren", List.of(t.text("modelkaart.factoren.tekst")),
                List.of(t.text("modelkaart.factoren.wijk"))));
        List<String> metricBullets = new ArrayList<>();
        for (Metric m : List.of(Metric.RECALL, Metric.FALSE_OMISSION_RATE, Metric.SELECTION_RATE, Metric.PRECISION,
                Metric.CALIBRATION)) {
            metricBullets.add(t.text("modelkaart.maten.maat", "naam", FairnessTexts.metricName(m),
                    "uitleg", FairnessTexts.metricExplanation(m)));
        }
        s.add(section(t, "maten", List.of(t.text("modelkaart.maten.tekst")), metricBullets));
        s.add(section(t, "evaluatiegegevens", List.of(f.fromTable() ? t.text("modelkaart.evaluatiegegevens.tabel",
                "testrijen", f.heldOutNl(), "aantal", f.testRows()) : t.text("modelkaart.evaluatiegegevens.tekst",
                "peildata", dates(f.testPeildata()), "aantal", f.testRows())), List.of()));
        List<String> training = new ArrayList<>(List.of(t.text("modelkaart.trainingsgegevens.kenmerken",
                "aantal", f.features().size())));
        MissingSources.nl(f.provenance(), t).ifPresent(training::add);
        s.add(section(t, "trainingsgegevens", List.of(f.fromTable() ? t.text("modelkaart.trainingsgegevens.tabel",
                        "aantal", f.trainRows()) : t.text("modelkaart.trainingsgegevens.tekst",
                        "peildata", dates(f.trainPeildata()), "aantal", f.trainRows(),
                        "kalibratie_peildata", dates(f.validationPeildata()),
                        "bronnen", String.join(", ", sources(f)))), training));
        List<String> quantitative = new ArrayList<>();
        for (AuditFacts.Headline h : f.evaluation()) {
            quantitative.add(t.text("modelkaart.analyses.maat", "naam", h.nameNl(),
                    "waarde", FairnessTexts.decimal(h.value(), 2), "van", FairnessTexts.decimal(h.lower(), 2),
                    "tot", FairnessTexts.decimal(h.upper(), 2)));
        }
        FirstScreen screen = FirstScreen.of(audit, proxies, t);
        quantitative.add(screen.modelFindings().isEmpty()
                ? t.text("modelkaart.analyses.geen_bevinding") : t.text("modelkaart.analyses.bevindingen"));
        quantitative.addAll(screen.modelFindings());
        if (!screen.context().isEmpty()) {
            quantitative.add(t.text("modelkaart.analyses.uitval"));
            quantitative.addAll(screen.context());
        }
        quantitative.add(FairnessTexts.falseAlarms(audit.comparisons()));
        String or = FairnessTexts.attributeNames(audit.singles(), "of");
        quantitative.add(proxies.flagged().isEmpty() ? t.text("modelkaart.analyses.geen_proxy", "beschermd", or)
                : t.text("modelkaart.analyses.proxies", "beschermd", or, "kenmerken",
                String.join(", ", proxies.flagged())));
        s.add(section(t, "analyses", List.of(t.text("modelkaart.analyses.tekst")), quantitative));
        necessity.ifPresent(n -> {
            List<String> bullets = new ArrayList<>(n.conclusionsNl(t));
            bullets.addAll(n.relativeValueNl(t));
            s.add(new Section("noodzaak", t.text("noodzaak.kaart_kop"), List.of(t.text("noodzaak.kaart_tekst",
                    "bestand", NecessityReport.HTML_FILE)), bullets));
        });
        s.add(section(t, "ethiek", List.of(t.text("modelkaart.ethiek.tekst")),
                List.of(t.text("modelkaart.ethiek.pseudoniemen"),
                        t.text("modelkaart.ethiek.kleine_aantallen", "minimum", audit.options().minCell()),
                        t.text("modelkaart.ethiek.nooit_reden", "beschermd", neverAReason(f, audit)),
                        t.text("modelkaart.ethiek.verschil", "stappen", FairnessTexts.BIAS_STEPS),
                        t.text("modelkaart.ethiek.grondslag", "grondslag",
                                FairnessTexts.toFill(t.text("modelkaart.ethiek.grondslag_invullen"))))));
        s.add(section(t, "kanttekeningen", List.of(t.text("modelkaart.kanttekeningen.tekst")),
                List.of(t.text("modelkaart.kanttekeningen.kleine_groepen"), t.text("modelkaart.kanttekeningen.gedrag"),
                        t.text("modelkaart.kanttekeningen.schatting"),
                        t.text("modelkaart.kanttekeningen.capaciteit"))));
        return new ModelCard(t.text("modelkaart.titel"), s);
    }

    /** A section whose heading is the text {@code modelkaart.<key>.kop}. */
    private static Section section(Texts t, String key, List<String> paragraphs, List<String> bullets) {
        return new Section(key, t.text("modelkaart." + key + ".kop"), paragraphs, bullets);
    }

    /** "Geslacht, herkomst en wijk" (the signal list never gives the wijk as a reason), or a table's columns. */
    private static String neverAReason(AuditFacts f, FairnessAudit audit) {
        List<String> names = new ArrayList<>(audit.singles().stream().map(ProtectedAttribute::name).toList());
        if (!f.fromTable()) {
            names.add("wijk");
        }
        String joined = names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1))
                + " en " + names.get(names.size() - 1);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
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
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        for (Section s : sections) {
            md.append("## ").append(Markdown.escape(s.heading())).append("\n\n");
            for (String p : s.paragraphs()) {
                md.append(Markdown.escape(p)).append("\n\n");
            }
            for (String b : s.bullets()) {
                md.append("- ").append(Markdown.escape(b)).append('\n');
            }
            if (!s.bullets().isEmpty()) {
                md.append('\n');
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    /** The card as an HTML fragment (h3 sections) for the report page ({@code modelkaart.jte}). */
    public String html() {
        return Pages.render("modelkaart.jte", this);
    }

    /** The saved calibration in words, with its key ({@code modelkaart.modelgegevens.kalibratie_*}). */
    static String calibrationNl(String key, Texts t) {
        return switch (key) {
            case "platt" -> t.text("modelkaart.modelgegevens.kalibratie_platt", "sleutel", key);
            case "platt-tail" -> t.text("modelkaart.modelgegevens.kalibratie_platt_staart", "sleutel", key);
            case "isotonic" -> t.text("modelkaart.modelgegevens.kalibratie_isotoon", "sleutel", key);
            default -> key;
        };
    }
}
