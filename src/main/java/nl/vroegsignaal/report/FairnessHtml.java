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
            groupings.add(grouping(a, r.audit(), t));
        }
        List<String> provenance = new ArrayList<>();
        f.provenance().forEach((k, v) -> provenance.add(k + ": " + shorten(k, v)));
        return new Page(t.text("fairness.titel"), subtitle(f, t), summary(r, t), explanations(r, t), groupings,
                list(r, t), proxies(r.proxies(), r.audit().singles(), t), meaning(r.audit()), features(f, t),
                withoutFinalNewline(
                r.modelCard().html()), provenance);
    }

    private static String subtitle(AuditFacts f, Texts t) {
        Object[] places = {"getest", f.heldOutNl(), "peildata", f.testPeildata().stream().map(NlFormat::date)
                .collect(Collectors.joining(", ")), "personen", f.testRows(), "op_lijst", f.testCapacity(),
                "capaciteit", f.capacityNl(), "soort", f.modelTypeNl(), "map", f.modelName()};
        return f.fromTable() ? t.text("fairness.ondertitel.tabel", places)
                : t.text("fairness.ondertitel.lijst", places);
    }

    private static Summary summary(AuditReport r, Texts t) {
        FirstScreen screen = FirstScreen.of(r, t);
        ProxyReport p = r.proxies();
        List<ProtectedAttribute> singles = r.audit().singles();
        String or = FairnessTexts.attributeNames(singles, "of");
        StringBuilder proxies = new StringBuilder(p.flagged().isEmpty()
                ? t.text("fairness.samenvatting.geen_proxy", "beschermd", or)
                : t.text("fairness.samenvatting.proxy", "beschermd", or, "kenmerken", String.join(", ", p.flagged())));
        for (AttributePrediction a : p.predictions()) {
            proxies.append(' ').append(predictionSentence(a, t));
        }
        Object[] and = {"beschermd", FairnessTexts.attributeNames(singles, "en"),
                "beschermd_hoofdletter", FairnessTexts.attributeNamesCapitalised(singles, "en")};
        String tested = singles.size() > 1 ? t.text("fairness.samenvatting.getest_combinaties", and)
                : t.text("fairness.samenvatting.getest", and);
        return new Summary(tested, or, FirstScreen.criterion(t), screen.modelFindings(), screen.practice(),
                screen.context(), proxies.toString(), screen.toRecord(), FairnessTexts.falseAlarms(r.audit().comparisons()));
    }

    private static String predictionSentence(AttributePrediction a, Texts t) {
        return t.text("fairness.samenvatting.voorspelling", "anders_dan", a.attribute().otherThan(),
                "groep", FairnessTexts.groupName(a.reference()), "auc", FairnessTexts.decimal(a.auc(), 2));
    }

    private static Explanations explanations(AuditReport r, Texts t) {
        String intro = t.text("fairness.verklaringen.inleiding", "stappen", FairnessTexts.BIAS_STEPS);
        FirstScreen screen = FirstScreen.of(r, t);
        if (screen.modelFindings().isEmpty()) {
            return new Explanations(intro, null);
        }
        Cell todo = new Cell(FairnessTexts.toFill(t.text("fairness.verklaringen.invullen")), "invullen", false);
        List<List<Cell>> rows = new ArrayList<>();
        for (String s : screen.modelFindings()) {
            rows.add(List.of(Cell.text(s), todo));
        }
        return new Explanations(intro, new Table("bevindingen", null, List.of(new Col(t.text("fairness.verklaringen.kolom_gemeten"), false),
                new Col(t.text("fairness.verklaringen.kolom_oordeel"), false)), rows));
    }

    private static Grouping grouping(AttributeAudit a, FairnessAudit audit, Texts t) {
        String name = FairnessTexts.attributeName(a.attribute());
        List<String> charts = new ArrayList<>();
        for (Metric m : CHARTED) {
            charts.add(groupChart(t.text("fairness.groepering.grafiek", "maat", FairnessTexts.metricName(m),
                    "kenmerk", name), a, audit.overall().rates().get(m), m,
                    a.attribute().key() + "-" + FairnessTexts.metricKey(m), t));
        }
        List<Col> header = new ArrayList<>(List.of(new Col(t.text("fairness.kolom.groep"), false),
                new Col(t.text("fairness.kolom.personen"), true), new Col(t.text("fairness.kolom.uitgevallen"), true),
                new Col(t.text("fairness.kolom.op_de_lijst"), true)));
        for (Metric m : Metric.values()) {
            header.add(new Col(shortName(m, t), true));
        }
        List<List<Cell>> groups = new ArrayList<>();
        groups.add(groupRow(t.text("fairness.groepering.iedereen"), audit.overall()));
        for (GroupMetrics g : a.groups()) {
            groups.add(groupRow(FairnessTexts.groupName(g.group()), g));
        }
        List<List<Cell>> differences = new ArrayList<>();
        for (Disparity d : a.disparities()) {
            differences.add(List.of(Cell.text(FairnessTexts.metricName(d.metric())),
                    Cell.text(FairnessTexts.groupName(d.group())), Cell.number(FairnessTexts.ratio(d.ratio())),
                    Cell.text(d.ratio().suppressed() ? t.text("fairness.groepering.te_klein")
                            : FairnessTexts.verdictName(d.verdict()))));
        }
        String reference = FairnessTexts.groupName(a.reference());
        return new Grouping(a.attribute().key(), t.text("fairness.groepering.kop", "kenmerk", name),
                t.text("fairness.groepering.inleiding", "referentie", reference),
                charts, new Table(null, "groepen", header, groups), worldIntro(audit, t), world(a, audit, t),
                t.text("fairness.groepering.verschillen", "referentie", reference), new Table(null, "verschillen",
                List.of(new Col(t.text("fairness.kolom.maat"), false), new Col(t.text("fairness.kolom.groep"), false),
                        new Col(t.text("fairness.kolom.verhouding"), true),
                        new Col(t.text("fairness.kolom.oordeel"), false)), differences));
    }

    private static String worldIntro(FairnessAudit audit, Texts t) {
        return t.text("fairness.groepering.wereld", "lijsten", audit.rankings().stream()
                .filter(x -> x != Ranking.MODEL).map(x -> rankingName(x, t)).collect(Collectors.joining(" en ")));
    }

    /** Each group beside what the world gives: the same list length, picked without the model. */
    private static Table world(AttributeAudit a, FairnessAudit audit, Texts t) {
        List<Ranking> rankings = audit.rankings();
        List<Col> header = new ArrayList<>(List.of(new Col(t.text("fairness.kolom.groep"), false),
                new Col(t.text("fairness.kolom.uitval"), true), new Col(t.text("fairness.kolom.deel_uitvallers"), true)));
        for (Ranking x : rankings) {
            header.add(new Col(t.text("fairness.kolom.deel_lijst", "lijst", rankingName(x, t)), true));
        }
        for (Ranking x : rankings) {
            header.add(new Col(t.text("fairness.kolom.gevonden", "lijst", rankingName(x, t)), true));
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
                row.add(Cell.number(r == null ? t.text("fairness.groepering.referentie") : percent(r.group())));
            }
            rows.add(row);
        }
        return new Table(null, "wereld", header, rows);
    }

    private static String percent(Estimate e) {
        return e.suppressed() ? FairnessTexts.HIDDEN : FairnessTexts.percent(e.value(), 1);
    }

    static String rankingName(Ranking r, Texts t) {
        return switch (r) {
            case MODEL -> t.text("fairness.lijsten.model");
            case TODAY -> t.text("fairness.lijsten.werkwijze");
            case ORACLE -> t.text("fairness.lijsten.ware_risico");
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

    private static String shortName(Metric m, Texts t) {
        return switch (m) {
            case RECALL -> t.text("fairness.korte_naam.bereik");
            case FALSE_OMISSION_RATE -> t.text("fairness.korte_naam.gemist_buiten_lijst");
            case SELECTION_RATE -> t.text("fairness.korte_naam.kans_op_lijst");
            case PRECISION -> t.text("fairness.korte_naam.precisie");
            case FALSE_POSITIVE_RATE -> t.text("fairness.korte_naam.onnodig");
            case FALSE_NEGATIVE_RATE -> t.text("fairness.korte_naam.gemist");
            case BASE_RATE -> t.text("fairness.korte_naam.uitval");
            case CALIBRATION -> t.text("fairness.korte_naam.kalibratie");
        };
    }

    private static ListPart list(AuditReport r, Texts t) {
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
                        Cell.text(g.ratioToBaseRate().suppressed() ? t.text("fairness.groepering.te_klein")
                                : FairnessTexts.verdictName(g.verdictToBaseRate()))));
            }
            tables.add(new Titled(t.text("fairness.groepering.kop", "kenmerk",
                    FairnessTexts.attributeName(a.attribute())), new Table(null, "lijstgroepen",
                    List.of(new Col(t.text("fairness.kolom.groep"), false),
                            new Col(t.text("fairness.kolom.op_de_lijst"), true),
                            new Col(t.text("fairness.kolom.personen"), true),
                            new Col(t.text("fairness.kolom.verwacht"), true),
                            new Col(t.text("fairness.kolom.lijst_verwacht"), true),
                            new Col(t.text("fairness.kolom.oordeel"), false)), rows)));
        }
        if (f.listPeildatum() == null) {
            return new ListPart(t.text("fairness.lijst.kop_tabel"), t.text("fairness.lijst.tabel",
                    "op_lijst", f.listCapacity(), "personen", f.listPopulation()), tables);
        }
        return new ListPart(t.text("fairness.lijst.kop", "peildatum", NlFormat.date(f.listPeildatum())),
                t.text("fairness.lijst.tekst", "op_lijst", f.listCapacity(), "personen", f.listPopulation()), tables);
    }

    private static ProxyPart proxies(ProxyReport p, List<ProtectedAttribute> singles, Texts t) {
        String intro = t.text("fairness.proxies.inleiding", "beschermd_hoofdletter",
                FairnessTexts.attributeNamesCapitalised(singles, "en"),
                "grens_v", FairnessTexts.decimal(p.options().cramersVThreshold(), 2),
                "grens_auc", FairnessTexts.decimal(p.options().aucThreshold(), 2));
        StringBuilder predictions = new StringBuilder();
        for (AttributePrediction a : p.predictions()) {
            predictions.append(predictionSentence(a, t)).append(' ');
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
            row.add(new Cell(fp.flagged() ? t.text("fairness.proxies.ja") : t.text("fairness.proxies.nee"), null,
                    fp.flagged()));
            rows.add(row);
        }
        List<Col> cols = new ArrayList<>();
        cols.add(new Col(t.text("fairness.kolom.kenmerk"), false));
        for (ProtectedAttribute a : singles) {
            cols.add(new Col(t.text("fairness.kolom.v", "kenmerk", a.name()), true));
        }
        cols.add(new Col(t.text("fairness.kolom.scheiding"), false));
        cols.add(new Col(t.text("fairness.kolom.genoemd"), false));
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

    private static Table features(AuditFacts f, Texts t) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FeatureDefinition d : f.features()) {
            rows.add(List.of(Cell.text(d.name()), Cell.text(d.descriptionNl()), Cell.text(d.justificationNl())));
        }
        return new Table("kenmerktabel", null, List.of(new Col(t.text("fairness.kolom.kenmerk"), false),
                new Col(t.text("fairness.kolom.wat"), false), new Col(t.text("fairness.kolom.waarom"), false)), rows);
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
    private static String groupChart(String title, AttributeAudit a, Rate overall, Metric m, String id, Texts t) {
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
        Chart chart = Chart.of(title, t.text("fairness.grafiek.as_groep"), FairnessTexts.metricName(m), DUTCH)
                .categories(labels).horizontal().percentValues()
                .yRange(0, top > 0 ? Chart.niceStep(top / 4) * 4 : 1) // 0: all hidden
                .dots(t.text("fairness.grafiek.punten", "maat", FairnessTexts.metricName(m)), Chart.Pen.of(0), value,
                        lower, upper);
        if (!overall.suppressed()) {
            chart.line(t.text("fairness.grafiek.iedereen", "waarde", FairnessTexts.percent(overall.value(), 1)),
                    Chart.Pen.REFERENCE,
                    new double[] {-0.5, n - 0.5}, new double[] {overall.value(), overall.value()});
        }
        return withoutFinalNewline(chart.svg(id));
    }

    private static String withoutFinalNewline(String markup) {
        return markup.endsWith("\n") ? markup.substring(0, markup.length() - 1) : markup;
    }
}
