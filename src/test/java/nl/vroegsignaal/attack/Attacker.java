package nl.vroegsignaal.attack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An outside reader of one {@code run}'s folder who knows how the published counts relate and tries to work out
 * counts of fewer than 10 persons. Written without the project's disclosure code: it reads the files as a
 * reader would, puts every published count (an equation) and every published rate (two inequalities: value
 * give or take half its last printed digit, also when the denominator is hidden) into one linear program over
 * non-negative cells, and bounds every count of persons with {@link BoundLp}; the rankings are bounded by
 * {@link RankingChain}; the pages by {@link TextFigures}.
 *
 * <p>Cells: the audit's test cohort geslacht x herkomst x outcome x on the list; the produced list geslacht x
 * herkomst x on the list; per candidate of the evaluation sector x outcome x selected, with the sector x
 * outcome margins shared (the same persons); the link report's cohorts. They are tied together where they count
 * the same persons (the test cohort's size and leavers, the chosen model's list). Linking several
 * cross-classifications through shared margins is exact here, because they form a tree over those margins.
 *
 * <p>Not modelled (said in the closing note): confidence intervals, ratios between groups, the expected counts
 * of the list that use base rates, the findings' texts.
 */
public final class Attacker {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String[] YS = {"0", "1"};

    private final AttackModel m = new AttackModel();
    private final Map<String, RankingChain> chains = new LinkedHashMap<>();
    private final Map<String, Long> ranked = new LinkedHashMap<>();
    private final List<Leak> leaks = new ArrayList<>();
    private final Path run;
    private double eps;
    /** No denominator of any published rate exceeds this: the largest cohort any file counts. */
    private long maxPersons = Long.MAX_VALUE;
    /** Rates read as one exact equation (their printed precision leaves one fraction), for the tests. */
    private int exactRates;
    /** Proportions whose Wilson interval gave their counts back as ranges, for the tests. */
    private int wilsonRows;
    private Long testN;
    private Long testP;
    private final java.util.Set<String> rankingsTied = new java.util.HashSet<>();

    private Attacker(Path run) {
        this.run = run;
    }

    /** Every leak a reader of this run folder finds. */
    public static List<Leak> attack(Path run) throws IOException {
        return attackWithFigures(run).leaks();
    }

    /** The leaks and what the attack took: its unknowns, the counts it bounded and how rates were read. */
    record Result(List<Leak> leaks, int unknowns, int targets, int exactRates, int wilsonRates, int refactorings,
                  int largestPart) {
    }

    static Result attackWithFigures(Path run) throws IOException {
        Attacker a = new Attacker(run);
        a.read();
        List<Leak> leaks = a.solve();
        return new Result(leaks, a.m.unknowns(), a.m.targets().size(), a.exactRates, a.wilsonRows,
                a.lp.refactorings(), a.lp.largestPart());
    }

    /** How many published quantities the attack used (rows of the program), for the benchmark's report. */
    static int[] size(Path run) throws IOException {
        Attacker a = new Attacker(run);
        a.read();
        return new int[] {a.m.unknowns(), a.m.targets().size()};
    }

    private void read() throws IOException {
        JsonNode eval = json("model/evaluation.json");
        JsonNode fair = json("audit/fairness.json");
        JsonNode link = json("link/link-report.json");
        maxPersons = largestCohort(eval, fair, link);
        if (eval != null) {
            evaluation(eval, fair);
        }
        if (fair != null) {
            fairness(fair, eval);
        }
        if (link != null) {
            linkReport(link, fair);
        }
        for (String list : new String[] {"leerplicht", "rmc"}) {
            JsonNode s = json("signal/signalen-" + list + ".json");
            if (s != null) {
                eps = precision(s);
                shown("signal list " + list + ": population", sum(m.unknown("list population " + list)),
                        s.get("populatie"));
            }
        }
    }

    private Ranges lp;

    private List<Leak> solve() throws IOException {
        lp = m.ranges();
        for (AttackModel.Target t : m.targets()) {
            if (t.shown() != null) {
                Leak.check(leaks, t.label() + " (shown)", t.shown(), t.shown());
                continue;
            }
            double[] r = lp.range(t.form());
            Leak.check(leaks, t.label() + " (hidden)", r[0], r[1]);
        }
        for (Map.Entry<String, Long> e : ranked.entrySet()) {
            // the LP's bounds on a candidate's leavers at capacity flow back into its ranking
            RankingChain c = chains.get(e.getKey());
            if (c != null) {
                double[] r = lp.range(sum(m.unknown("TP@k " + e.getKey())));
                c.bound(e.getValue(), r[0], r[1]);
            }
        }
        for (RankingChain c : chains.values()) {
            leaks.addAll(c.leaks());
        }
        leaks.addAll(TextFigures.check(run));
        return leaks;
    }

    // ---- evaluation.json ----

