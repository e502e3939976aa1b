package nl.vroegsignaal.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.features.AuditAttributes;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;

class FairnessAuditorTest {
    /** M, V, X, onbekend: X and onbekend are small, so some of their cells fall under 10. */
    static final double[] GESLACHT = {0.49, 0.49, 0.015, 0.005};
    /** Nederland, Europa, buiten Europa, onbekend. */
    static final double[] HERKOMST = {0.70, 0.10, 0.18, 0.02};
    static final double[] EFFECT = {0.0, 0.3, 0.7, 0.2};

    static AuditInput cohort(long seed) {
        AuditAttributes attrs = Cohorts.attributes(seed, 20_000, GESLACHT, HERKOMST);
        return Cohorts.calibrated(seed, attrs, -3.4, EFFECT, 800);
    }

    static AuditOptions options(long seed) {
        return AuditOptions.defaults(seed).withResamples(300);
    }

    @Test
    void groupMetricsMatchAStraightforwardCountPerGroup() {
        AuditInput in = cohort(1);
        FairnessAudit audit = FairnessAuditor.audit(in, options(7));
        int shownRates = 0;
        int suppressedCells = 0;
        List<GroupMetrics> all = new ArrayList<>();
        all.add(audit.overall());
        audit.attributes().forEach(a -> all.addAll(a.groups()));
        for (GroupMetrics g : all) {
            GroupCounts expected = GroupCounts.of(in, g.group() == null ? i -> true : GroupCounts.member(in, g.group()));
            String name = g.group() == null ? "overall" : g.group().toString();
            assertCount(name + " persons", g.persons(), expected.n());
            ConfusionCounts c = g.confusion();
            suppressedCells += c.truePositives().suppressed() ? 1 : 0;
            assertCount(name + " TP", c.truePositives(), expected.tp());
            assertCount(name + " FP", c.falsePositives(), expected.fp());
            assertCount(name + " FN", c.falseNegatives(), expected.fn());
            assertCount(name + " TN", c.trueNegatives(), expected.tn());
            assertCount(name + " positives", c.positives(), expected.tp() + expected.fn());
            assertCount(name + " selected", c.selected(), expected.tp() + expected.fp());
            for (Metric m : Metric.values()) {
                if (!m.isProportion()) {
                    continue;
                }
                Rate r = g.rates().get(m);
                int[] f = expected.fraction(m);
                assertCount(name + " " + m + " numerator", r.numerator(), f[0]);
                assertCount(name + " " + m + " denominator", r.denominator(), f[1]);
                assertThat(r.suppressed()).as(name + " " + m + " is shown exactly when both counts are")
                        .isEqualTo(r.numerator().suppressed() || r.denominator().suppressed());
                if (!r.suppressed()) {
                    shownRates++;
                    ConfidenceInterval ci = new WilsonScoreInterval().createInterval(f[1], f[0], 0.95);
                    assertThat(r.value()).as(name + " " + m).isCloseTo((double) f[0] / f[1], within(1e-12));
                    assertThat(r.lower()).as(name + " " + m + " lower").isCloseTo(ci.getLowerBound(), within(1e-12));
                    assertThat(r.upper()).as(name + " " + m + " upper").isCloseTo(ci.getUpperBound(), within(1e-12));
                }
            }
            if (g.persons().suppressed()) {
                assertThat(g.calibration().meanRisk().suppressed()).isTrue();
            } else {
                assertThat(g.calibration().meanRisk().value()).as(name + " mean risk")
                        .isCloseTo(expected.riskSum() / expected.n(), within(1e-12));
            }
            if (!g.calibration().observedToExpected().suppressed()) {
                assertThat(g.calibration().observedToExpected().value()).as(name + " O/E")
                        .isCloseTo((expected.tp() + expected.fn()) / expected.riskSum(), within(1e-12));
            }
        }
        assertThat(shownRates).as("the large groups' rates were compared").isGreaterThanOrEqualTo(7 * 9);
        assertThat(suppressedCells).as("some small groups' leavers on the list are suppressed").isPositive();
        for (String code : List.of("M", "V")) {
            assertThat(group(audit, ContractAttributes.GESLACHT, code).rates().values()).as(code)
                    .noneMatch(Rate::suppressed);
        }
        // herkomst onbekend (2%) has fewer than 10 leavers on the list and is the only such herkomst: it is reported
        // with the largest group, so that every other herkomst keeps its figures
        assertThat(audit.merged().merges()).singleElement()
                .satisfies(m -> assertThat(m.attribute().key() + ": " + m.absorbed() + " into " + m.into())
                        .isEqualTo("herkomst: onbekend into Nederland"));
        for (String code : List.of("Nederland of onbekend", "Europa", "buiten Europa")) {
            assertThat(group(audit, ContractAttributes.HERKOMST, code).rates().values()).as(code)
                    .noneMatch(Rate::suppressed);
        }
        for (String code : List.of("M/Nederland of onbekend", "V/Nederland of onbekend", "M/buiten Europa",
                "V/buiten Europa")) {
            assertThat(group(audit, ContractAttributes.GESLACHT_X_HERKOMST, code).rates().values()).as(code)
                    .noneMatch(Rate::suppressed);
        }
    }

