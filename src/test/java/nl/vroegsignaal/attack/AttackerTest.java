package nl.vroegsignaal.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacker itself: its linear program against enumeration, and that it finds what the issue found by hand
 * (hidden counts of a line that add up to a known small number; a small difference between two points of a
 * curve) while it finds nothing in a publication without small counts.
 */
class AttackerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.assertj.core.data.Offset<Double> CLOSE = org.assertj.core.data.Offset.offset(1e-6);

    @Test
    void boundsAgreeWithEnumerationOfEveryIntegerTable() {
        Random rnd = new Random(13);
        for (int trial = 0; trial < 200; trial++) {
            // a 2x3 table with random margins shown and one cell's range asked: transportation problems have
            // integer vertices, so the LP range equals the integer range
            int[][] cells = new int[2][3];
            for (int[] row : cells) {
                for (int j = 0; j < 3; j++) {
                    row[j] = rnd.nextInt(6);
                }
            }
            AttackModel m = new AttackModel();
            int[][] u = new int[2][3];
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 3; j++) {
                    u[i][j] = m.unknown("c" + i + j);
                }
            }
            for (int i = 0; i < 2; i++) {
                m.row(AttackModel.sum(List.of(u[i][0], u[i][1], u[i][2])), BoundLp.Rel.EQ,
                        cells[i][0] + cells[i][1] + cells[i][2]);
            }
            boolean[] shownColumn = new boolean[3];
            for (int j = 0; j < 3; j++) {
                shownColumn[j] = rnd.nextBoolean();
                if (shownColumn[j]) {
                    m.row(AttackModel.sum(List.of(u[0][j], u[1][j])), BoundLp.Rel.EQ, cells[0][j] + cells[1][j]);
                }
            }
            double[] r = m.ranges().range(AttackModel.sum(List.of(u[0][0])));
            int[] e = enumerate(cells, shownColumn);
            assertThat(r[0]).as("min, trial %d", trial).isCloseTo(e[0], org.assertj.core.data.Offset.offset(1e-6));
            assertThat(r[1]).as("max, trial %d", trial).isCloseTo(e[1], org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    /** {min, max} of cell (0,0) over every non-negative integer table with the same rows and shown columns. */
    private static int[] enumerate(int[][] cells, boolean[] shownColumn) {
        int rows0 = cells[0][0] + cells[0][1] + cells[0][2];
        int rows1 = cells[1][0] + cells[1][1] + cells[1][2];
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int a = 0; a <= rows0; a++) {
            for (int b = 0; a + b <= rows0; b++) {
                for (int d = 0; d <= rows1; d++) {
                    for (int f = 0; d + f <= rows1; f++) {
                        int[][] t = {{a, b, rows0 - a - b}, {d, f, rows1 - d - f}};
                        boolean ok = true;
                        for (int j = 0; j < 3; j++) {
                            ok &= !shownColumn[j] || t[0][j] + t[1][j] == cells[0][j] + cells[1][j];
                        }
                        if (ok) {
                            lo = Math.min(lo, a);
                            hi = Math.max(hi, a);
                        }
                    }
                }
            }
        }
        return new int[] {lo, hi};
    }

    @Test
    void maximisesUnderAnEquationWhereCommonsMathReturnsZero() {
        BoundLp lp = new BoundLp(3, List.of(new BoundLp.Row(new double[] {1, 1, 1}, BoundLp.Rel.EQ, 48)));
        assertThat(lp.range(new double[] {0, 1, 0})).containsExactly(new double[] {0, 48}, CLOSE);
    }

    @Test
    void aRateGivesItsNumeratorBackWhenTheDenominatorIsShown() {
        // 21 of 1000, printed as 0.021000: the numerator follows exactly although it is not printed
        AttackModel m = new AttackModel();
        int num = m.unknown("num");
        int rest = m.unknown("rest");
        m.row(AttackModel.sum(List.of(num, rest)), BoundLp.Rel.EQ, 1000);
        m.rate(AttackModel.sum(List.of(num)), AttackModel.sum(List.of(num, rest)), 0.021, 5e-7);
        double[] exact = m.ranges().range(AttackModel.sum(List.of(num)));
        assertThat(Math.ceil(exact[0])).isEqualTo(21);
        assertThat(Math.floor(exact[1])).isEqualTo(21);
        // printed as 2% (0.02, give or take 0.005), it only says 15 to 25
        AttackModel coarse = new AttackModel();
        num = coarse.unknown("num");
        rest = coarse.unknown("rest");
        coarse.row(AttackModel.sum(List.of(num, rest)), BoundLp.Rel.EQ, 1000);
        coarse.rate(AttackModel.sum(List.of(num)), AttackModel.sum(List.of(num, rest)), 0.02, 0.005);
        double[] r = coarse.ranges().range(AttackModel.sum(List.of(num)));
        assertThat(r[0]).isCloseTo(15, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r[1]).isCloseTo(25, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aRatePrintedToFullPrecisionIsOneExactFraction() {
        // 1/3 and 7/19 as doubles print as their shortest decimals: with denominators up to 30,000 only one
        // fraction lies that close, and the attacker writes it as one equation
        assertThat(Attacker.fraction(new java.math.BigDecimal(Double.toString(1.0 / 3)), 1e-13, 30_000))
                .containsExactly(1, 3);
        assertThat(Attacker.fraction(new java.math.BigDecimal(Double.toString(7.0 / 19)), 1e-13, 30_000))
                .containsExactly(7, 19);
        assertThat(Attacker.fraction(new java.math.BigDecimal(Double.toString(2113.0 / 29_989)), 1e-13, 30_000))
                .containsExactly(2113, 29_989);
        assertThat(Attacker.fraction(java.math.BigDecimal.ZERO, 1e-13, 30_000)).containsExactly(0, 1);
        // six decimals leave many fractions with such denominators: the two rows of the interval stay
        assertThat(Attacker.fraction(new java.math.BigDecimal("0.021000"), 5e-7, 30_000)).isNull();
    }

    @Test
    void aWilsonIntervalGivesItsDenominatorBack() {
        // 21 of 1,000 with its Wilson interval printed to 6 decimals: the denominator follows within a few
        org.apache.commons.statistics.interval.Interval ci = org.apache.commons.statistics.interval
                .BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate(1000, 21, 0.05);
        double lo = Math.round(ci.getLowerBound() * 1e6) / 1e6;
        double hi = Math.round(ci.getUpperBound() * 1e6) / 1e6;
        long[] fit = Attacker.wilsonFit(0.021, lo, hi, 5e-7, 30_000);
        assertThat(fit).isNotNull();
        assertThat(fit[0]).isLessThanOrEqualTo(1000);
        assertThat(fit[1]).isGreaterThanOrEqualTo(1000);
        assertThat(fit[1] - fit[0]).isLessThan(10);
        assertThat(fit[2]).isLessThanOrEqualTo(21);
        assertThat(fit[3]).isGreaterThanOrEqualTo(21);
        // bounds that no Wilson interval has: no fit, so nothing is added
        assertThat(Attacker.wilsonFit(0.021, 0.02, 0.022, 5e-7, 30_000)).isNull();
    }

    @Test
    void refactorsAnOptimumWhoseRoundingHasDrifted() {
        // many nearly parallel rate rows (a rate printed to 6 decimals on counts near 30,000), as the findings
        // give: every optimum's point must satisfy every row, after refactoring where needed
        Random rnd = new Random(5);
        AttackModel m = new AttackModel();
        int groups = 40;
        int[][] u = new int[groups][2];
        List<Integer> all = new java.util.ArrayList<>();
        long total = 0;
        for (int g = 0; g < groups; g++) {
            u[g][0] = m.unknown("g" + g + " in");
            u[g][1] = m.unknown("g" + g + " out");
            all.add(u[g][0]);
            all.add(u[g][1]);
            int in = 1 + rnd.nextInt(900);
            int out = 200 + rnd.nextInt(900);
            total += in + out;
            double rate = Math.round(1e6 * in / (double) (in + out)) / 1e6;
            m.rate(AttackModel.sum(List.of(u[g][0])), AttackModel.sum(List.of(u[g][0], u[g][1])), rate, 5e-7);
        }
        m.row(AttackModel.sum(all), BoundLp.Rel.EQ, total);
        Ranges r = m.ranges();
        for (int g = 0; g < groups; g++) {
            double[] range = r.range(AttackModel.sum(List.of(u[g][0])));
            assertThat(range[1]).isGreaterThanOrEqualTo(range[0] - 1e-6);
        }
    }

    @Test
    void findsHiddenGroupsThatAddUpToZero(@TempDir Path run) throws Exception {
        // herkomst onbekend: 125 = M 75 + V 50, so X/onbekend is 0 although every X cell is hidden
        Map<String, int[]> cells = Map.of(
                "M/Nederland", new int[] {400, 30, 20, 10}, "M/onbekend", new int[] {50, 10, 10, 5},
                "V/Nederland", new int[] {380, 25, 25, 10}, "V/onbekend", new int[] {30, 10, 5, 5},
                "X/Nederland", new int[] {5, 1, 1, 0}, "X/onbekend", new int[] {0, 0, 0, 0});
        writeFairness(run, List.of("M", "V", "X"), List.of("Nederland", "onbekend"), cells, Set.of("X"));
        List<Leak> leaks = Attacker.attack(run);
        assertThat(leaks).extracting(Leak::what).contains("audit X/onbekend: persons (hidden)",
                "audit X: persons (hidden)");
    }

    @Test
    void findsNothingWhenEveryShownCountIsTenOrMore(@TempDir Path run) throws Exception {
        Map<String, int[]> cells = Map.of(
                "M/Nederland", new int[] {400, 30, 20, 10}, "M/onbekend", new int[] {50, 10, 10, 15},
                "V/Nederland", new int[] {380, 25, 25, 10}, "V/onbekend", new int[] {30, 10, 15, 10});
        writeFairness(run, List.of("M", "V"), List.of("Nederland", "onbekend"), cells, Set.of());
        assertThat(Attacker.attack(run)).isEmpty();
    }

    @Test
    void findsABandOfTheCurveWithFewLeavers() {
        // 1,000 persons, 100 leavers; the top 50 hold 20, the top 60 hold 21: one leaver in ranks 51-60
        RankingChain chain = new RankingChain("model", 1000, 100);
        chain.bound(50, 20, 20);
        chain.bound(60, 21, 21);
        assertThat(chain.leaks()).extracting(Leak::what).contains("model ranks 51-60: leavers",
                "model ranks 51-60: not leaving");
        RankingChain thin = new RankingChain("model", 1000, 100);
        thin.bound(50, 20, 20);
        thin.bound(200, 45, 45);
        assertThat(thin.leaks()).isEmpty();
    }

    @Test
    void aSmallWorldsRunGivesNothingAwayOutsideTheOpenPoints() throws Exception {
        // the outputs of one run on the committed sample (5,000 persons), kept current by GoldenOutputsTest
        Path run = Path.of("src/test/resources/golden");
        assertThat(Attacker.size(run)[1]).as("counts bounded: the audit, the evaluation, the link report")
                .isGreaterThan(300);
        List<Leak> leaks = Attacker.attack(run);
        // still open (src/site/disclosure.md, Status): the audit's tables before recoding and rounding;
        // everything else must hold, the evaluation's ranking bands included
        assertThat(leaks).filteredOn(l -> !l.what().startsWith("audit ") && !l.what().startsWith("list "))
                .isEmpty();
    }

    /**
     * A fairness.json as the audit writes it (totaal, geslacht, herkomst and their combinations), from cells
     * g/h -> {staying not listed, staying listed, leaving not listed, leaving listed}; the groups named in
     * {@code hiddenGroups} (a sex) and all their combinations have every figure hidden.
     */
    private static void writeFairness(Path run, List<String> gs, List<String> hs, Map<String, int[]> cells,
            Set<String> hiddenGroups) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode groupings = root.putArray("groeperingen");
        root.set("totaal", group(null, sum(cells, k -> true), false));
        ObjectNode g1 = groupings.addObject().put("kenmerk", "geslacht");
        for (String g : gs) {
            g1.withArray("groepen").add(group(g, sum(cells, k -> k.startsWith(g + "/")), hiddenGroups.contains(g)));
        }
        ObjectNode g2 = groupings.addObject().put("kenmerk", "herkomst");
        for (String h : hs) {
            g2.withArray("groepen").add(group(h, sum(cells, k -> k.endsWith("/" + h)), false));
        }
        ObjectNode g3 = groupings.addObject().put("kenmerk", "geslacht_x_herkomst");
        for (String g : gs) {
            for (String h : hs) {
                g3.withArray("groepen").add(group(g + "/" + h, sum(cells, k -> k.equals(g + "/" + h)),
                        hiddenGroups.contains(g)));
            }
        }
        Files.createDirectories(run.resolve("audit"));
        JSON.writeValue(run.resolve("audit/fairness.json").toFile(), root);
    }

    private static int[] sum(Map<String, int[]> cells, java.util.function.Predicate<String> in) {
        int[] s = new int[4];
        cells.forEach((k, v) -> {
            if (in.test(k)) {
                for (int i = 0; i < 4; i++) {
                    s[i] += v[i];
                }
            }
        });
        return s;
    }

    private static ObjectNode group(String name, int[] c, boolean hidden) {
        ObjectNode g = JSON.createObjectNode();
        if (name != null) {
            g.put("groep", name);
        }
        int n = c[0] + c[1] + c[2] + c[3];
        put(g.putObject("personen"), n, hidden);
        ObjectNode t = g.putObject("tabel");
        put(t.putObject("uitgevallenOpLijst"), c[3], hidden);
        put(t.putObject("nietUitgevallenOpLijst"), c[1], hidden);
        put(t.putObject("uitgevallenNietOpLijst"), c[2], hidden);
        put(t.putObject("nietUitgevallenNietOpLijst"), c[0], hidden);
        put(t.putObject("uitgevallen"), c[2] + c[3], hidden);
        put(t.putObject("nietUitgevallen"), c[0] + c[1], hidden);
        put(t.putObject("opLijst"), c[1] + c[3], hidden);
        put(t.putObject("nietOpLijst"), c[0] + c[2], hidden);
        return g;
    }

    private static void put(ObjectNode field, int value, boolean hidden) {
        if (hidden) {
            field.putNull("waarde");
            field.put("waardeAfgeschermd", "hidden");
        } else {
            field.put("waarde", value);
        }
    }
}