    private void evaluation(JsonNode e, JsonNode fair) {
        eps = precision(e);
        List<JsonNode> all = new ArrayList<>();
        e.path("candidates").forEach(all::add);
        if (e.has("oracle")) {
            all.add(e.get("oracle"));
        }
        for (JsonNode c : all) {
            String name = c.path("name").asText();
            m.section("evaluation.json " + name);
            shown("test cohort: persons", sum(m.unknown("N")), c.get("rows"));
            shown("test cohort: leavers", sum(m.unknown("P")), c.get("positives"));
            testN = longOf(c.get("rows"));
            testP = longOf(c.get("positives"));
            JsonNode at = c.path("atCapacity");
            Long k = longOf(at.get("k")); // a setting: the list's length
            int tp = m.unknown("TP@k " + name);
            if (k != null) {
                m.row(sum(m.unknown("sel@k " + name)), BoundLp.Rel.EQ, k);
            }
            shown(name + ": leavers on the list", sum(tp), at.get("truePositives"));
            if (longOf(at.get("truePositives")) != null || !at.path("truePositives").isNumber()) {
                rateOf(sum(tp), sum(m.unknown("sel@k " + name)), at.get("precision"));
                rateOf(sum(tp), sum(m.unknown("P")), at.get("recall"));
            }
            // a ranking with ties broken at random publishes expectations, not counts: only its margins count
            JsonNode tpNode = at.get("truePositives");
            boolean expected = tpNode != null && tpNode.isNumber() && longOf(tpNode) == null;
            sectors(c, name, expected);
            if (!expected) {
                ranking(c, name, k);
            }
        }
        for (JsonNode t : e.path("cohortTrends")) {
            for (JsonNode p : t.path("points")) {
                String key = "trend " + t.path("name").asText() + " " + p.path("peildatum").asText();
                m.section("evaluation.json " + key);
                int n = m.unknown(key + " N");
                int pos = m.unknown(key + " P");
                int tp = m.unknown(key + " TP");
                int sel = m.unknown(key + " sel");
                shown(key + ": persons", sum(n), p.get("rows"));
                shown(key + ": leavers", sum(pos), p.get("positives"));
                Long k = longOf(p.get("k"));
                if (k != null) {
                    m.row(sum(sel), BoundLp.Rel.EQ, k);
                }
                m.row(minus(sum(pos), sum(tp)), BoundLp.Rel.GE, 0);
                m.row(minus(sum(n), sum(pos)), BoundLp.Rel.GE, 0);
                m.target(key + ": leavers on the list", sum(tp));
                rateOf(sum(tp), sum(sel), p.get("precision"));
                rateOf(sum(tp), sum(pos), p.get("recall"));
            }
        }
    }

    private void sectors(JsonNode c, String name, boolean expected) {
        List<Integer> tps = new ArrayList<>();
        List<Integer> sels = new ArrayList<>();
        List<Integer> ns = new ArrayList<>();
        List<Integer> ps = new ArrayList<>();
        List<String> names = new ArrayList<>();
        c.path("sectors").forEach(s -> names.add(s.path("sector").asText()));
        if (names.isEmpty()) {
            return;
        }
        long listed = 0;
        for (JsonNode x : c.path("sectors")) {
            Long r = longOf(x.get("rows"));
            listed += r == null ? 0 : r;
        }
        if (testN == null || listed != testN) {
            names.add("(not listed)"); // persons in no listed sector (their number follows from the total)
        }
        for (String sec : names) {
            JsonNode s = null;
            for (JsonNode x : c.path("sectors")) {
                if (x.path("sector").asText().equals(sec)) {
                    s = x;
                }
            }
            Map<String, Integer> cell = new LinkedHashMap<>();
            for (String y : YS) {
                int margin = m.unknown("sector " + sec + " y" + y);
                int on = m.unknown("sector " + name + " " + sec + " y" + y + " s1");
                int off = m.unknown("sector " + name + " " + sec + " y" + y + " s0");
                m.row(minus(AttackModel.sum(List.of(on, off)), sum(margin)), BoundLp.Rel.EQ, 0);
                cell.put(y + "1", on);
                cell.put(y + "0", off);
                cell.put(y, margin);
            }
            Map<Integer, Double> rows = AttackModel.sum(List.of(cell.get("0"), cell.get("1")));
            Map<Integer, Double> pos = sum(cell.get("1"));
            Map<Integer, Double> sel = AttackModel.sum(List.of(cell.get("01"), cell.get("11")));
            Map<Integer, Double> tp = sum(cell.get("11"));
            String label = "sector " + sec + " (" + name + ")";
            m.section("evaluation.json " + label);
            if (s != null) {
                shown("sector " + sec + ": persons", rows, s.get("rows"));
                shown("sector " + sec + ": leavers", pos, s.get("positives"));
                if (!expected) {
                    shown(label + ": selected", sel, s.get("selected"));
                    rateOf(tp, sel, s.get("precision"));
                    rateOf(tp, pos, s.get("recall"));
                }
            } else {
                m.target("sector " + sec + ": persons", rows);
            }
            m.target("sector " + sec + ": leavers", pos);
            m.target("sector " + sec + ": staying", sum(cell.get("0")));
            m.target(label + ": selected", sel);
            m.target(label + ": leavers selected", tp);
            m.target(label + ": others selected", sum(cell.get("01")));
            m.target(label + ": leavers not selected", sum(cell.get("10")));
            tps.add(cell.get("11"));
            sels.add(cell.get("01"));
            sels.add(cell.get("11"));
            ns.add(cell.get("0"));
            ns.add(cell.get("1"));
            ps.add(cell.get("1"));
        }
        m.section("evaluation.json " + name + ": sectors add up");
        m.row(minus(AttackModel.sum(tps), sum(m.unknown("TP@k " + name))), BoundLp.Rel.EQ, 0);
        m.row(minus(AttackModel.sum(sels), sum(m.unknown("sel@k " + name))), BoundLp.Rel.EQ, 0);
        m.row(minus(AttackModel.sum(ns), sum(m.unknown("N"))), BoundLp.Rel.EQ, 0);
        m.row(minus(AttackModel.sum(ps), sum(m.unknown("P"))), BoundLp.Rel.EQ, 0);
    }

