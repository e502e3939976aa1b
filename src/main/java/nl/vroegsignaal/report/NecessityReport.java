package nl.vroegsignaal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.Json;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.disclosure.DisclosureJson;
import nl.vroegsignaal.fairness.RecallBalance;
import nl.vroegsignaal.features.Catalogue;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.model.Estimate;
import nl.vroegsignaal.model.Evaluation;
import nl.vroegsignaal.model.EvaluationDisclosure;
import nl.vroegsignaal.model.Evaluator;
import nl.vroegsignaal.model.Necessity;

/**
 * The necessity and proportionality report ({@code noodzaak.json}, {@code noodzaak.html}): what each source adds
 * at the team's capacity, beside the absence rule, the school baseline and larger teams. Aggregates only; a
 * figure {@link EvaluationDisclosure} hides is written in the one JSON encoding ({@link DisclosureJson}) or as
 * {@link Disclosure#PAGE_MARK} (page), and so is a difference with a hidden side.
 *
 * @param fairness   per protected attribute the reach balance of the full model (first) and of each model
 *                   without a source, in source order; empty when the data carries no protected attributes
 * @param provenance what produced the figures (versions, hashes, seed)
 */
public record NecessityReport(Necessity.Result result, List<RecallBalance.Summary> fairness,
                              Map<String, String> provenance) {
    public static final String JSON_FILE = "noodzaak.json";
    public static final String HTML_FILE = "noodzaak.html";
    public static final List<String> FILES = List.of(JSON_FILE, HTML_FILE);

    public NecessityReport {
        fairness = List.copyOf(fairness);
        provenance = new TreeMap<>(provenance);
    }

    /** Writes both files into {@code dir} (each atomically; the caller's folder makes them appear together). */
    public void writeInto(Path dir, Texts texts) {
        AtomicOutput.writeString(dir.resolve(JSON_FILE), AtomicOutput.Visibility.AGGREGATE,
                Json.write(json(), JSON_FILE));
        AtomicOutput.writeString(dir.resolve(HTML_FILE), AtomicOutput.Visibility.AGGREGATE, html(texts));
    }

    /** Whether a source's gain may be shown: both the full model's and the reduced model's figures are. */
    public static boolean hidesGain(Evaluation full, Evaluation other) {
        return EvaluationDisclosure.hidesAtCapacity(full) || EvaluationDisclosure.hidesAtCapacity(other);
    }

    /** The conclusion for one source, in plain Dutch. */
    public static String conclusionNl(Texts t, Necessity.Source s, boolean hidden) {
        if (hidden) {
            return t.text("noodzaak.conclusie_afgeschermd", "bron", s.leftOut().nameNl());
        }
        Estimate g = s.gain().precision();
        return s.contributes()
                ? t.text("noodzaak.conclusie_ja", "bron", s.leftOut().nameNl(), "verschil", points(g.value()),
                        "van", points(g.lower()), "tot", points(g.upper()))
                : t.text("noodzaak.conclusie_nee", "bron", s.leftOut().nameNl(), "verschil", points(g.value()),
                        "van", points(g.lower()), "tot", points(g.upper()));
    }

    /** Per source its conclusion, in source order. */
    public List<String> conclusionsNl(Texts t) {
        List<String> out = new ArrayList<>();
        for (Necessity.Source s : result.sources()) {
            out.add(conclusionNl(t, s, hidesGain(result.full(), s.without())));
        }
        return out;
    }

    /**
     * The comparison a council weighs, in sentences: the model against the absence rule and the school baseline
     * at the same capacity, and what a larger team would reach with the model and with the absence rule. For the
     * model card and the register entry; a hidden figure is named as such.
     */
    public List<String> relativeValueNl(Texts t) {
        Evaluation full = result.full();
        boolean fh = EvaluationDisclosure.hidesAtCapacity(full);
        List<String> out = new ArrayList<>();
        result.absenceRule().ifPresent(c -> out.add(t.text("noodzaak.zin_verzuimregel",
                "model", percentWithInterval(full.atCapacity().precision(), fh),
                "regel", percentWithInterval(c.baseline().atCapacity().precision(),
                        EvaluationDisclosure.hidesAtCapacity(c.baseline())),
                "winst", pointsWithInterval(c.modelGain().precision(), hidesGain(full, c.baseline())))));
        result.school().ifPresent(c -> out.add(t.text("noodzaak.zin_school",
                "regel", percentWithInterval(c.baseline().atCapacity().precision(),
                        EvaluationDisclosure.hidesAtCapacity(c.baseline())),
                "winst", pointsWithInterval(c.modelGain().precision(), hidesGain(full, c.baseline())))));
        for (Necessity.Team team : result.teams()) {
            Evaluation m = team.model();
            boolean mh = EvaluationDisclosure.hidesAtCapacity(m);
            String rule = team.absenceRule().map(a -> percentWithInterval(a.atCapacity().recall(),
                    EvaluationDisclosure.hidesAtCapacity(a))).orElse("-");
            out.add(t.text("noodzaak.zin_team", "factor", FairnessTexts.decimal(team.factor(), 2),
                    "aantal", Disclosure.page(team.k(), Disclosure.hidesCount(team.k())),
                    "bereik_model", percentWithInterval(m.atCapacity().recall(), mh), "bereik_regel", rule,
                    "bereik_nu", percentWithInterval(full.atCapacity().recall(), fh)));
        }
        return out;
    }

    /** The sources that do not demonstrably contribute, by their Dutch names (hidden ones left out). */
    public List<String> notContributingNl() {
        return result.sources().stream().filter(s -> !hidesGain(result.full(), s.without()) && !s.contributes())
                .map(s -> s.leftOut().nameNl()).toList();
    }

    /** The Dutch descriptions of a source's features (never their machine names). */
    public static List<String> featuresNl(Necessity.Source s) {
        return s.leftOut().features().stream().map(n -> Catalogue.find(n).map(FeatureDefinition::descriptionNl)
                .orElse("een kenmerk uit deze bron")).toList();
    }

    /** A difference of two shares in percentage points, e.g. "+2,1 procentpunt". */
    static String points(double d) {
        if (Double.isNaN(d)) {
            return "-";
        }
        return (d > 0 ? "+" : "") + FairnessTexts.decimal(d * 100, 1) + " procentpunt";
    }

    static String percentWithInterval(Estimate e, boolean hidden) {
        if (hidden) {
            return Disclosure.PAGE_MARK;
        }
        String v = FairnessTexts.percent(e.value(), 1);
        return e.hasInterval() ? v + " (" + FairnessTexts.decimal(e.lower() * 100, 1) + " tot "
                + FairnessTexts.decimal(e.upper() * 100, 1) + ")" : v;
    }

    static String pointsWithInterval(Estimate e, boolean hidden) {
        if (hidden) {
            return Disclosure.PAGE_MARK;
        }
        return e.hasInterval() ? points(e.value()) + " (" + points(e.lower()) + " tot " + points(e.upper()) + ")"
                : points(e.value());
    }

    static String decimalWithInterval(Estimate e, boolean hidden) {
        if (hidden || Double.isNaN(e.value())) {
            return hidden ? Disclosure.PAGE_MARK : "-";
        }
        String v = FairnessTexts.decimal(e.value(), 3);
        return e.hasInterval() ? v + " (" + FairnessTexts.decimal(e.lower(), 3) + " tot "
                + FairnessTexts.decimal(e.upper(), 3) + ")" : v;
    }

    // ---- JSON ----

    public ObjectNode json() {
        ObjectNode root = Json.object();
        root.put("title", "vroegsignaal: necessity and proportionality");
        root.put("candidate", result.candidate());
        root.put("trainedAgain", "the saved model's configuration only (not the whole grid), same split and seed");
        root.put("capacity", result.options().capacity().describe());
        root.put("k", result.k());
        root.put("fitRows", result.fitRows());
        root.put("trainingRows", result.trainingRows());
        root.put("bootstrapResamples", result.options().bootstrapResamples());
        root.put("bootstrapSeed", result.options().seed());
        root.put("conclusionRule", "contributes when the 95% interval of the gain in precision at capacity "
                + "(full model minus the model without the source) lies above 0");
        root.set("full", evaluation(result.full()));
        ArrayNode sources = root.putArray("sources");
        for (int i = 0; i < result.sources().size(); i++) {
            Necessity.Source s = result.sources().get(i);
            boolean hidden = hidesGain(result.full(), s.without());
            ObjectNode o = sources.addObject();
            o.put("source", s.leftOut().key());
            ArrayNode f = o.putArray("featuresLeftOut");
            s.leftOut().features().forEach(f::add);
            o.set("without", evaluation(s.without()));
            o.set("gain", gain(s.gain(), hidden, EvaluationDisclosure.hidesCohort(s.without())));
            if (hidden) {
                DisclosureJson.hide(o, "contributes");
            } else {
                o.put("contributes", s.contributes());
            }
            o.put("conclusionNl", conclusionNl(Texts.builtIn(), s, hidden));
            ObjectNode fair = o.putObject("fairness");
            for (RecallBalance.Summary sum : fairness) {
                fair.set(sum.attribute().key(), balance(sum, i + 1));
            }
        }
        ObjectNode fullFair = root.putObject("fullFairness");
        for (RecallBalance.Summary sum : fairness) {
            boolean h = sum.hidden().get(0);
            fullFair.set(sum.attribute().key(), estimate(sum.balance().get(0), h));
        }
        result.absenceRule().ifPresent(c -> root.set("absenceRule", comparison(c, result.full())));
        result.school().ifPresent(c -> root.set("schoolBaseline", comparison(c, result.full())));
        ArrayNode teams = root.putArray("largerTeams");
        for (Necessity.Team team : result.teams()) {
            ObjectNode o = teams.addObject();
            o.put("factor", team.factor());
            o.put("k", team.k());
            o.set("model", evaluation(team.model()));
            team.absenceRule().ifPresent(a -> o.set("absenceRule", evaluation(a)));
        }
        ObjectNode p = root.putObject("provenance");
        provenance.forEach(p::put);
        return root;
    }

    private ObjectNode balance(RecallBalance.Summary sum, int ranking) {
        ObjectNode o = Json.object();
        boolean hidden = sum.hidden().get(ranking);
        o.set("balance", estimate(sum.balance().get(ranking), hidden));
        o.set("differenceToFull", estimate(sum.differenceToFirst().get(ranking - 1), hidden || sum.hidden().get(0)));
        return o;
    }

    private static ObjectNode comparison(Necessity.Comparison c, Evaluation full) {
        ObjectNode o = Json.object();
        o.set("evaluation", evaluation(c.baseline()));
        o.set("modelGain", gain(c.modelGain(), hidesGain(full, c.baseline()),
                EvaluationDisclosure.hidesCohort(c.baseline())));
        return o;
    }

    private static ObjectNode evaluation(Evaluation e) {
        ObjectNode o = Json.object();
        o.put("name", e.name());
        boolean hidden = EvaluationDisclosure.hidesAtCapacity(e);
        o.set("precision", estimate(e.atCapacity().precision(), hidden));
        o.set("recall", estimate(e.atCapacity().recall(), hidden));
        o.set("aucPr", estimate(e.aucPr(), EvaluationDisclosure.hidesCohort(e)));
        return o;
    }

    private static ObjectNode gain(Evaluator.Gain g, boolean hidden, boolean cohortHidden) {
        ObjectNode o = Json.object();
        o.set("precision", estimate(g.precision(), hidden));
        o.set("recall", estimate(g.recall(), hidden));
        o.set("aucPr", estimate(g.aucPr(), cohortHidden));
        return o;
    }

    private static ObjectNode estimate(Estimate e, boolean hidden) {
        ObjectNode o = Json.object();
        if (hidden) {
            DisclosureJson.hide(o, "value");
            return o;
        }
        number(o, "value", e.value());
        number(o, "lower", e.lower());
        number(o, "upper", e.upper());
        return o;
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) {
            o.putNull(key);
        } else {
            o.put(key, new java.math.BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_EVEN));
        }
    }

    // ---- page ----

    /** What {@code noodzaak.jte} renders. */
    public record Page(String title, List<String> intro, List<String> conclusions, HtmlTable sources,
                       List<SourceFeatures> features, HtmlTable baselines, HtmlTable teams,
                       Optional<HtmlTable> fairness, List<String> method, String meta) {
    }

    /** A source with the Dutch descriptions of the features the test left out. */
    public record SourceFeatures(String source, List<String> features) {
    }

    public String html(Texts t) {
        return Pages.render("noodzaak.jte", page(t));
    }

    public Page page(Texts t) {
        Evaluation full = result.full();
        boolean fullHidden = EvaluationDisclosure.hidesAtCapacity(full);
        List<HtmlTable.Row> rows = new ArrayList<>();
        rows.add(new HtmlTable.Row("chosen", List.of(t.text("noodzaak.rij_volledig"),
                percentWithInterval(full.atCapacity().precision(), fullHidden),
                percentWithInterval(full.atCapacity().recall(), fullHidden),
                decimalWithInterval(full.aucPr(), EvaluationDisclosure.hidesCohort(full)), "", "", "", "")));
        List<SourceFeatures> features = new ArrayList<>();
        for (Necessity.Source s : result.sources()) {
            Evaluation w = s.without();
            boolean hidden = hidesGain(full, w);
            rows.add(new HtmlTable.Row("", List.of(t.text("noodzaak.rij_zonder", "bron", s.leftOut().nameNl()),
                    percentWithInterval(w.atCapacity().precision(), EvaluationDisclosure.hidesAtCapacity(w)),
                    percentWithInterval(w.atCapacity().recall(), EvaluationDisclosure.hidesAtCapacity(w)),
                    decimalWithInterval(w.aucPr(), EvaluationDisclosure.hidesCohort(w)),
                    pointsWithInterval(s.gain().precision(), hidden),
                    pointsWithInterval(s.gain().recall(), hidden),
                    hidden ? Disclosure.PAGE_MARK : pointsAuc(s.gain().aucPr()),
                    hidden ? Disclosure.PAGE_MARK
                            : s.contributes() ? t.text("noodzaak.kort_ja") : t.text("noodzaak.kort_nee"))));
            features.add(new SourceFeatures(s.leftOut().nameNl(), featuresNl(s)));
        }
        HtmlTable sources = new HtmlTable(List.of(t.text("noodzaak.kolom_model"), t.text("noodzaak.kolom_precisie"),
                t.text("noodzaak.kolom_bereik"), t.text("noodzaak.kolom_aucpr"), t.text("noodzaak.kolom_winst_precisie"),
                t.text("noodzaak.kolom_winst_bereik"), t.text("noodzaak.kolom_winst_aucpr"),
                t.text("noodzaak.kolom_conclusie")), rows);

        List<HtmlTable.Row> base = new ArrayList<>();
        base.add(new HtmlTable.Row("chosen", List.of(t.text("noodzaak.rij_volledig"),
                percentWithInterval(full.atCapacity().precision(), fullHidden),
                percentWithInterval(full.atCapacity().recall(), fullHidden), "")));
        result.absenceRule().ifPresent(c -> base.add(baselineRow(t.text("noodzaak.rij_verzuimregel"), c, full)));
        result.school().ifPresent(c -> base.add(baselineRow(t.text("noodzaak.rij_school"), c, full)));
        HtmlTable baselines = new HtmlTable(List.of(t.text("noodzaak.kolom_rangorde"),
                t.text("noodzaak.kolom_precisie"), t.text("noodzaak.kolom_bereik"),
                t.text("noodzaak.kolom_winst_model")), base);

        List<HtmlTable.Row> teamRows = new ArrayList<>();
        teamRows.add(teamRow(t, "1", result.k(), full, result.absenceRule().map(Necessity.Comparison::baseline)));
        for (Necessity.Team team : result.teams()) {
            teamRows.add(teamRow(t, FairnessTexts.decimal(team.factor(), 2), team.k(), team.model(),
                    team.absenceRule()));
        }
        HtmlTable teams = new HtmlTable(List.of(t.text("noodzaak.kolom_team"), t.text("noodzaak.kolom_lijst"),
                t.text("noodzaak.kolom_precisie_model"), t.text("noodzaak.kolom_bereik_model"),
                t.text("noodzaak.kolom_precisie_regel"), t.text("noodzaak.kolom_bereik_regel")), teamRows);

        Optional<HtmlTable> fair = Optional.empty();
        if (!fairness.isEmpty()) {
            List<String> header = new ArrayList<>(List.of(t.text("noodzaak.kolom_model")));
            fairness.forEach(s -> header.add(t.text("noodzaak.kolom_balans", "kenmerk", s.attribute().key())));
            fairness.forEach(s -> header.add(t.text("noodzaak.kolom_balans_verschil", "kenmerk",
                    s.attribute().key())));
            List<HtmlTable.Row> fr = new ArrayList<>();
            for (int r = 0; r <= result.sources().size(); r++) {
                List<String> cells = new ArrayList<>();
                cells.add(r == 0 ? t.text("noodzaak.rij_volledig")
                        : t.text("noodzaak.rij_zonder", "bron", result.sources().get(r - 1).leftOut().nameNl()));
                for (RecallBalance.Summary s : fairness) {
                    cells.add(decimalWithInterval(s.balance().get(r), s.hidden().get(r)));
                }
                for (RecallBalance.Summary s : fairness) {
                    cells.add(r == 0 ? "" : decimalWithInterval(s.differenceToFirst().get(r - 1),
                            s.hidden().get(r) || s.hidden().get(0)));
                }
                fr.add(new HtmlTable.Row(r == 0 ? "chosen" : "", cells));
            }
            fair = Optional.of(new HtmlTable(header, fr));
        }
        return new Page(t.text("noodzaak.titel"),
                List.of(t.text("noodzaak.inleiding", "capaciteit", result.options().capacity().describe()
                                .replace("% of the population", "% van de jongeren").replace(" per year", " per jaar"),
                        "aantal", result.k()),
                        t.text("noodzaak.regel")),
                conclusionsNl(t), sources, features, baselines, teams, fair,
                methodNl(t),
                provenanceLine());
    }

    private List<String> methodNl(Texts t) {
        List<String> out = new ArrayList<>();
        out.add(t.text("noodzaak.methode", "model", result.candidate(), "trekkingen",
                result.options().bootstrapResamples()));
        if (result.onSample()) {
            out.add(t.text("noodzaak.steekproef", "rijen", EvaluationFormat.setting(result.fitRows()), "totaal",
                    EvaluationFormat.setting(result.trainingRows())));
        }
        out.add(t.text("noodzaak.raster"));
        return out;
    }

    private static String pointsAuc(Estimate e) {
        String v = (e.value() > 0 ? "+" : "") + FairnessTexts.decimal(e.value(), 3);
        return e.hasInterval() ? v + " (" + FairnessTexts.decimal(e.lower(), 3) + " tot "
                + FairnessTexts.decimal(e.upper(), 3) + ")" : v;
    }

    private static HtmlTable.Row baselineRow(String name, Necessity.Comparison c, Evaluation full) {
        Evaluation b = c.baseline();
        boolean hidden = EvaluationDisclosure.hidesAtCapacity(b);
        return new HtmlTable.Row("", List.of(name, percentWithInterval(b.atCapacity().precision(), hidden),
                percentWithInterval(b.atCapacity().recall(), hidden),
                pointsWithInterval(c.modelGain().precision(), hidesGain(full, b))));
    }

    private static HtmlTable.Row teamRow(Texts t, String factor, int k, Evaluation model, Optional<Evaluation> rule) {
        boolean mh = EvaluationDisclosure.hidesAtCapacity(model);
        List<String> cells = new ArrayList<>(List.of(t.text("noodzaak.team", "factor", factor),
                Disclosure.page(k, Disclosure.hidesCount(k)),
                percentWithInterval(model.atCapacity().precision(), mh),
                percentWithInterval(model.atCapacity().recall(), mh)));
        if (rule.isPresent()) {
            boolean rh = EvaluationDisclosure.hidesAtCapacity(rule.get());
            cells.add(percentWithInterval(rule.get().atCapacity().precision(), rh));
            cells.add(percentWithInterval(rule.get().atCapacity().recall(), rh));
        } else {
            cells.add("-");
            cells.add("-");
        }
        return new HtmlTable.Row("", cells);
    }

    private String provenanceLine() {
        StringBuilder sb = new StringBuilder();
        provenance.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append(' ').append(v));
        return sb.toString();
    }
}