    private static void assertCount(String what, Count shown, int expected) {
        if (expected < AuditOptions.DEFAULT_MIN_CELL) {
            assertThat(shown.suppressed()).as(what + " = " + expected + " is below 10 and must be suppressed").isTrue();
        }
        if (!shown.suppressed()) {
            assertThat(shown.value()).as(what).isEqualTo(expected);
        }
    }

    @Test
    void publishedAuditGivesNoSuppressedCountAwayBySubtraction() {
        for (long seed = 1; seed <= 5; seed++) {
            AuditInput in = cohort(seed);
            FairnessAudit audit = FairnessAuditor.audit(in, options(seed));
            assertThat(PublishedCounts.of(audit).derivableSuppressed()).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void theSameSeedGivesIdenticalIntervalsAndAnotherSeedDifferentOnes() {
        AuditInput in = cohort(3);
        FairnessAudit a = FairnessAuditor.audit(in, options(42));
        FairnessAudit b = FairnessAuditor.audit(in, options(42));
        FairnessAudit c = FairnessAuditor.audit(in, options(43));
        assertThat(b).isEqualTo(a);
        Disparity da = firstShown(a);
        Disparity dc = firstShown(c);
        assertThat(dc.group()).isEqualTo(da.group());
        assertThat(dc.ratio().value()).as("the point estimate does not depend on the seed")
                .isEqualTo(da.ratio().value());
        assertThat(dc.ratio().lower()).as("the interval does").isNotEqualTo(da.ratio().lower());
    }

    private static Disparity firstShown(FairnessAudit audit) {
        return audit.attribute(ContractAttributes.HERKOMST).disparities().stream()
                .filter(d -> !d.ratio().suppressed()).findFirst().orElseThrow();
    }

    @Test
    void referenceIsTheLargestGroupUnlessOneIsNamed() {
        AuditInput in = cohort(2);
        FairnessAudit byDefault = FairnessAuditor.audit(in, options(1));
        assertThat(byDefault.attribute(ContractAttributes.HERKOMST).reference().code())
                .isEqualTo("Nederland of onbekend");
        assertThat(byDefault.attribute(ContractAttributes.GESLACHT_X_HERKOMST).reference().code())
                .isIn("M/Nederland of onbekend", "V/Nederland of onbekend");
        // a reference named by a merged group's own code is the merged group
        FairnessAudit nl = FairnessAuditor.audit(in, options(1).withReferenceGroups(Map.of("herkomst", "Nederland")));
        assertThat(nl.attribute(ContractAttributes.HERKOMST).reference().code()).isEqualTo("Nederland of onbekend");
        FairnessAudit named = FairnessAuditor.audit(in,
                options(1).withReferenceGroups(Map.of("herkomst", "buiten Europa", "geslacht", "V")));
        AttributeAudit herkomst = named.attribute(ContractAttributes.HERKOMST);
        assertThat(herkomst.reference().code()).isEqualTo("buiten Europa");
        assertThat(herkomst.disparities()).allMatch(d -> d.reference().code().equals("buiten Europa"))
                .noneMatch(d -> d.group().code().equals("buiten Europa"));
        assertThat(named.attribute(ContractAttributes.GESLACHT).reference().code()).isEqualTo("V");
    }

    @Test
    void refusesAReferenceGroupThatIsNotInTheDataAndNamesTheGroupsPresent() {
        AuditInput in = cohort(2);
        assertThatThrownBy(() -> FairnessAuditor.audit(in, options(1).withReferenceGroups(Map.of("herkomst", "Mars"))))
                .hasMessage("referenceGroups.herkomst: 'Mars' is not a group in the data; groups present: "
                        + "Nederland of onbekend, Europa, buiten Europa");
    }

    @Test
    void refusesAReferenceGroupForAnUnknownAttribute() {
        AuditInput in = cohort(2);
        assertThatThrownBy(() -> FairnessAuditor.audit(in, options(1).withReferenceGroups(Map.of("leeftijd", "18"))))
                .hasMessage("referenceGroups.leeftijd: not an attribute of this audit; expected one of geslacht, "
                        + "herkomst, geslacht_x_herkomst");
    }

    @Test
    void disparitiesLeadWithRecallAndFalseOmissionRateThenSelectionRate() {
        FairnessAudit audit = FairnessAuditor.audit(cohort(4), options(1));
        List<Metric> order = audit.attribute(ContractAttributes.HERKOMST).disparities().stream()
                .map(Disparity::metric).distinct().toList();
        assertThat(order).containsExactly(Metric.RECALL, Metric.FALSE_OMISSION_RATE, Metric.SELECTION_RATE,
                Metric.PRECISION, Metric.FALSE_POSITIVE_RATE, Metric.FALSE_NEGATIVE_RATE, Metric.CALIBRATION);
    }

    @Test
    void disparityIsTheRatioOfTheShownRatesAndSuppressedWhenEitherIs() {
        FairnessAudit audit = FairnessAuditor.audit(cohort(5), options(1));
        for (AttributeAudit a : audit.attributes()) {
            GroupMetrics ref = a.groups().stream().filter(g -> g.group().equals(a.reference())).findFirst()
                    .orElseThrow();
            for (Disparity d : a.disparities()) {
                GroupMetrics g = a.groups().stream().filter(x -> x.group().equals(d.group())).findFirst().orElseThrow();
                if (g.shown(d.metric()) && ref.shown(d.metric())) {
                    assertThat(d.ratio().value()).as(d.toString())
                            .isCloseTo(g.value(d.metric()) / ref.value(d.metric()), within(1e-12));
                    assertThat(d.ratio().lower()).isLessThanOrEqualTo(d.ratio().upper());
                } else {
                    assertThat(d.ratio().suppressed()).as(d.toString()).isTrue();
                    assertThat(d.verdict()).isEqualTo(Verdict.NIET_TE_BEPALEN);
                }
            }
        }
    }

    @Test
    void countsTheComparisonsAndTheChanceOfAFalseAlarm() {
        FairnessAudit audit = FairnessAuditor.audit(cohort(6), options(1));
        int made = 0;
        int outside = 0;
        for (AttributeAudit a : audit.attributes()) {
            for (Disparity d : a.disparities()) {
                made += d.ratio().suppressed() ? 0 : 1;
                outside += d.verdict() == Verdict.BUITEN_BAND ? 1 : 0;
            }
        }
        Comparisons c = audit.comparisons();
        assertThat(c.made()).isEqualTo(made).isPositive();
        assertThat(c.outsideBand()).isEqualTo(outside);
        assertThat(c.withinBand() + c.outsideBand() + c.notDeterminable()).isEqualTo(made);
        assertThat(c.expectedFalseAlarms()).isCloseTo(0.05 * made, within(1e-12));
        assertThat(c.chanceOfAnyFalseAlarm()).isCloseTo(1 - Math.pow(0.95, made), within(1e-12));
        assertThat(c.bonferroniErrorRate()).isCloseTo(0.05 / made, within(1e-15));
    }

    @Test
    void spreadNamesTheLowestAndHighestShownGroup() {
        FairnessAudit audit = FairnessAuditor.audit(cohort(8), options(1));
        AttributeAudit herkomst = audit.attribute(ContractAttributes.HERKOMST);
        MetricSpread recall = herkomst.spreads().stream().filter(s -> s.metric() == Metric.RECALL).findFirst()
                .orElseThrow();
        List<GroupMetrics> shown = herkomst.groups().stream().filter(g -> g.shown(Metric.RECALL)).toList();
        double min = shown.stream().mapToDouble(g -> g.value(Metric.RECALL)).min().orElseThrow();
        double max = shown.stream().mapToDouble(g -> g.value(Metric.RECALL)).max().orElseThrow();
        assertThat(recall.ratio()).isCloseTo(min / max, within(1e-12));
        assertThat(group(audit, ContractAttributes.HERKOMST, recall.lowest().code()).value(Metric.RECALL))
                .isEqualTo(min);
        assertThat(group(audit, ContractAttributes.HERKOMST, recall.highest().code()).value(Metric.RECALL))
                .isEqualTo(max);
    }

    @Test
    void refusesALabelOtherThanZeroOrOne() {
        AuditAttributes attrs = AuditAttributes.contract(new byte[2], new byte[2]);
        assertThatThrownBy(() -> new AuditInput(new double[2], new byte[] {0, -1}, new boolean[2], attrs))
                .hasMessage("audit input: label of row 1 is -1; only 0 and 1 are allowed (remove unlabelled rows first)");
    }

    @Test
    void refusesARiskThatIsNotAProbability() {
        AuditAttributes attrs = AuditAttributes.contract(new byte[2], new byte[2]);
        assertThatThrownBy(() -> new AuditInput(new double[] {0.5, Double.NaN}, new byte[2], new boolean[2], attrs))
                .hasMessage("audit input: risk of row 1 is NaN; expected a probability in [0, 1]");
    }

    @Test
    void refusesArraysOfDifferentLengths() {
        AuditAttributes attrs = AuditAttributes.contract(new byte[2], new byte[2]);
        assertThatThrownBy(() -> new AuditInput(new double[2], new byte[2], new boolean[3], attrs))
                .hasMessage("audit input: all arrays need one entry per row; risk has 2, label 2, selected 3, "
                        + "attributes 2");
    }

    @Test
    void refusesAnAttributeOrdinalOutsideTheCodeList() {
        assertThatThrownBy(() -> AuditAttributes.contract(new byte[] {0, 9}, new byte[2]))
                .hasMessage("attributes.geslacht[1]: ordinal 9 is not a level (0..3)");
    }

    static GroupMetrics group(FairnessAudit audit, ProtectedAttribute a, String code) {
        return audit.attribute(a).groups().stream().filter(g -> g.group().code().equals(code)).findFirst()
                .orElseThrow();
    }
}
