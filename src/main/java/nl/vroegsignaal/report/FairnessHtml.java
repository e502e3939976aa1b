package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.fairness.AttributeAudit;
import nl.vroegsignaal.fairness.AttributeComposition;
import nl.vroegsignaal.fairness.AttributePrediction;
import nl.vroegsignaal.fairness.Disparity;
import nl.vroegsignaal.fairness.Estimate;
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
 * fonts, images or links outside the file; charts are inline SVG), rendered from {@code fairness.jte}. It opens
 * with a one-screen summary rendered from the findings: what the model causes, what today's practice causes,
 * what follows the dropout rates, which features encode geslacht or herkomst, and what to record. Then the
 * details per grouping, the list, the proxies, what each measure means, the features with their justification,
 * the model card and the provenance. Printable on A4. This class only gathers plain texts and tables; the
 * template escapes them.
 */
public final class FairnessHtml {
    public static final String FILE = "fairness.html";
    private static final List<Metric> CHARTED = List.of(Metric.RECALL, Metric.FALSE_OMISSION_RATE,
            Metric.SELECTION_RATE);
    /** Chart ticks in Dutch notation (0,5%), independent of the machine's locale. */
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    /** The page for {@code fairness.jte}. Charts and the model card are markup of their own; all else is text. */
    public record Page(String title, String subtitle, Summary summary, Explanations explanations,
                       List<Grouping> groupings, ListPart list, ProxyPart proxies, Meaning meaning, Table features,
                       String modelCard, List<String> provenance) {
    }

    /** The first screen ({@link FirstScreen}) with the proxy sentence and the false-alarm note. */
    /**
     * @param tested     what was tested, naming the audited attributes
     * @param attributes the audited attributes joined with "of" ("geslacht of herkomst"), for the headings
     */
    public record Summary(String tested, String attributes, String criterion, List<String> modelFindings,
                          List<String> practice, List<String> context, String proxies, List<String> toRecord,
                          String falseAlarms) {
    }

    /** The findings table with a place to fill in per model finding; {@code findings} is null without one. */
    public record Explanations(String intro, Table findings) {
    }

    /** One grouping's section. */
    public record Grouping(String key, String heading, String intro, List<String> charts, Table groups,
                           String worldIntro, Table world, String differencesHeading, Table differences) {
    }

    /** The list the model makes now, per attribute. */
    public record ListPart(String heading, String intro, List<Titled> tables) {
    }

    /** A table under its own heading. */
    public record Titled(String heading, Table table) {
    }

    /** The proxy section's texts and table. */
    public record ProxyPart(String intro, String predictions, Table table) {
    }

    /** What the measures mean. */
    public record Meaning(List<Term> terms, String band, String smallCounts) {
    }

    /** A term and its explanation. */
    public record Term(String name, String explanation) {
    }

    /** A table for {@code fairnesstable.jte}; {@code id} and {@code cssClass} may be null. */
    public record Table(String id, String cssClass, List<Col> header, List<List<Cell>> rows) {
    }

    /** A column heading; numbers are right-aligned. */
    public record Col(String text, boolean number) {
    }

    /** A cell: plain text, its class (null for none), and whether it is shown in bold. */
    public record Cell(String text, String cssClass, boolean strong) {
        static Cell text(String s) {
            return new Cell(s, null, false);
        }

        static Cell number(String s) {
            return new Cell(s, "getal", false);
        }
    }

    private FairnessHtml() {
    }