    private void ranking(JsonNode c, String name, Long k) {
        if (testN == null || testP == null) {
            return;
        }
        RankingChain chain = new RankingChain(name, testN, testP);
        double p = testP;
        for (JsonNode pt : c.path("prCurve")) {
            Long sel = longOf(pt.get("selected"));
            if (sel != null) {
                cut(chain, sel, pt.get("recall"), p, true);
                cut(chain, sel, pt.get("precision"), sel, true);
            }
        }
        for (JsonNode t : c.path("topOfRanking")) {
            Long persons = longOf(t.get("persons"));
            if (persons != null) {
                cut(chain, persons, t.get("observedRate"), persons, false);
            }
        }
        long fromBottom = 0;
        double posBottom = 0;
        boolean exact = true;
        for (JsonNode b : c.path("reliability").path("bins")) {
            Long n = longOf(b.get("n"));
            BigDecimal rate = decimal(b.get("observedRate"));
            if (n == null || rate == null) {
                break; // a hidden bin: the cuts above it are no longer placed
            }
            fromBottom += n;
            posBottom += rate.doubleValue() * n;
            double slack = exact ? eps * fromBottom : Double.POSITIVE_INFINITY;
            chain.bound(testN - fromBottom, testP - posBottom - slack, testP - posBottom + slack);
        }
        JsonNode at = c.path("atCapacity");
        if (k != null) {
            Long tp = longOf(at.get("truePositives"));
            if (tp != null) {
                chain.bound(k, tp, tp);
            }
            ranked.put(name, k);
        }
        chains.put(name, chain);
    }

    private void cut(RankingChain chain, long position, JsonNode rate, double denominator, boolean curve) {
        BigDecimal r = decimal(rate);
        if (r != null) {
            double v = r.doubleValue() * denominator;
            double slack = eps * denominator + 1e-9 * Math.max(1, v);
            if (curve) {
                chain.curvePoint(position, v - slack, v + slack);
            } else {
                chain.bound(position, v - slack, v + slack);
            }
        }
    }

    // ---- fairness.json ----

    private void fairness(JsonNode f, JsonNode eval) {
        eps = precision(f);
        List<String> gs = groups(f.path("groeperingen"), "geslacht");
        List<String> hs = groups(f.path("groeperingen"), "herkomst");
        if (gs.isEmpty() || hs.isEmpty()) {
            return;
        }
        cohortGroup("audit total", f.path("totaal"), cells(gs, hs, null, null));
        for (JsonNode grouping : f.path("groeperingen")) {
            String kind = grouping.path("kenmerk").asText();
            for (JsonNode g : grouping.path("groepen")) {
                String name = g.path("groep").asText();
                List<String> gsel = kind.equals("herkomst") ? gs : List.of(kind.equals("geslacht") ? name
                        : name.substring(0, name.indexOf('/')));
                List<String> hsel = kind.equals("geslacht") ? hs : List.of(kind.equals("herkomst") ? name
                        : name.substring(name.indexOf('/') + 1));
                cohortGroup("audit " + name, g, cells(gsel, hsel, null, null));
            }
        }
        // the audit's cohort is the evaluation's test cohort; its list is the chosen model's list at capacity
        m.section("fairness.json testcohort, tied to evaluation.json");
        String[][] all = cells(gs, hs, null, null);
        link(cellsOf(all, "*", "*"), "N");
        link(cellsOf(all, "1", "*"), "P");
        shown("audit total: persons", cellsOf(all, "*", "*"), f.path("testcohort").get("personenMetUitkomst"));
        Long onList = longOf(f.path("testcohort").get("opDeLijst"));
        String chosen = eval == null ? null : eval.path("chosenModel").asText(null);
        if (chosen != null && onList != null) {
            link(cellsOf(all, "*", "1"), "sel@k " + chosen);
            link(cellsOf(all, "1", "1"), "TP@k " + chosen);
        }
        listAudit(f.path("lijst"), gs, hs);
        findings(f.path("findings"), gs, hs, onList);
    }

