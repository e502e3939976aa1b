package nl.vroegsignaal.report;

import static nl.vroegsignaal.report.SignalHtml.esc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.fairness.AttributeAudit;
import nl.vroegsignaal.fairness.AttributeComposition;
import nl.vroegsignaal.fairness.AttributePrediction;
import nl.vroegsignaal.fairness.Comparisons;
import nl.vroegsignaal.fairness.Disparity;
import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.FeatureProxy;
import nl.vroegsignaal.fairness.Figures;
import nl.vroegsignaal.fairness.GroupAuc;
import nl.vroegsignaal.fairness.GroupComposition;
import nl.vroegsignaal.fairness.GroupMetrics;
import nl.vroegsignaal.fairness.GroupWorld;
import nl.vroegsignaal.fairness.Metric;
import nl.vroegsignaal.fairness.ProtectedAttribute;
import nl.vroegsignaal.fairness.ProxyReport;
import nl.vroegsignaal.fairness.Ranking;
import nl.vroegsignaal.fairness.Rate;
import nl.vroegsignaal.features.FeatureDefinition;

/**
 * {@code fairness.html}: the audit for a privacy officer, in Dutch (B1), on one self-contained page (no scripts,
 * fonts, images or links outside the file; charts are inline SVG). It opens with a one-screen summary: what was
 * tested, which disparities were found and how certain, which features encode geslacht or herkomst, and what the
 * produced list looks like. Then the details per grouping, the list, the proxies, what each measure means, the
 * features with their justification, the model card and the provenance. Printable on A4.
 */
public final class FairnessHtml {
    public static final String FILE = "fairness.html";
    private static final List<Metric> CHARTED = List.of(Metric.RECALL, Metric.FALSE_OMISSION_RATE,
            Metric.SELECTION_RATE);

    private static final String CSS = """
            @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
            * { box-sizing: border-box; }
            body { font-family: Arial, Helvetica, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.4;
              color: #000; background: #fff; max-width: 190mm; margin: 0 auto; padding: 6mm; }
            h1 { font-size: 18pt; margin: 1mm 0 1mm; }
            .sub { margin: 0 0 4mm; }
            h2 { font-size: 13pt; margin: 6mm 0 1.5mm; border-bottom: 1px solid #000; }
            h3 { font-size: 11.5pt; margin: 4mm 0 1mm; }
            p { margin: 0 0 2mm; }
            ul { margin: 0 0 2mm; padding-left: 6mm; }
            #samenvatting { border: 2px solid #000; padding: 2mm 4mm; }
            .invullen { font-style: italic; }
            table { width: 100%; border-collapse: collapse; margin: 2mm 0 3mm; font-size: 9.5pt; }
            thead { display: table-header-group; }
            th, td { border: 1px solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
            th { font-weight: bold; background: #e8e8e8; }
            td.getal, th.getal { text-align: right; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            svg { max-width: 100%; height: auto; display: block; margin: 2mm 0; break-inside: avoid; }
            dt { font-weight: bold; margin-top: 2mm; }
            dd { margin: 0 0 1mm 0; }
            footer { margin-top: 6mm; border-top: 1px solid #000; padding-top: 2mm; font-size: 8.5pt; }
            footer p { margin: 0; word-break: break-all; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              th { background: none; border-bottom: 2px solid #000; }
            }
            """;

    private FairnessHtml() {
    }

