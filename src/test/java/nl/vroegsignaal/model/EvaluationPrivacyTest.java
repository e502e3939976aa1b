package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.disclosure.DisclosureJson;
import nl.vroegsignaal.report.EvaluationHtml;
import nl.vroegsignaal.report.EvaluationJson;
import org.junit.jupiter.api.Test;

/**
 * The evaluation report must not let a reader recover a number of fewer than 10 persons from the figures it
 * shows: a rate is shown only with its numerator, its denominator and their difference at 10 or more.
 */
class EvaluationPrivacyTest {
    private static final byte VO = (byte) Onderwijssoort.Sector.VO.ordinal();
    private static final byte MBO = (byte) Onderwijssoort.Sector.MBO.ordinal();
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * 1,000 persons ranked by a distinct risk, capacity 100. The top 100 are 60 VO persons (20 leavers) and 40
     * MBO persons of whom only 3 leave. Below the cut-off: 540 VO and 360 MBO persons, 45 leavers each.
     */
    private static EvaluationReportData sectorWithThreeTruePositives() {
        int n = 1000;
        double[] risk = new double[n];
        byte[] label = new byte[n];
        byte[] sector = new byte[n];
        for (int i = 0; i < n; i++) {
            risk[i] = 0.9 - i * 0.0008;
            if (i < 60) {
                sector[i] = VO;
                label[i] = (byte) (i < 20 ? 1 : 0);
            } else if (i < 100) {
                sector[i] = MBO;
                label[i] = (byte) (i < 63 ? 1 : 0);
            } else {
                sector[i] = i % 5 < 3 ? VO : MBO;
                label[i] = (byte) (i % 20 == 0 || i % 20 == 3 ? 1 : 0);
            }
        }
        EvaluationInput in = new EvaluationInput("model", risk, label, sector);
        Comparison comparison = Evaluator.evaluatePaired(List.of(in), null,
                new EvaluationOptions(Capacity.ofCount(100), 50, 7, 10));
        return new EvaluationReportData("Constructed", Map.of(), "", comparison, "model", List.of(), List.of());
    }

    @Test
    void aSectorWithThreeTruePositivesAmongFortySelectedGivesNoWayToRecoverTheThree() throws Exception {
        EvaluationReportData data = sectorWithThreeTruePositives();
        SectorResult mbo = data.headline().sectors().get(1);
        assertThat(mbo.sector()).isEqualTo(SectorGroup.MBO);
        assertThat(mbo.selected()).isEqualTo(40.0);
        assertThat(mbo.precision().value() * mbo.selected()).isCloseTo(3.0, org.assertj.core.api.Assertions.within(1e-9));

        JsonNode m = mapper.readTree(EvaluationJson.toJson(data)).get("candidates").get(0);
        JsonNode mboJson = m.get("sectors").get(1);
        assertThat(mboJson.get("sector").asText()).isEqualTo("MBO");
        assertThat(mboJson.get("selected").asInt()).isEqualTo(40);
        assertThat(DisclosureJson.isHidden((ObjectNode) mboJson, "precision")).isTrue();
        assertThat(DisclosureJson.isHidden((ObjectNode) mboJson, "recall")).isTrue();
        assertThat(DisclosureJson.isHidden((ObjectNode) mboJson, "lift")).isTrue();
        // the cohort's true positives at capacity (23) are shown, so VO's 20 would give MBO's 3 by subtraction
        assertThat(m.get("atCapacity").get("truePositives").asInt()).isEqualTo(23);
        JsonNode voJson = m.get("sectors").get(0);
        assertThat(DisclosureJson.isHidden((ObjectNode) voJson, "precision")).isTrue();
        assertThat(DisclosureJson.isHidden((ObjectNode) voJson, "recall")).isTrue();

        // an attacker: every sector's true positives from a shown precision or recall, then the one left over
        assertThat(recoverableSectorTruePositives(m)).allSatisfy(tp -> assertThat(tp).isGreaterThanOrEqualTo(10));

        String html = EvaluationHtml.toHtml(data);
        assertThat(html).doesNotContain(">0.075").doesNotContain(">0.100 (");
    }