    /**
     * The findings' figures: per ranking (the model, today's practice, the oracle) a group's recall, selection
     * rate or share of the list, each a rate on that ranking's counts, and today's list-share ratio over the
     * oracle's (their lists have the same length, so it is today's count of the group on the list over the
     * oracle's). Each ranking other than the model gets its own cells, with the same persons and leavers per
     * group as the model's. Figures noted as computed from rounded counts are skipped.
     */
    private void findings(JsonNode findings, List<String> gs, List<String> hs, Long k) {
        for (JsonNode o : findings) {
            String kind = o.path("attribute").asText();
            String metric = o.path("metric").asText();
            String[][] group = groupCells(kind, o.path("group").asText(), gs, hs);
            String ref = o.path("reference").asText();
            String[][] refCells = ref.equals("shareOfLeavers") ? null : groupCells(kind, ref, gs, hs);
            Map<String, JsonNode> byRanking = new LinkedHashMap<>();
            String where = "fairness.json finding " + kind + " " + o.path("group").asText() + " " + metric;
            byRanking.put("model", o);
            o.path("withoutModel").fields().forEachRemaining(e -> byRanking.put(e.getKey(), e.getValue()));
            for (Map.Entry<String, JsonNode> e : byRanking.entrySet()) {
                String r = e.getKey();
                JsonNode x = e.getValue();
                if (group == null || isRounded(x)) {
                    continue;
                }
                m.section(where + " (" + r + ")");
                switch (metric) {
                    case "recall" -> {
                        rateOf(ranked(r, group, "1", "1", gs, hs), ranked(r, group, "1", "*", gs, hs),
                                x.get("groupValue"));
                        if (refCells != null) {
                            rateOf(ranked(r, refCells, "1", "1", gs, hs), ranked(r, refCells, "1", "*", gs, hs),
                                    x.get("referenceValue"));
                        }
                    }
                    case "selectionRate" -> {
                        rateOf(ranked(r, group, "*", "1", gs, hs), ranked(r, group, "*", "*", gs, hs),
                                x.get("groupValue"));
                        if (refCells != null) {
                            rateOf(ranked(r, refCells, "*", "1", gs, hs), ranked(r, refCells, "*", "*", gs, hs),
                                    x.get("referenceValue"));
                        }
                    }
                    case "listShare" -> {
                        rateOf(ranked(r, group, "*", "1", gs, hs), ranked(r, cells(gs, hs, null, null), "*", "1",
                                gs, hs), x.get("groupValue"));
                        rateOf(cellsOf(group, "1", "*"), cellsOf(cells(gs, hs, null, null), "1", "*"),
                                x.get("referenceValue"));
                    }
                    default -> {
                        // calibration: the group's own published figures, read with the group
                    }
                }
            }
            JsonNode practice = o.get("todayRatioOverOracleRatio");
            if (group != null && practice != null && practice.isObject() && !isRounded(o)
                    && byRanking.containsKey("today") && byRanking.containsKey("oracle")) {
                m.section(where + " todayRatioOverOracleRatio");
                rateOf(ranked("today", group, "*", "1", gs, hs), ranked("oracle", group, "*", "1", gs, hs),
                        practice);
            }
        }
    }

    /** The (g, h) cells of a finding's group, in the audit's cell names; null when the group is not one of them. */
    private static String[][] groupCells(String kind, String name, List<String> gs, List<String> hs) {
        List<String[]> out = new ArrayList<>();
        for (String g : gs) {
            for (String h : hs) {
                boolean in = switch (kind) {
                    case "geslacht" -> g.equals(name);
                    case "herkomst" -> h.equals(name);
                    default -> (g + "/" + h).equals(name);
                };
                if (in) {
                    out.add(new String[] {"T|" + g + "|" + h});
                }
            }
        }
        return out.isEmpty() ? null : out.toArray(new String[0][]);
    }

    /**
     * Ranking r's counts over some (g, h) cells: the model's are the audit's own cells; another ranking's cells
     * share the audit's persons and leavers per (g, h) and select as many persons in all.
     */
    private Map<Integer, Double> ranked(String r, String[][] groups, String y, String s, List<String> gs,
                                        List<String> hs) {
        if (r.equals("model")) {
            return cellsOf(groups, y, s);
        }
        if (rankingsTied.add(r)) {
            String before = m.section("fairness.json findings: ranking " + r
                    + " has the audit's persons and list length");
            List<Integer> selected = new ArrayList<>();
            for (String g : gs) {
                for (String h : hs) {
                    String own = "T|" + g + "|" + h;
                    String other = r + "|" + g + "|" + h;
                    for (String yy : YS) {
                        Map<Integer, Double> mine = AttackModel.sum(List.of(m.unknown(other + "|y" + yy + "|s0"),
                                m.unknown(other + "|y" + yy + "|s1")));
                        m.row(minus(mine, cellsOf(new String[][] {{own}}, yy, "*")), BoundLp.Rel.EQ, 0);
                        selected.add(m.unknown(other + "|y" + yy + "|s1"));
                    }
                }
            }
            // the same capacity: as many on this ranking's list as on the model's
            m.row(minus(AttackModel.sum(selected), cellsOf(cells(gs, hs, null, null), "*", "1")), BoundLp.Rel.EQ, 0);
            m.section(before);
        }
        List<Integer> us = new ArrayList<>();
        for (String[] g : groups) {
            String other = r + g[0].substring(1);
            for (String yy : YS) {
                for (String ss : YS) {
                    if ((y.equals("*") || y.equals(yy)) && (s.equals("*") || s.equals(ss))) {
                        us.add(m.unknown(other + "|y" + yy + "|s" + ss));
                    }
                }
            }
        }
        return AttackModel.sum(us);
    }