    /** @param t the page's texts ({@code fairness.*}): built in, or the configuration's {@code texts} file */
    public static void write(AuditReport report, Path file, Texts t) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.AGGREGATE, render(report, t));
    }

    static String render(AuditReport r, Texts t) {
        return Pages.render("fairness.jte", page(r, t));
    }

    static Page page(AuditReport r, Texts t) {
        AuditFacts f = r.facts();
        List<Grouping> groupings = new ArrayList<>();
        for (AttributeAudit a : r.audit().attributes()) {
            groupings.add(grouping(a, r.audit()));
        }
        List<String> provenance = new ArrayList<>();
        f.provenance().forEach((k, v) -> provenance.add(k + ": " + shorten(k, v)));
        return new Page("Fairness-audit van het risicomodel", subtitle(f), summary(r, t), explanations(r, t), groupings,
                list(r), proxies(r.proxies(), r.audit().singles()), meaning(r.audit()), features(f),
                withoutFinalNewline(
                r.modelCard().html()), provenance);
    }

    private static String subtitle(AuditFacts f) {
        if (f.fromTable()) {
            return "Getest op " + f.heldOutNl() + ". Dat zijn " + f.testRows() + " personen met bekende uitkomst, van "
                    + "wie " + f.testCapacity() + " op de lijst (capaciteit " + f.capacityNl() + "). Het model is een "
                    + f.modelTypeNl() + " (map '" + f.modelName() + "').";
        }
        return "Getest op peildatum " + f.testPeildata().stream().map(NlFormat::date).collect(Collectors.joining(", "))
                + ": " + f.testRows() + " jongeren met bekende uitkomst, van wie " + f.testCapacity()
                + " op de lijst (capaciteit " + f.capacityNl() + "). Het model is een " + f.modelTypeNl()
                + " (map '" + f.modelName() + "').";
    }

    private static Summary summary(AuditReport r, Texts t) {
        FirstScreen screen = FirstScreen.of(r, t);
        ProxyReport p = r.proxies();
        List<ProtectedAttribute> singles = r.audit().singles();
        String or = FairnessTexts.attributeNames(singles, "of");
        StringBuilder proxies = new StringBuilder(p.flagged().isEmpty()
                ? "Geen kenmerk hangt sterk samen met " + or + "."
                : "Deze kenmerken hangen sterk samen met " + or + ": " + String.join(", ", p.flagged())
                + ". Het model kan via deze kenmerken toch onderscheid maken naar " + or + ".");
        for (AttributePrediction a : p.predictions()) {
            proxies.append(' ').append(predictionSentence(a));
        }
        String and = FairnessTexts.attributeNames(singles, "en");
        String tested = "Of het model even goed werkt voor alle groepen naar " + and + (singles.size() > 1
                ? ", en voor combinaties daarvan. " : ". ") + FairnessTexts.attributeNamesCapitalised(singles, "en")
                + " gaan nooit het model in.";
        return new Summary(tested, or, FirstScreen.criterion(t), screen.modelFindings(), screen.practice(),
                screen.context(), proxies.toString(), screen.toRecord(), FairnessTexts.falseAlarms(r.audit().comparisons()));
    }

    private static String predictionSentence(AttributePrediction a) {
        return "Met alle kenmerken samen kun je voorspellen of iemand " + a.attribute().otherThan() + " "
                + FairnessTexts.groupName(a.reference()) + " met een AUC van " + FairnessTexts.decimal(a.auc(), 2)
                + " (0,5 is gokken, 1 is altijd goed).";
    }

    private static Explanations explanations(AuditReport r, Texts t) {
        String intro = "Per bevinding die het model veroorzaakt: wat de audit mat, en ruimte voor de verklaring en het "
                + "oordeel van de gemeente (" + FairnessTexts.BIAS_STEPS + ").";
        FirstScreen screen = FirstScreen.of(r, t);
        if (screen.modelFindings().isEmpty()) {
            return new Explanations(intro, null);
        }
        Cell todo = new Cell(FairnessTexts.toFill("verklaring van het verschil, oordeel (aanvaardbaar of niet) en "
                + "eventuele maatregel"), "invullen", false);
        List<List<Cell>> rows = new ArrayList<>();
        for (String s : screen.modelFindings()) {
            rows.add(List.of(Cell.text(s), todo));
        }
        return new Explanations(intro, new Table("bevindingen", null, List.of(new Col("Gemeten", false),
                new Col(t.text("fairness.verklaringen.kolom_oordeel"), false)), rows));
    }

    private static Grouping grouping(AttributeAudit a, FairnessAudit audit) {
        String name = FairnessTexts.attributeName(a.attribute());
        List<String> charts = new ArrayList<>();
        for (Metric m : CHARTED) {
            charts.add(groupChart(FairnessTexts.metricName(m) + " per " + name, a, audit.overall().rates().get(m),
                    m, a.attribute().key() + "-" + FairnessTexts.metricKey(m)));
        }
        List<Col> header = new ArrayList<>(List.of(new Col("Groep", false), new Col("Personen", true),
                new Col("Uitgevallen", true), new Col("Op de lijst", true)));
        for (Metric m : Metric.values()) {
            header.add(new Col(shortName(m), true));
        }
        List<List<Cell>> groups = new ArrayList<>();
        groups.add(groupRow("Iedereen", audit.overall()));
        for (GroupMetrics g : a.groups()) {
            groups.add(groupRow(FairnessTexts.groupName(g.group()), g));
        }
        List<List<Cell>> differences = new ArrayList<>();
        for (Disparity d : a.disparities()) {
            differences.add(List.of(Cell.text(FairnessTexts.metricName(d.metric())),
                    Cell.text(FairnessTexts.groupName(d.group())), Cell.number(FairnessTexts.ratio(d.ratio())),
                    Cell.text(d.ratio().suppressed() ? "groep te klein" : FairnessTexts.verdictName(d.verdict()))));
        }
        String reference = FairnessTexts.groupName(a.reference());
        return new Grouping(a.attribute().key(), "Per " + name, "Referentiegroep: " + reference + ". Punten zijn de "
                + "waarde per groep, de lijn is het 95%-interval: de echte waarde ligt daar vrijwel zeker tussen.",
                charts, new Table(null, "groepen", header, groups), worldIntro(audit), world(a, audit),
                "Verschillen met " + reference, new Table(null, "verschillen", List.of(new Col("Maat", false),
                new Col("Groep", false), new Col("Verhouding (95%-interval)", true), new Col("Oordeel", false)),
                differences));
    }

    private static String worldIntro(FairnessAudit audit) {
        return "Per groep: de uitval, het deel van alle uitvallers, en het deel van de lijst en het deel van de "
                + "uitvallers dat op de lijst komt. Steeds voor het model en voor een lijst van dezelfde lengte zonder "
                + "het model: " + audit.rankings().stream().filter(x -> x != Ranking.MODEL)
                .map(FairnessHtml::rankingName).collect(Collectors.joining(" en "))
                + ". Verschillen in procentpunten staan in fairness.json.";
    }

    /** Each group beside what the world gives: the same list length, picked without the model. */
    private static Table world(AttributeAudit a, FairnessAudit audit) {
        List<Ranking> rankings = audit.rankings();
        List<Col> header = new ArrayList<>(List.of(new Col("Groep", false), new Col("Uitval", true),
                new Col("Deel van de uitvallers", true)));
        for (Ranking x : rankings) {
            header.add(new Col("Deel van de lijst: " + rankingName(x), true));
        }
        for (Ranking x : rankings) {
            header.add(new Col("Uitvallers gevonden: " + rankingName(x), true));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (GroupWorld g : a.world()) {
            Figures model = g.listShare().get(Ranking.MODEL);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(FairnessTexts.groupName(g.group())),
                    Cell.number(FairnessTexts.rate(g.baseRate())), Cell.number(percent(model.reference()))));
            for (Ranking x : rankings) {
                row.add(Cell.number(percent(g.listShare().get(x).group())));
            }
            for (Ranking x : rankings) {
                Figures r = g.recall().get(x);
                row.add(Cell.number(r == null ? "referentie" : percent(r.group())));
            }
            rows.add(row);
        }
        return new Table(null, "wereld", header, rows);
    }

    private static String percent(Estimate e) {
        return e.suppressed() ? FairnessTexts.HIDDEN : FairnessTexts.percent(e.value(), 1);
    }

    static String rankingName(Ranking r) {
        return switch (r) {
            case MODEL -> "het model";
            case TODAY -> "de huidige werkwijze (op verzuim)";
            case ORACLE -> "het ware risico (alleen bij proefgegevens)";
        };
    }

    private static List<Cell> groupRow(String label, GroupMetrics g) {
        List<Cell> row = new ArrayList<>(List.of(Cell.text(label), Cell.number(FairnessTexts.count(g.persons())),
                Cell.number(FairnessTexts.count(g.confusion().positives())),
                Cell.number(FairnessTexts.count(g.confusion().selected()))));
        for (Metric m : Metric.values()) {
            row.add(Cell.number(m == Metric.CALIBRATION ? FairnessTexts.ratio(g.calibration().observedToExpected())
                    : FairnessTexts.rate(g.rates().get(m))));
        }
        return row;
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

    private static ListPart list(AuditReport r) {
        AuditFacts f = r.facts();
        List<Titled> tables = new ArrayList<>();
        for (AttributeComposition a : r.list().attributes()) {
            List<List<Cell>> rows = new ArrayList<>();
            for (GroupComposition g : a.groups()) {
                rows.add(List.of(Cell.text(FairnessTexts.groupName(g.group())),
                        Cell.number(FairnessTexts.count(g.onList())), Cell.number(FairnessTexts.count(g.persons())),
                        Cell.number(g.expectedByBaseRate().suppressed() ? FairnessTexts.HIDDEN
                                : FairnessTexts.decimal(g.expectedByBaseRate().value(), 1)),
                        Cell.number(FairnessTexts.ratio(g.ratioToBaseRate())),
                        Cell.text(g.ratioToBaseRate().suppressed() ? "groep te klein"
                                : FairnessTexts.verdictName(g.verdictToBaseRate()))));
            }
            tables.add(new Titled("Per " + FairnessTexts.attributeName(a.attribute()), new Table(null, "lijstgroepen",
                    List.of(new Col("Groep", false), new Col("Op de lijst", true), new Col("Personen", true),
                            new Col("Verwacht volgens uitval", true), new Col("Op lijst / verwacht (95%-interval)",
                                    true), new Col("Oordeel", false)), rows)));
        }
        if (f.listPeildatum() == null) {
            return new ListPart("De lijst op de testrijen", "Het model maakt geen lijst uit een tabel. Daarom kijken "
                    + "we naar wie het model op de testrijen op de lijst zet (" + f.listCapacity() + " van "
                    + f.listPopulation() + "). We vergelijken met hoeveel personen van de groep er zouden staan als de "
                    + "lijst de uitval per groep volgde.", tables);
        }
        return new ListPart("De lijst van " + NlFormat.date(f.listPeildatum()), "Wie staat er op de lijst die het "
                + "model nu maakt (" + f.listCapacity() + " van " + f.listPopulation() + " jongeren)? We vergelijken "
                + "met hoeveel jongeren van de groep er zouden staan als de lijst de uitval per groep van het testjaar "
                + "volgde.", tables);
    }

    private static ProxyPart proxies(ProxyReport p, List<ProtectedAttribute> singles) {
        String intro = FairnessTexts.attributeNamesCapitalised(singles, "en") + " gaan niet in het model, maar "
                + "andere kenmerken kunnen ermee samenhangen. "
                + "Cramér's V meet hoe sterk (0 is niet, 1 is volledig). De AUC meet hoe goed een kenmerk alleen een "
                + "groep van de rest scheidt (0,5 is niet, 1 is volledig). We noemen een kenmerk bij V vanaf "
                + FairnessTexts.decimal(p.options().cramersVThreshold(), 2) + " of AUC vanaf "
                + FairnessTexts.decimal(p.options().aucThreshold(), 2) + ". Die grenzen zijn laag gekozen: liever een "
                + "kenmerk te veel genoemd dan een gemist.";
        StringBuilder predictions = new StringBuilder();
        for (AttributePrediction a : p.predictions()) {
            predictions.append(predictionSentence(a)).append(' ');
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (FeatureProxy fp : p.features()) {
            GroupAuc best = null;
            for (GroupAuc g : fp.groupAucs()) {
                if (Double.isFinite(g.auc()) && (best == null || g.auc() > best.auc())) {
                    best = g;
                }
            }
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(fp.feature()));
            for (ProtectedAttribute a : singles) {
                row.add(Cell.number(FairnessTexts.decimal(v(fp, a), 2)));
            }
            row.add(Cell.text(best == null ? "-" : FairnessTexts.groupName(best.group()) + ": "
                    + FairnessTexts.decimal(best.auc(), 2)));
            row.add(new Cell(fp.flagged() ? "ja" : "nee", null, fp.flagged()));
            rows.add(row);
        }
        List<Col> cols = new ArrayList<>();
        cols.add(new Col("Kenmerk", false));
        for (ProtectedAttribute a : singles) {
            cols.add(new Col("V " + a.name(), true));
        }
        cols.add(new Col("Sterkste scheiding (AUC)", false));
        cols.add(new Col("Genoemd", false));
        return new ProxyPart(intro, predictions.toString(), new Table("proxytabel", null, cols, rows));
    }

    private static double v(FeatureProxy fp, ProtectedAttribute a) {
        return fp.cramersV().getOrDefault(a, Double.NaN);
    }

    private static Meaning meaning(FairnessAudit audit) {
        List<Term> terms = new ArrayList<>();
        for (Metric m : Metric.values()) {
            terms.add(new Term(FairnessTexts.metricName(m), FairnessTexts.metricExplanation(m)));
        }
        return new Meaning(terms, FairnessTexts.band(audit.options().bandLow(), audit.options().bandHigh()),
                (FairnessTexts.suppressionRule(audit.options().minCell()) + " "
                        + FairnessTexts.merged(audit.merged())).strip());
    }

    private static Table features(AuditFacts f) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FeatureDefinition d : f.features()) {
            rows.add(List.of(Cell.text(d.name()), Cell.text(d.descriptionNl()), Cell.text(d.justificationNl())));
        }
        return new Table("kenmerktabel", null, List.of(new Col("Kenmerk", false), new Col("Wat het is", false),
                new Col("Waarom", false)), rows);
    }

    /** sha256 values shortened to 12 characters, as on the signal list. */
    private static String shorten(String key, String value) {
        return key.startsWith("sha256") || key.endsWith("Sha256") ? value.substring(0, Math.min(12, value.length()))
                : value;
    }

    /** The template puts its own line break after embedded markup. */
    /**
     * One measure per group as dots with their 95% interval, the whole cohort's value as a dashed grey line; a
     * hidden group keeps its row, named as hidden, without a dot.
     */
    private static String groupChart(String title, AttributeAudit a, Rate overall, Metric m, String id) {
        int n = a.groups().size();
        List<String> labels = new ArrayList<>();
        double[] value = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        double top = overall.suppressed() ? 0 : overall.value();
        for (int i = 0; i < n; i++) {
            GroupMetrics g = a.groups().get(i);
            Rate rate = g.rates().get(m);
            boolean shown = !rate.suppressed();
            labels.add(FairnessTexts.groupName(g.group()) + (shown ? "" : " (" + FairnessTexts.HIDDEN + ")"));
            value[i] = shown ? rate.value() : Double.NaN;
            lower[i] = shown ? rate.lower() : Double.NaN;
            upper[i] = shown ? rate.upper() : Double.NaN;
            top = Math.max(top, shown ? (Double.isFinite(rate.upper()) ? rate.upper() : rate.value()) : 0);
        }
        Chart chart = Chart.of(title, "groep", FairnessTexts.metricName(m), DUTCH).categories(labels)
                .horizontal().percentValues().yRange(0, top > 0 ? Chart.niceStep(top / 4) * 4 : 1) // 0: all hidden
                .dots(FairnessTexts.metricName(m) + " met 95%-interval", Chart.Pen.of(0), value, lower, upper);
        if (!overall.suppressed()) {
            chart.line("iedereen samen (" + FairnessTexts.percent(overall.value(), 1) + ")", Chart.Pen.REFERENCE,
                    new double[] {-0.5, n - 0.5}, new double[] {overall.value(), overall.value()});
        }
        return withoutFinalNewline(chart.svg(id));
    }

    private static String withoutFinalNewline(String markup) {
        return markup.endsWith("\n") ? markup.substring(0, markup.length() - 1) : markup;
    }
}