    @Test
    void everyPrecisionRecallPointShowsTenOrMoreInEachCellOfItsTable() {
        EvaluationReportData data = sectorWithThreeTruePositives();
        Evaluation e = data.headline();
        assertThat(e.prCurve()).isNotEmpty();
        for (CurvePoint p : e.prCurve()) {
            double tp = p.precision() * p.selected();
            double fp = p.selected() - tp;
            double fn = e.positives() - tp;
            double tn = e.rows() - p.selected() - fn;
            assertThat(tp).as("true positives at %d selected", p.selected()).isGreaterThanOrEqualTo(10 - 1e-9);
            assertThat(fp).as("false positives at %d selected", p.selected()).isGreaterThanOrEqualTo(10 - 1e-9);
            if (p.selected() < e.rows()) {
                assertThat(fn).as("false negatives at %d selected", p.selected()).isGreaterThanOrEqualTo(10 - 1e-9);
                assertThat(tn).as("true negatives at %d selected", p.selected()).isGreaterThanOrEqualTo(10 - 1e-9);
            }
        }
        // the first 20 selected are all leavers: no point before 30 selected (10 false positives) can be shown
        assertThat(e.prCurve().get(0).selected()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void betweenTwoPublishedCutsOfTheRankingAreTenLeaversAndTenOthersWhereOneIsACurvePointOrATopShare() {
        // 5,000 persons, risk falling with rank, leavers spread thinly enough that many curve points would show
        // bands of one or two leavers
        int n = 5000;
        double[] risk = new double[n];
        byte[] label = new byte[n];
        for (int i = 0; i < n; i++) {
            risk[i] = 0.9 - i * 0.00015;
            double p = 0.5 * Math.exp(-i / 800.0);
            label[i] = (byte) ((i * 7919L) % 1000 < 1000 * p ? 1 : 0);
        }
        Comparison comparison = Evaluator.evaluatePaired(List.of(new EvaluationInput("model", risk, label, null)),
                null, new EvaluationOptions(Capacity.ofCount(150), 50, 7, 10));
        Evaluation e = comparison.candidates().get(0);
        // position from the top -> leavers above it, and whether the cut is a point of the curve
        java.util.TreeMap<Integer, double[]> cuts = new java.util.TreeMap<>();
        cuts.put(0, new double[] {0, 0});
        cuts.put(e.rows(), new double[] {e.positives(), 0});
        cuts.put(e.atCapacity().point().k(), new double[] {e.atCapacity().point().truePositives(), 0});
        e.top().stream().filter(t -> !EvaluationDisclosure.hidesTop(e, t))
                .forEach(t -> cuts.put(t.persons(), new double[] {t.positives(), 1}));
        int fromBottom = 0;
        long posBottom = 0;
        for (nl.vroegsignaal.model.ReliabilityTable.Bin b : e.reliability().bins()) {
            fromBottom += b.n();
            posBottom += b.positives();
            cuts.put(e.rows() - fromBottom, new double[] {e.positives() - posBottom, 0});
        }
        for (CurvePoint p : e.prCurve()) {
            cuts.put(p.selected(), new double[] {p.recall() * e.positives(), 1});
        }
        java.util.Map.Entry<Integer, double[]> prev = null;
        for (java.util.Map.Entry<Integer, double[]> c : cuts.entrySet()) {
            if (prev != null && (prev.getValue()[1] == 1 || c.getValue()[1] == 1)) {
                double leavers = c.getValue()[0] - prev.getValue()[0];
                double others = c.getKey() - prev.getKey() - leavers;
                assertThat(leavers).as("leavers in ranks %d-%d", prev.getKey() + 1, c.getKey())
                        .isGreaterThanOrEqualTo(10 - 1e-9);
                assertThat(others).as("others in ranks %d-%d", prev.getKey() + 1, c.getKey())
                        .isGreaterThanOrEqualTo(10 - 1e-9);
            }
            prev = c;
        }
        assertThat(e.prCurve()).hasSizeGreaterThan(2);
    }

    @Test
    void betweenAnyTwoPublishedCutsOfTheRankingAreTenLeaversAndTenOthers() {
        // seeded rankings with capacities at many places, also just beside the edge of a reliability bin: every
        // band between two consecutive published cuts (k, the edges of the bins, the shown top shares, the curve)
        // holds 10 leavers and 10 others, whatever two of them are
        java.util.Random rnd = new java.util.Random(13);
        int checked = 0;
        for (int world = 0; world < 40; world++) {
            int n = 2000 + rnd.nextInt(3000);
            double[] risk = new double[n];
            byte[] label = new byte[n];
            double scale = 0.05 + 0.3 * rnd.nextDouble();
            for (int i = 0; i < n; i++) {
                risk[i] = 0.9 - i * (0.85 / n);
                label[i] = (byte) (rnd.nextDouble() < scale * Math.exp(-3.0 * i / n) ? 1 : 0);
            }
            int k = 20 + rnd.nextInt(n / 4);
            Evaluation e = Evaluator.evaluatePaired(List.of(new EvaluationInput("model", risk, label, null)),
                    null, new EvaluationOptions(Capacity.ofCount(k), 20, 7, 10)).candidates().get(0);
            if (EvaluationDisclosure.hidesAtCapacity(e)) {
                continue;
            }
            java.util.TreeMap<Integer, Double> cuts = new java.util.TreeMap<>();
            cuts.put(0, 0.0);
            cuts.put(e.rows(), (double) e.positives());
            cuts.put(e.atCapacity().point().k(), e.atCapacity().point().truePositives());
            e.top().stream().filter(t -> !EvaluationDisclosure.hidesTop(e, t))
                    .forEach(t -> cuts.put(t.persons(), (double) t.positives()));
            int fromBottom = 0;
            long posBottom = 0;
            for (ReliabilityTable.Bin b : e.reliability().bins()) {
                fromBottom += b.n();
                posBottom += b.positives();
                cuts.put(e.rows() - fromBottom, (double) (e.positives() - posBottom));
            }
            for (CurvePoint p : e.prCurve()) {
                cuts.put(p.selected(), p.recall() * e.positives());
            }
            java.util.Map.Entry<Integer, Double> prev = null;
            for (java.util.Map.Entry<Integer, Double> c : cuts.entrySet()) {
                if (prev != null) {
                    double leavers = c.getValue() - prev.getValue();
                    double others = c.getKey() - prev.getKey() - leavers;
                    assertThat(leavers).as("world %d, k %d: leavers in ranks %d-%d", world, k, prev.getKey() + 1,
                            c.getKey()).isGreaterThanOrEqualTo(10 - 1e-9);
                    assertThat(others).as("world %d, k %d: others in ranks %d-%d", world, k, prev.getKey() + 1,
                            c.getKey()).isGreaterThanOrEqualTo(10 - 1e-9);
                    checked++;
                }
                prev = c;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void aCohortTrendPointWithFewTruePositivesHidesItsPrecisionAndRecall() throws Exception {
        // 200 persons, capacity 20, of whom 5 leave: precision 0.25 over 20 would give the 5 away
        double[] risk = new double[200];
        byte[] label = new byte[200];
        for (int i = 0; i < 200; i++) {
            risk[i] = 0.5 - i * 0.002;
            label[i] = (byte) (i < 5 || (i >= 20 && i % 8 == 0) ? 1 : 0);
        }
        CohortTrend trend = CohortTrend.of("model",
                Map.of(java.time.LocalDate.of(2023, 10, 1), new EvaluationInput("model", risk, label, null)),
                new EvaluationOptions(Capacity.ofCount(20), 0, 1, 10));
        assertThat(trend.points().get(0).k()).isEqualTo(20);
        assertThat(EvaluationDisclosure.hidesTrendPoint(trend.points().get(0))).isTrue();
        EvaluationReportData data = new EvaluationReportData("Trend", Map.of(), "",
                sectorWithThreeTruePositives().comparison(), "model", List.of(trend), List.of());
        JsonNode point = mapper.readTree(EvaluationJson.toJson(data)).get("cohortTrends").get(0).get("points")
                .get(0);
        assertThat(point.get("k").asInt()).isEqualTo(20);
        assertThat(DisclosureJson.isHidden((ObjectNode) point, "precision")).isTrue();
        assertThat(DisclosureJson.isHidden((ObjectNode) point, "recall")).isTrue();
    }

    @Test
    void thePrivacyStatementNamesTheNumeratorRule() throws Exception {
        EvaluationReportData data = sectorWithThreeTruePositives();
        assertThat(mapper.readTree(EvaluationJson.toJson(data)).get("privacy").asText())
                .startsWith("Counts of fewer than 10 persons, rates whose numerator, denominator or their "
                        + "difference is under 10 persons");
        assertThat(EvaluationHtml.toHtml(data)).contains("rates whose numerator, denominator or their difference "
                + "is under 10");
    }

    /** True positives per sector as a reader could work them out from the JSON; NaN where unknown. */
    private static List<Double> recoverableSectorTruePositives(JsonNode evaluation) {
        List<Double> known = new ArrayList<>();
        int unknown = 0;
        double sum = 0;
        for (JsonNode s : evaluation.get("sectors")) {
            if (s.get("precision") != null && s.get("precision").isObject() && s.get("selected").isNumber()) {
                double tp = s.get("precision").get("value").asDouble() * s.get("selected").asDouble();
                known.add(tp);
                sum += tp;
            } else if (s.get("recall") != null && s.get("recall").isObject() && s.get("positives").isNumber()) {
                double tp = s.get("recall").get("value").asDouble() * s.get("positives").asDouble();
                known.add(tp);
                sum += tp;
            } else {
                unknown++;
            }
        }
        JsonNode total = evaluation.get("atCapacity").get("truePositives");
        if (unknown == 1 && total.isNumber()) {
            known.add(total.asDouble() - sum);
        }
        return known;
    }
}