    /** Per (g, h): the four unknowns of outcome x list, keyed "y s". */
    private String[][] cells(List<String> gs, List<String> hs, String unused, String unused2) {
        String[][] out = new String[gs.size() * hs.size()][];
        int i = 0;
        for (String g : gs) {
            for (String h : hs) {
                out[i++] = new String[] {"T|" + g + "|" + h};
            }
        }
        return out;
    }

    private Map<Integer, Double> cellsOf(String[][] groups, String y, String s) {
        List<Integer> us = new ArrayList<>();
        for (String[] g : groups) {
            for (String yy : YS) {
                for (String ss : YS) {
                    if ((y.equals("*") || y.equals(yy)) && (s.equals("*") || s.equals(ss))) {
                        us.add(m.unknown(g[0] + "|y" + yy + "|s" + ss));
                    }
                }
            }
        }
        return AttackModel.sum(us);
    }

    private void cohortGroup(String label, JsonNode g, String[][] cells) {
        m.section("fairness.json " + label);
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("uitgevallenOpLijst", new String[] {"1", "1"});
        fields.put("nietUitgevallenOpLijst", new String[] {"0", "1"});
        fields.put("uitgevallenNietOpLijst", new String[] {"1", "0"});
        fields.put("nietUitgevallenNietOpLijst", new String[] {"0", "0"});
        fields.put("uitgevallen", new String[] {"1", "*"});
        fields.put("nietUitgevallen", new String[] {"0", "*"});
        fields.put("opLijst", new String[] {"*", "1"});
        fields.put("nietOpLijst", new String[] {"*", "0"});
        countOrTarget(label + ": persons", cellsOf(cells, "*", "*"), g.path("personen").get("waarde"),
                g.path("personen"));
        for (Map.Entry<String, String[]> e : fields.entrySet()) {
            countOrTarget(label + ": " + e.getKey(), cellsOf(cells, e.getValue()[0], e.getValue()[1]),
                    g.path("tabel").path(e.getKey()).get("waarde"), g.path("tabel").path(e.getKey()));
        }
        JsonNode r = g.path("maten");
        figureRate(cellsOf(cells, "1", "1"), cellsOf(cells, "1", "*"), r.path("recall"));
        figureRate(cellsOf(cells, "1", "0"), cellsOf(cells, "*", "0"), r.path("falseOmissionRate"));
        figureRate(cellsOf(cells, "*", "1"), cellsOf(cells, "*", "*"), r.path("selectionRate"));
        figureRate(cellsOf(cells, "1", "1"), cellsOf(cells, "*", "1"), r.path("precision"));
        figureRate(cellsOf(cells, "0", "1"), cellsOf(cells, "0", "*"), r.path("falsePositiveRate"));
        figureRate(cellsOf(cells, "1", "0"), cellsOf(cells, "1", "*"), r.path("falseNegativeRate"));
        figureRate(cellsOf(cells, "1", "*"), cellsOf(cells, "*", "*"), r.path("baseRate"));
        BigDecimal oe = decimal(r.path("calibration").path("waargenomenGedeeldDoorVerwacht").get("waarde"));
        BigDecimal risk = decimal(r.path("calibration").path("gemiddeldRisico").get("waarde"));
        if (oe != null && risk != null && !isRounded(r.path("calibration").path("waargenomenGedeeldDoorVerwacht"))) {
            // leavers / persons = (observed / expected) x mean risk, each printed to the file's precision
            double v = oe.doubleValue() * risk.doubleValue();
            m.rate(cellsOf(cells, "1", "*"), cellsOf(cells, "*", "*"), v,
                    eps * (oe.doubleValue() + risk.doubleValue()) + eps * eps);
        }
    }