    public static void write(AuditReport report, Path file) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.AGGREGATE, render(report));
    }

    static String render(AuditReport r) {
        AuditFacts f = r.facts();
        StringBuilder h = new StringBuilder(131_072);
        String title = "Fairness-audit van het risicomodel";
        h.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(esc(title)).append("</h1>\n")
                .append("<p class=\"sub\">").append(esc(subtitle(f))).append("</p>\n</header>\n");
        summary(h, r);
        explanations(h, r);
        for (AttributeAudit a : r.audit().attributes()) {
            attribute(h, a, r.audit());
        }
        list(h, r);
        proxies(h, r.proxies());
        meaning(h, r.audit());
        features(h, f);
        h.append("<section id=\"modelkaart\">\n<h2>Modelkaart</h2>\n").append(r.modelCard().html())
                .append("</section>\n");
        h.append("<footer>\n<p>Hoe deze audit is gemaakt (om te controleren):</p>\n");
        f.provenance().forEach((k, v) -> h.append("<p>").append(esc(k)).append(": ").append(esc(shorten(k, v)))
                .append("</p>\n"));
        h.append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String subtitle(AuditFacts f) {
        return "Getest op peildatum " + f.testPeildata().stream().map(NlFormat::date).collect(Collectors.joining(", "))
                + ": " + f.testRows() + " jongeren met bekende uitkomst, van wie " + f.testCapacity()
                + " op de lijst (capaciteit " + f.capacityNl() + "). Het model is een " + f.modelTypeNl()
                + " (map '" + f.modelName() + "').";
    }

    private static void summary(StringBuilder h, AuditReport r) {
        FairnessAudit audit = r.audit();
        FirstScreen screen = FirstScreen.of(r);
        h.append("<section id=\"samenvatting\">\n<h2>Samenvatting</h2>\n");
        h.append("<p><strong>Wat is getest.</strong> Of het model even goed werkt voor jongens en meisjes, voor "
                + "jongeren van verschillende herkomst en voor combinaties daarvan. Geslacht en herkomst gaan nooit "
                + "het model in.</p>\n<p>").append(esc(FirstScreen.criterion())).append("</p>\n");
        h.append("<h3>Wat het model veroorzaakt</h3>\n");
        if (screen.modelFindings().isEmpty()) {
            h.append("<p id=\"modelbevindingen\">Deze audit vond geen verschil tussen groepen dat het model "
                    + "veroorzaakt of groter maakt.</p>\n");
        } else {
            h.append("<ol id=\"modelbevindingen\">\n");
            screen.modelFindings().forEach(s -> h.append("<li>").append(esc(s)).append("</li>\n"));
            h.append("</ol>\n");
        }
        if (!screen.practice().isEmpty()) {
            h.append("<h3>Wat de huidige werkwijze veroorzaakt</h3>\n<p>Deze verschillen geeft de lijst van nu (op "
                    + "verzuim), niet het model en niet de uitval zelf:</p>\n<ul id=\"werkwijze\">\n");
            screen.practice().forEach(s -> h.append("<li>").append(esc(s)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("<h3>Verschillen die uit de uitval volgen</h3>\n");
        if (screen.context().isEmpty()) {
            h.append("<p>Geen groep verschilt zo sterk dat het buiten de band valt.</p>\n");
        } else {
            h.append("<p>Deze verschillen zijn er, maar een lijst zonder het model geeft ze ook. Ze zeggen iets over "
                    + "de wereld, niet over het model:</p>\n<ul id=\"context\">\n");
            screen.context().forEach(s -> h.append("<li>").append(esc(s)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("<h3>Kenmerken die geslacht of herkomst verraden</h3>\n<p>");
        ProxyReport p = r.proxies();
        h.append(esc(p.flagged().isEmpty() ? "Geen kenmerk hangt sterk samen met geslacht of herkomst."
                : "Deze kenmerken hangen sterk samen met geslacht of herkomst: " + String.join(", ", p.flagged())
                + ". Het model kan via deze kenmerken toch onderscheid maken naar geslacht of herkomst."));
        for (AttributePrediction a : p.predictions()) {
            h.append(' ').append(esc(predictionSentence(a)));
        }
        h.append("</p>\n<h3>Wat moet u vastleggen?</h3>\n<ul id=\"vastleggen\">\n");
        screen.toRecord().forEach(s -> h.append("<li>").append(esc(s)).append("</li>\n"));
        h.append("</ul>\n<p>").append(esc(FairnessTexts.falseAlarms(audit.comparisons()))).append("</p>\n"
                + "</section>\n");
    }

    private static String predictionSentence(AttributePrediction a) {
        return "Met alle kenmerken samen kun je voorspellen of iemand " + (a.attribute() == ProtectedAttribute.GESLACHT
                ? "een ander geslacht heeft dan " : "een andere herkomst heeft dan ")
                + FairnessTexts.groupName(a.reference()) + " met een AUC van " + FairnessTexts.decimal(a.auc(), 2)
                + " (0,5 is gokken, 1 is altijd goed).";
    }

    private static void explanations(StringBuilder h, AuditReport r) {
        h.append("<section id=\"verklaringen\">\n<h2>Verklaring en oordeel van de gemeente</h2>\n")
                .append("<p>Per bevinding die het model veroorzaakt: wat de audit mat, en ruimte voor de verklaring "
                        + "en het oordeel van de gemeente (").append(esc(FairnessTexts.BIAS_STEPS)).append(").</p>\n");
        FirstScreen screen = FirstScreen.of(r);
        if (screen.modelFindings().isEmpty()) {
            h.append("<p>Er is geen bevinding die het model veroorzaakt. Beoordeel wel de verschillen die 'niet "
                    + "te bepalen' waren: die kunnen bij een groter cohort wel zichtbaar worden.</p>\n</section>\n");
            return;
        }
        h.append("<table id=\"bevindingen\">\n<thead>\n<tr><th scope=\"col\">Gemeten</th>"
                + "<th scope=\"col\">Verklaring en oordeel van de gemeente</th></tr>\n</thead>\n<tbody>\n");
        String todo = "<td class=\"invullen\">" + esc(FairnessTexts.toFill("verklaring van het verschil, oordeel "
                + "(aanvaardbaar of niet) en eventuele maatregel")) + "</td>";
        for (String s : screen.modelFindings()) {
            h.append("<tr><td>").append(esc(s)).append("</td>").append(todo).append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void attribute(StringBuilder h, AttributeAudit a, FairnessAudit audit) {
        String name = FairnessTexts.attributeName(a.attribute());
        h.append("<section class=\"kenmerk\" id=\"groepering-").append(a.attribute().key()).append("\">\n<h2>")
                .append(esc("Per " + name)).append("</h2>\n<p>Referentiegroep: ")
                .append(esc(FairnessTexts.groupName(a.reference()))).append(". Punten zijn de waarde per groep, de "
                        + "lijn is het 95%-interval: de echte waarde ligt daar vrijwel zeker tussen.</p>\n");
        for (Metric m : CHARTED) {
            List<FairnessSvg.Row> rows = new ArrayList<>();
            for (GroupMetrics g : a.groups()) {
                Rate rate = g.rates().get(m);
                rows.add(new FairnessSvg.Row(FairnessTexts.groupName(g.group()), !rate.suppressed(), rate.value(),
                        rate.lower(), rate.upper()));
            }
            Rate overall = audit.overall().rates().get(m);
            h.append(FairnessSvg.chart(FairnessTexts.metricName(m) + " per " + name, rows,
                    overall.suppressed() ? Double.NaN : overall.value()));
        }
        h.append("<h3>Cijfers per groep</h3>\n<table class=\"groepen\">\n<thead>\n<tr><th scope=\"col\">Groep</th>"
                + "<th scope=\"col\" class=\"getal\">Personen</th><th scope=\"col\" class=\"getal\">Uitgevallen</th>"
                + "<th scope=\"col\" class=\"getal\">Op de lijst</th>");
        for (Metric m : Metric.values()) {
            h.append("<th scope=\"col\" class=\"getal\">").append(esc(shortName(m))).append("</th>");
        }
        h.append("</tr>\n</thead>\n<tbody>\n");
        groupRow(h, "Iedereen", audit.overall());
        for (GroupMetrics g : a.groups()) {
            groupRow(h, FairnessTexts.groupName(g.group()), g);
        }
        h.append("</tbody>\n</table>\n");
        world(h, a, audit);
        h.append("<h3>Verschillen met ").append(esc(FairnessTexts.groupName(a.reference()))).append("</h3>\n")
                .append("<table class=\"verschillen\">\n<thead>\n<tr><th scope=\"col\">Maat</th><th scope=\"col\">"
                        + "Groep</th><th scope=\"col\" class=\"getal\">Verhouding (95%-interval)</th>"
                        + "<th scope=\"col\">Oordeel</th></tr>\n</thead>\n<tbody>\n");
        for (Disparity d : a.disparities()) {
            h.append("<tr><td>").append(esc(FairnessTexts.metricName(d.metric()))).append("</td><td>")
                    .append(esc(FairnessTexts.groupName(d.group()))).append("</td><td class=\"getal\">")
                    .append(esc(FairnessTexts.ratio(d.ratio()))).append("</td><td>")
                    .append(d.ratio().suppressed() ? "groep te klein" : esc(FairnessTexts.verdictName(d.verdict())))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** Each group beside what the world gives: the same list length, picked without the model. */
    private static void world(StringBuilder h, AttributeAudit a, FairnessAudit audit) {
        List<Ranking> rankings = audit.rankings();
        h.append("<h3>Model en wereld naast elkaar</h3>\n<p>Per groep: de uitval, het deel van alle uitvallers, en "
                + "het deel van de lijst en het deel van de uitvallers dat op de lijst komt. Steeds voor het model en "
                + "voor een lijst van dezelfde lengte zonder het model: ")
                .append(esc(rankings.stream().filter(x -> x != Ranking.MODEL).map(FairnessHtml::rankingName)
                        .collect(Collectors.joining(" en "))))
                .append(". Verschillen in procentpunten staan in fairness.json.</p>\n<table class=\"wereld\">\n<thead>\n"
                        + "<tr><th scope=\"col\">Groep</th><th scope=\"col\" class=\"getal\">Uitval</th>"
                        + "<th scope=\"col\" class=\"getal\">Deel van de uitvallers</th>");
        for (Ranking x : rankings) {
            h.append("<th scope=\"col\" class=\"getal\">Deel van de lijst: ").append(esc(rankingName(x)))
                    .append("</th>");
        }
        for (Ranking x : rankings) {
            h.append("<th scope=\"col\" class=\"getal\">Uitvallers gevonden: ").append(esc(rankingName(x)))
                    .append("</th>");
        }
        h.append("</tr>\n</thead>\n<tbody>\n");
        for (GroupWorld g : a.world()) {
            Figures model = g.listShare().get(Ranking.MODEL);
            h.append("<tr><td>").append(esc(FairnessTexts.groupName(g.group()))).append("</td><td class=\"getal\">")
                    .append(esc(FairnessTexts.rate(g.baseRate()))).append("</td><td class=\"getal\">")
                    .append(esc(percent(model.reference()))).append("</td>");
            for (Ranking x : rankings) {
                h.append("<td class=\"getal\">").append(esc(percent(g.listShare().get(x).group()))).append("</td>");
            }
            for (Ranking x : rankings) {
                Figures r = g.recall().get(x);
                h.append("<td class=\"getal\">").append(esc(r == null ? "referentie" : percent(r.group())))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String percent(nl.vroegsignaal.fairness.Estimate e) {
        return e.suppressed() ? FairnessTexts.HIDDEN : FairnessTexts.percent(e.value(), 1);
    }

    static String rankingName(Ranking r) {
        return switch (r) {
            case MODEL -> "het model";
            case TODAY -> "de huidige werkwijze (op verzuim)";
            case ORACLE -> "het ware risico (alleen bij proefgegevens)";
        };
    }

    private static void groupRow(StringBuilder h, String label, GroupMetrics g) {
        h.append("<tr><td>").append(esc(label)).append("</td><td class=\"getal\">")
                .append(FairnessTexts.count(g.persons())).append("</td><td class=\"getal\">")
                .append(FairnessTexts.count(g.confusion().positives())).append("</td><td class=\"getal\">")
                .append(FairnessTexts.count(g.confusion().selected())).append("</td>");
        for (Metric m : Metric.values()) {
            h.append("<td class=\"getal\">");
            if (m == Metric.CALIBRATION) {
                h.append(esc(FairnessTexts.ratio(g.calibration().observedToExpected())));
            } else {
                h.append(esc(FairnessTexts.rate(g.rates().get(m))));
            }
            h.append("</td>");
        }
        h.append("</tr>\n");
    }

    private static String shortName(Metric m) {
        return switch (m) {
            case RECALL -> "Bereik";
            case FALSE_OMISSION_RATE -> "Gemist buiten lijst";
            case SELECTION_RATE -> "Kans op lijst";
            case PRECISION -> "Precisie";
            case FALSE_POSITIVE_RATE -> "Onnodig op lijst";
            case FALSE_NEGATIVE_RATE -> "Gemist";
            case BASE_RATE -> "Uitval";
            case CALIBRATION -> "Werkelijk / verwacht";
        };
    }

    private static void list(StringBuilder h, AuditReport r) {
        AuditFacts f = r.facts();
        h.append("<section id=\"lijst\">\n<h2>De lijst van ").append(esc(NlFormat.date(f.listPeildatum())))
                .append("</h2>\n<p>Wie staat er op de lijst die het model nu maakt (").append(f.listCapacity())
                .append(" van ").append(f.listPopulation()).append(" jongeren)? We vergelijken met hoeveel jongeren "
                        + "van de groep er zouden staan als de lijst de uitval per groep van het testjaar "
                        + "volgde.</p>\n");
        for (AttributeComposition a : r.list().attributes()) {
            h.append("<h3>").append(esc("Per " + FairnessTexts.attributeName(a.attribute()))).append("</h3>\n")
                    .append("<table class=\"lijstgroepen\">\n<thead>\n<tr><th scope=\"col\">Groep</th>"
                            + "<th scope=\"col\" class=\"getal\">Op de lijst</th><th scope=\"col\" class=\"getal\">"
                            + "Personen</th><th scope=\"col\" class=\"getal\">Verwacht volgens uitval</th>"
                            + "<th scope=\"col\" class=\"getal\">Op lijst / verwacht (95%-interval)</th>"
                            + "<th scope=\"col\">Oordeel</th></tr>\n</thead>\n<tbody>\n");
            for (GroupComposition g : a.groups()) {
                h.append("<tr><td>").append(esc(FairnessTexts.groupName(g.group()))).append("</td><td class=\"getal\">")
                        .append(FairnessTexts.count(g.onList())).append("</td><td class=\"getal\">")
                        .append(FairnessTexts.count(g.persons())).append("</td><td class=\"getal\">")
                        .append(g.expectedByBaseRate().suppressed() ? FairnessTexts.HIDDEN
                                : FairnessTexts.decimal(g.expectedByBaseRate().value(), 1))
                        .append("</td><td class=\"getal\">").append(esc(FairnessTexts.ratio(g.ratioToBaseRate())))
                        .append("</td><td>").append(g.ratioToBaseRate().suppressed() ? "groep te klein"
                                : esc(FairnessTexts.verdictName(g.verdictToBaseRate()))).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");
    }

    private static void proxies(StringBuilder h, ProxyReport p) {
        h.append("<section id=\"proxies\">\n<h2>Kenmerken die geslacht of herkomst verraden (proxies)</h2>\n")
                .append("<p>Geslacht en herkomst gaan niet in het model, maar andere kenmerken kunnen ermee "
                        + "samenhangen. Cramér's V meet hoe sterk (0 is niet, 1 is volledig). De AUC meet hoe goed "
                        + "een kenmerk alleen een groep van de rest scheidt (0,5 is niet, 1 is volledig). We noemen "
                        + "een kenmerk bij V vanaf ").append(FairnessTexts.decimal(p.options().cramersVThreshold(), 2))
                .append(" of AUC vanaf ").append(FairnessTexts.decimal(p.options().aucThreshold(), 2))
                .append(". Die grenzen zijn laag gekozen: liever een kenmerk te veel genoemd dan een gemist.</p>\n<p>");
        for (AttributePrediction a : p.predictions()) {
            h.append(esc(predictionSentence(a))).append(' ');
        }
        h.append("</p>\n<table id=\"proxytabel\">\n<thead>\n<tr><th scope=\"col\">Kenmerk</th>"
                + "<th scope=\"col\" class=\"getal\">V geslacht</th><th scope=\"col\" class=\"getal\">V herkomst</th>"
                + "<th scope=\"col\">Sterkste scheiding (AUC)</th><th scope=\"col\">Genoemd</th></tr>\n</thead>\n"
                + "<tbody>\n");
        for (FeatureProxy fp : p.features()) {
            GroupAuc best = null;
            for (GroupAuc g : fp.groupAucs()) {
                if (Double.isFinite(g.auc()) && (best == null || g.auc() > best.auc())) {
                    best = g;
                }
            }
            h.append("<tr><td>").append(esc(fp.feature())).append("</td><td class=\"getal\">")
                    .append(FairnessTexts.decimal(v(fp, ProtectedAttribute.GESLACHT), 2))
                    .append("</td><td class=\"getal\">")
                    .append(FairnessTexts.decimal(v(fp, ProtectedAttribute.HERKOMST), 2))
                    .append("</td><td>").append(best == null ? "-" : esc(FairnessTexts.groupName(best.group()) + ": "
                            + FairnessTexts.decimal(best.auc(), 2)))
                    .append("</td><td>").append(fp.flagged() ? "<strong>ja</strong>" : "nee").append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static double v(FeatureProxy fp, ProtectedAttribute a) {
        return fp.cramersV().getOrDefault(a, Double.NaN);
    }

    private static void meaning(StringBuilder h, FairnessAudit audit) {
        h.append("<section id=\"uitleg\">\n<h2>Wat betekenen de maten?</h2>\n<dl>\n");
        for (Metric m : Metric.values()) {
            h.append("<dt>").append(esc(FairnessTexts.metricName(m))).append("</dt><dd>")
                    .append(esc(FairnessTexts.metricExplanation(m))).append("</dd>\n");
        }
        h.append("</dl>\n<h3>De band</h3>\n<p>").append(esc(FairnessTexts.band(audit.options().bandLow(),
                        audit.options().bandHigh()))).append("</p>\n<h3>Intervallen</h3>\n<p>Bij elk getal staat een "
                        + "95%-interval. Met een ander schooljaar was het getal iets anders uitgekomen; het interval "
                        + "laat zien hoeveel. Bij kleine groepen is het interval breed.</p>\n<h3>Kleine aantallen"
                        + "</h3>\n<p>").append(esc(FairnessTexts.suppressionRule(audit.options().minCell())))
                .append("</p>\n</section>\n");
    }

    private static void features(StringBuilder h, AuditFacts f) {
        h.append("<section id=\"kenmerken\">\n<h2>De kenmerken van het model en waarom ze gebruikt worden</h2>\n")
                .append("<table id=\"kenmerktabel\">\n<thead>\n<tr><th scope=\"col\">Kenmerk</th><th scope=\"col\">"
                        + "Wat het is</th><th scope=\"col\">Waarom</th></tr>\n</thead>\n<tbody>\n");
        for (FeatureDefinition d : f.features()) {
            h.append("<tr><td>").append(esc(d.name())).append("</td><td>").append(esc(d.descriptionNl()))
                    .append("</td><td>").append(esc(d.justificationNl())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** sha256 values shortened to 12 characters, as on the signal list. */
    private static String shorten(String key, String value) {
        return key.startsWith("sha256") || key.endsWith("Sha256") ? value.substring(0, Math.min(12, value.length()))
                : value;
    }
}