    private void listAudit(JsonNode l, List<String> gs, List<String> hs) {
        if (l.isMissingNode()) {
            return;
        }
        Long pop = longOf(l.get("populatie"));
        Long k = longOf(l.get("capaciteit"));
        List<Integer> allOn = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (String g : gs) {
            for (String h : hs) {
                allOn.add(m.unknown("L|" + g + "|" + h + "|on"));
                all.add(m.unknown("L|" + g + "|" + h + "|on"));
                all.add(m.unknown("L|" + g + "|" + h + "|off"));
            }
        }
        shown("list: population", AttackModel.sum(all), l.get("populatie"));
        if (k != null) {
            m.row(AttackModel.sum(allOn), BoundLp.Rel.EQ, k); // the capacity, a setting
        }
        link(AttackModel.sum(all), "list population");
        for (JsonNode grouping : l.path("groeperingen")) {
            String kind = grouping.path("kenmerk").asText();
            for (JsonNode g : grouping.path("groepen")) {
                String name = g.path("groep").asText();
                List<Integer> on = new ArrayList<>();
                List<Integer> n = new ArrayList<>();
                for (String gg : gs) {
                    for (String hh : hs) {
                        boolean in = switch (kind) {
                            case "geslacht" -> gg.equals(name);
                            case "herkomst" -> hh.equals(name);
                            default -> (gg + "/" + hh).equals(name);
                        };
                        if (in) {
                            on.add(m.unknown("L|" + gg + "|" + hh + "|on"));
                            n.add(m.unknown("L|" + gg + "|" + hh + "|on"));
                            n.add(m.unknown("L|" + gg + "|" + hh + "|off"));
                        }
                    }
                }
                String label = "list " + name;
                m.section("fairness.json " + label);
                countOrTarget(label + ": on the list", AttackModel.sum(on), g.path("opLijst").get("waarde"),
                        g.path("opLijst"));
                countOrTarget(label + ": persons", AttackModel.sum(n), g.path("personen").get("waarde"),
                        g.path("personen"));
                Map<Integer, Double> off = new LinkedHashMap<>(AttackModel.sum(n));
                on.forEach(u -> off.remove(u));
                m.target(label + ": not on the list", off);
                figureRate(AttackModel.sum(on), AttackModel.sum(allOn), g.path("aandeelVanLijst"));
                figureRate(AttackModel.sum(n), AttackModel.sum(all), g.path("aandeelVanPopulatie"));
                BigDecimal exp = decimal(g.path("verwachtVolgensPopulatie").get("waarde"));
                if (isRounded(g.path("verwachtVolgensPopulatie"))) {
                    exp = null; // computed from rounded counts: says no more than they do
                }
                if (exp != null && k != null && pop != null && k > 0) {
                    // expected = k x persons / population
                    double scale = (double) pop / k;
                    m.between(AttackModel.sum(n), (exp.doubleValue() - eps) * scale,
                            (exp.doubleValue() + eps) * scale);
                }
            }
        }
    }

    // ---- link-report.json ----

    private void linkReport(JsonNode l, JsonNode fair) {
        eps = precision(l);
        String test = fair == null ? null : fair.path("testcohort").path("peildata").path(0).asText(null);
        String listDay = fair == null ? null : fair.path("lijst").path("peildatum").asText(null);
        for (JsonNode c : l.path("cohorts")) {
            String d = c.path("peildatum").asText();
            int pos = m.unknown("R|" + d + "|pos");
            int neg = m.unknown("R|" + d + "|neg");
            int cens = m.unknown("R|" + d + "|cens");
            int unl = m.unknown("R|" + d + "|unl");
            Map<Integer, Double> labelled = AttackModel.sum(List.of(pos, neg));
            Map<Integer, Double> population = AttackModel.sum(List.of(pos, neg, cens, unl));
            String label = "link report " + d;
            m.section("link-report.json " + d);
            countOrTarget(label + ": population", population, c.get("population"));
            boolean known = c.path("labelsKnown").asBoolean(true);
            if (known) {
                countOrTarget(label + ": labelled", labelled, c.get("labelled"));
                countOrTarget(label + ": leavers", sum(pos), c.get("positives"));
                m.target(label + ": staying", sum(neg));
                rateOf(sum(pos), labelled, c.get("positiveRate"));
                countOrTarget(label + ": censored", sum(cens), c.get("censored"));
            } else {
                m.row(AttackModel.sum(List.of(pos, neg, cens)), BoundLp.Rel.EQ, 0); // no outcome known yet
            }
            JsonNode u = c.get("unlabelledHorizon");
            if (u != null && u.isNumber()) {
                countOrTarget(label + ": unlabelled", sum(unl), u);
            } else if (u == null || u.isNull() && !c.has("unlabelledHorizonAfgeschermd")) {
                if (known) {
                    m.row(sum(unl), BoundLp.Rel.EQ, 0);
                }
            }
            if (d.equals(test)) {
                link(labelled, "N");
                link(sum(pos), "P");
            }
            if (d.equals(listDay)) {
                link(population, "list population");
            }
        }
    }

    // ---- helpers ----

    private JsonNode json(String rel) throws IOException {
        Path p = run.resolve(rel);
        return Files.isRegularFile(p) ? JSON.readTree(p.toFile()) : null;
    }

    /** Half the last digit of the most precise decimal the file prints: what every rate in it is known to. */
    private static double precision(JsonNode root) {
        int[] scale = {0};
        walk(root, n -> {
            if (n.isBigDecimal()) {
                scale[0] = Math.max(scale[0], n.decimalValue().stripTrailingZeros().scale());
            }
        });
        return Math.max(0.5 * Math.pow(10, -scale[0]), 1e-13);
    }

    private static void walk(JsonNode n, java.util.function.Consumer<JsonNode> f) {
        f.accept(n);
        n.forEach(c -> walk(c, f));
    }

    private static List<String> groups(JsonNode groupings, String kind) {
        List<String> out = new ArrayList<>();
        for (JsonNode g : groupings) {
            if (g.path("kenmerk").asText().equals(kind)) {
                g.path("groepen").forEach(x -> out.add(x.path("groep").asText()));
            }
        }
        return out;
    }

    private void link(Map<Integer, Double> form, String global) {
        m.row(minus(form, sum(m.unknown(global))), BoundLp.Rel.EQ, 0);
    }

    private void shown(String label, Map<Integer, Double> form, JsonNode v) {
        countOrTarget(label, form, v);
    }

    /** A printed count is an equation; a hidden (or absent) one a target. Non-integers are expectations. */
    private void countOrTarget(String label, Map<Integer, Double> form, JsonNode v) {
        countOrTarget(label, form, v, null);
    }

    /**
     * As above; {@code parent} is the object holding {@code waarde}: when it says the count is rounded to tens
     * ({@code waardeAfgerond}), the reader knows only that the truth lies within 9 of it, and aims at the truth.
     */
    private void countOrTarget(String label, Map<Integer, Double> form, JsonNode v, JsonNode parent) {
        Long c = longOf(v);
        if (c != null && isRounded(parent)) {
            m.between(form, Math.max(0, c - 9), c + 9);
            m.target(label, form);
        } else if (c != null) {
            m.shownCount(label, form, c);
        } else if (v == null || !v.isNumber()) {
            m.target(label, form);
        }
    }

    /** True when a figure's object notes that it is (computed from) a rounded count: a field "...Afgerond". */
    private static boolean isRounded(JsonNode parent) {
        if (parent == null || !parent.isObject()) {
            return false;
        }
        java.util.Iterator<String> names = parent.fieldNames();
        while (names.hasNext()) {
            if (names.next().endsWith("Afgerond")) {
                return true;
            }
        }
        return false;
    }

    /** A rate printed in a figure object: skipped when computed from rounded counts (it says no more). */
    private void figureRate(Map<Integer, Double> num, Map<Integer, Double> den, JsonNode figure) {
        if (!isRounded(figure)) {
            rateOf(num, den, figure.get("waarde"));
            wilson(num, den, figure);
        }
    }

    /**
     * A proportion printed with its 95% Wilson interval (fairness-audit.md: every proportion of the audit) says
     * how many persons it rests on: only some denominators n, with an integer numerator x near the rate, give
     * those two bounds. The denominators and numerators that fit enter as ranges (their hull: never more than the
     * reader knows).
     */
    private void wilson(Map<Integer, Double> num, Map<Integer, Double> den, JsonNode figure) {
        BigDecimal r = decimal(figure.get("waarde"));
        BigDecimal lo = decimal(figure.get("onder"));
        BigDecimal hi = decimal(figure.get("boven"));
        if (r == null || lo == null || hi == null || maxPersons == Long.MAX_VALUE
                || m.isShown(num) && m.isShown(den)) {
            return; // nothing to learn about counts that are printed anyway
        }
        long[] fit = wilsonFit(r.doubleValue(), lo.doubleValue(), hi.doubleValue(), eps, maxPersons);
        if (fit == null) {
            return; // no fit: not a Wilson interval after all (the attacker adds nothing rather than a wrong row)
        }
        wilsonRows++;
        m.between(den, fit[0], fit[1]);
        m.between(num, fit[2], fit[3]);
    }

    /** {min n, max n, min x, max x} over the n up to maxN and x whose Wilson interval prints as given; or null. */
    static long[] wilsonFit(double r, double lo, double hi, double e, long maxN) {
        long[] out = null;
        for (long n = 1; n <= maxN; n++) {
            long from = (long) Math.ceil((r - e) * n - 1e-9);
            long to = (long) Math.floor((r + e) * n + 1e-9);
            for (long x = Math.max(0, from); x <= Math.min(n, to); x++) {
                org.apache.commons.statistics.interval.Interval ci = org.apache.commons.statistics.interval
                        .BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate((int) n, (int) x, 0.05);
                if (Math.abs(ci.getLowerBound() - lo) <= e + 1e-12 && Math.abs(ci.getUpperBound() - hi) <= e + 1e-12) {
                    out = out == null ? new long[] {n, n, x, x} : new long[] {Math.min(out[0], n), Math.max(out[1], n),
                        Math.min(out[2], x), Math.max(out[3], x)};
                }
            }
        }
        return out;
    }

    private void rateOf(Map<Integer, Double> num, Map<Integer, Double> den, JsonNode v) {
        if (v != null && v.isObject()) {
            v = v.get("value");
        }
        BigDecimal r = decimal(v);
        if (r == null) {
            return;
        }
        double e = eps + 1e-12 * Math.abs(r.doubleValue());
        long[] f = fraction(r, e, maxPersons);
        if (f != null) {
            // num / den = a / b exactly: one equation b.num - a.den = 0 instead of two nearly parallel rows
            exactRates++;
            Map<Integer, Double> row = new LinkedHashMap<>();
            double scale = Math.max(f[0], f[1]); // coefficients of at most 1, as in the other rows
            num.forEach((k, c) -> row.merge(k, c * (f[1] / scale), Double::sum));
            den.forEach((k, c) -> row.merge(k, -c * (f[0] / scale), Double::sum));
            m.row(row, BoundLp.Rel.EQ, 0);
        } else {
            m.rate(num, den, r.doubleValue(), e);
        }
    }

    /**
     * The one fraction a / b (lowest terms, b at most {@code maxDen}) within {@code e} of {@code r}, or null when
     * the printed precision leaves more than one. Two different fractions with denominators up to D differ by at
     * least 1/D^2, so with 2e below that at most one lies within e; a fraction that close is a convergent of r's
     * continued fraction (Legendre), so the convergents are searched.
     */
    static long[] fraction(BigDecimal r, double e, long maxDen) {
        if (r.signum() < 0 || maxDen <= 0 || maxDen > 3_000_000 || 2 * e * (double) maxDen * maxDen >= 1) {
            return null;
        }
        java.math.BigInteger num = r.unscaledValue();
        java.math.BigInteger den = java.math.BigInteger.TEN.pow(Math.max(0, r.scale()));
        if (r.scale() < 0) {
            num = num.multiply(java.math.BigInteger.TEN.pow(-r.scale()));
        }
        // convergents h/k of num/den
        long h0 = 1, h1 = 0, k0 = 0, k1 = 1; // h_{-1}, h_{-2}, k_{-1}, k_{-2}
        java.math.BigInteger a = num;
        java.math.BigInteger b = den;
        BigDecimal tolerance = new BigDecimal(e);
        while (b.signum() != 0) {
            java.math.BigInteger[] qr = a.divideAndRemainder(b);
            if (qr[0].bitLength() > 62) {
                return null;
            }
            long q = qr[0].longValue();
            long h = Math.addExact(Math.multiplyExact(q, h0), h1);
            long k = Math.addExact(Math.multiplyExact(q, k0), k1);
            if (k > maxDen) {
                return null;
            }
            BigDecimal gap = new BigDecimal(h).subtract(r.multiply(new BigDecimal(k))).abs();
            if (gap.compareTo(tolerance.multiply(new BigDecimal(k))) <= 0) {
                return new long[] {h, k};
            }
            h1 = h0;
            h0 = h;
            k1 = k0;
            k0 = k;
            a = b;
            b = qr[1];
        }
        return null;
    }

    /** The largest number of persons any file counts in one cohort or list (an upper bound on denominators). */
    private static long largestCohort(JsonNode eval, JsonNode fair, JsonNode link) {
        long max = 0;
        boolean any = false;
        List<JsonNode> counts = new ArrayList<>();
        if (eval != null) {
            eval.path("candidates").forEach(c -> counts.add(c.get("rows")));
            counts.add(eval.path("oracle").get("rows"));
            eval.path("cohortTrends").forEach(t -> t.path("points").forEach(p -> counts.add(p.get("rows"))));
        }
        if (fair != null) {
            counts.add(fair.path("testcohort").get("personenMetUitkomst"));
            counts.add(fair.path("lijst").get("populatie"));
        }
        if (link != null) {
            link.path("cohorts").forEach(c -> counts.add(c.get("population")));
        }
        for (JsonNode c : counts) {
            Long v = longOf(c);
            if (v != null) {
                max = Math.max(max, v);
                any = true;
            } else if (c != null && !c.isMissingNode()) {
                return Long.MAX_VALUE; // a hidden or unreadable cohort might be the largest: no bound
            }
        }
        return any ? max : Long.MAX_VALUE;
    }

    private static Long longOf(JsonNode v) {
        if (v == null || !v.isNumber()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.longValue();
        }
        BigDecimal d = v.decimalValue();
        return d.stripTrailingZeros().scale() <= 0 ? d.longValue() : null;
    }

    private static BigDecimal decimal(JsonNode v) {
        return v != null && v.isNumber() ? v.decimalValue() : null;
    }

    private static Map<Integer, Double> sum(int u) {
        return AttackModel.sum(List.of(u));
    }

    private static Map<Integer, Double> minus(Map<Integer, Double> a, Map<Integer, Double> b) {
        Map<Integer, Double> out = new LinkedHashMap<>(a);
        b.forEach((k, v) -> out.merge(k, -v, Double::sum));
        return out;
    }
}
