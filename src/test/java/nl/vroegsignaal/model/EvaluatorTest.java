package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import nl.vroegsignaal.contract.Onderwijssoort;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final SyntheticCohort COHORT = SyntheticCohort.draw(42, 3000);
    private static final EvaluationOptions OPTIONS = new EvaluationOptions(Capacity.ofCount(150), 200, 7, 10);

    @Test
    void pointEstimatesEqualTheMetricFunctions() {
        Evaluation e = Evaluator.evaluate(COHORT.modelInput(), OPTIONS);
        double[] p = COHORT.model();
        byte[] y = COHORT.label();
        assertThat(e.rows()).isEqualTo(3000);
        assertThat(e.aucRoc().value()).isCloseTo(Metrics.aucRoc(p, y), within(1e-12));
        assertThat(e.aucPr().value()).isCloseTo(Metrics.aucPr(p, y), within(1e-12));
        assertThat(e.brier().value()).isCloseTo(Metrics.brier(p, y), within(1e-12));
        assertThat(e.logLoss().value()).isCloseTo(Metrics.logLoss(p, y), within(1e-12));
        // the evaluation merges the equal-count bins to at least 10 positives and 10 negatives each
        assertThat(e.reliability()).isEqualTo(Metrics.reliability(p, y, 10, 10));
        assertThat(e.expectedCalibrationError().value())
                .isCloseTo(Metrics.reliability(p, y, 10, 10).ece(), within(1e-12));
        assertThat(e.atCapacity().point()).isEqualTo(Metrics.atCapacity(p, y, 150));
        assertThat(e.atCapacity().precision().value()).isEqualTo(e.atCapacity().point().precision());
    }

    @Test
    void weightedTallyEqualsTheMetricsOfTheResampleWrittenOut() {
        SplittableRandom random = new SplittableRandom(5);
        SyntheticCohort small = SyntheticCohort.draw(9, 300);
        RankedScores ranked = RankedScores.ofRisks(small.model(), small.label(), null, 10);
        for (int trial = 0; trial < 20; trial++) {
            int n = small.label().length;
            int[] counts = new int[n];
            for (int i = 0; i < n; i++) {
                counts[random.nextInt(n)]++;
            }
            double[] p = new double[n];
            byte[] y = new byte[n];
            int at = 0;
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < counts[i]; c++) {
                    p[at] = small.model()[i];
                    y[at++] = small.label()[i];
                }
            }
            int[] sorted = new int[n];
            ranked.toSortedOrder(counts, sorted);
            Tally t = ranked.tally(sorted, 30, new Tally());
            assertThat(t.auc).isCloseTo(Metrics.aucRoc(p, y), within(1e-12));
            assertThat(t.averagePrecision).isCloseTo(Metrics.aucPr(p, y), within(1e-12));
            assertThat(t.brier).isCloseTo(Metrics.brier(p, y), within(1e-12));
            assertThat(t.logLoss).isCloseTo(Metrics.logLoss(p, y), within(1e-12));
            AtCapacity expected = Metrics.atCapacity(p, y, 30);
            AtCapacity actual = t.atCapacity();
            assertThat(actual.precision()).isCloseTo(expected.precision(), within(1e-12));
            assertThat(actual.precisionWorst()).isCloseTo(expected.precisionWorst(), within(1e-12));
            assertThat(actual.precisionBest()).isCloseTo(expected.precisionBest(), within(1e-12));
            assertThat(actual.recall()).isCloseTo(expected.recall(), within(1e-12));
        }
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedOtherIntervals() {
        Evaluation a = Evaluator.evaluate(COHORT.modelInput(), OPTIONS);
        Evaluation b = Evaluator.evaluate(COHORT.modelInput(), OPTIONS);
        Evaluation c = Evaluator.evaluate(COHORT.modelInput(), new EvaluationOptions(Capacity.ofCount(150), 200, 8, 10));
        assertThat(b).isEqualTo(a);
        assertThat(c.aucRoc().value()).isEqualTo(a.aucRoc().value());
        assertThat(c.aucRoc().lower()).isNotEqualTo(a.aucRoc().lower());
    }

    @Test
    void intervalsSurroundTheEstimate() {
        Evaluation e = Evaluator.evaluate(COHORT.modelInput(), OPTIONS);
        for (Estimate est : List.of(e.aucRoc(), e.aucPr(), e.brier(), e.logLoss(), e.atCapacity().precision(),
                e.atCapacity().recall(), e.atCapacity().lift())) {
            assertThat(est.lower()).isLessThanOrEqualTo(est.value());
            assertThat(est.upper()).isGreaterThanOrEqualTo(est.value());
            assertThat(est.upper()).isGreaterThan(est.lower());
        }
    }

    @Test
    void withoutResamplesThereAreNoIntervals() {
        Evaluation e = Evaluator.evaluate(COHORT.modelInput(), new EvaluationOptions(Capacity.ofCount(150), 0, 7, 10));
        assertThat(e.aucRoc().hasInterval()).isFalse();
        assertThat(e.aucRoc().value()).isCloseTo(Metrics.aucRoc(COHORT.model(), COHORT.label()), within(1e-12));
    }

    @Test
    void theSectorSplitLooksAtTheOverallTopK() {
        // top 4 of one list: two VO rows (one positive), two MBO rows (both positive); VAVO counts as overig
        byte vo = (byte) Onderwijssoort.Sector.VO.ordinal();
        byte mbo = (byte) Onderwijssoort.Sector.MBO.ordinal();
        byte vavo = (byte) Onderwijssoort.Sector.VAVO.ordinal();
        double[] p = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
        byte[] y = {1, 1, 0, 1, 1, 0, 0, 1};
        byte[] s = {mbo, vo, vo, mbo, vo, mbo, vavo, vavo};
        Evaluation e = Evaluator.evaluate(new EvaluationInput("m", p, y, s),
                new EvaluationOptions(Capacity.ofCount(4), 0, 1, 2));
        assertThat(e.sectors()).extracting(SectorResult::sector)
                .containsExactly(SectorGroup.VO, SectorGroup.MBO, SectorGroup.OVERIG);
        SectorResult voResult = e.sectors().get(0);
        assertThat(voResult.rows()).isEqualTo(3);
        assertThat(voResult.selected()).isEqualTo(2.0);
        assertThat(voResult.precision().value()).isEqualTo(0.5);
        assertThat(voResult.recall().value()).isEqualTo(0.5);
        SectorResult mboResult = e.sectors().get(1);
        assertThat(mboResult.selected()).isEqualTo(2.0);
        assertThat(mboResult.precision().value()).isEqualTo(1.0);
        assertThat(mboResult.lift().value()).isCloseTo(1.0 / (2.0 / 3), within(1e-12));
        assertThat(e.sectors().get(2).selected()).isEqualTo(0.0);
        assertThat(e.sectors().get(2).precision().value()).isNaN();
    }

    @Test
    void tiesAcrossSectorsAtTheCutoffShareTheRemainingPlacesInExpectation() {
        byte vo = (byte) Onderwijssoort.Sector.VO.ordinal();
        byte mbo = (byte) Onderwijssoort.Sector.MBO.ordinal();
        double[] p = {0.9, 0.5, 0.5, 0.5, 0.5, 0.1};
        byte[] y = {0, 1, 0, 1, 1, 0};
        byte[] s = {vo, vo, vo, mbo, mbo, mbo};
        Evaluation e = Evaluator.evaluate(new EvaluationInput("m", p, y, s),
                new EvaluationOptions(Capacity.ofCount(3), 0, 1, 2));
        // two of the four tied rows are selected: each is selected with chance 1/2
        assertThat(e.sectors().get(0).selected()).isEqualTo(2.0);
        assertThat(e.sectors().get(0).precision().value()).isCloseTo(0.5 / 2.0, within(1e-12));
        assertThat(e.sectors().get(1).selected()).isEqualTo(1.0);
        assertThat(e.sectors().get(1).precision().value()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aMetricUndefinedInEveryResampleHasNoInterval() {
        // the VAVO rows score lowest and are never selected: their precision is undefined in every resample
        byte vo = (byte) Onderwijssoort.Sector.VO.ordinal();
        byte vavo = (byte) Onderwijssoort.Sector.VAVO.ordinal();
        int n = 60;
        double[] p = new double[n];
        byte[] y = new byte[n];
        byte[] s = new byte[n];
        for (int i = 0; i < n; i++) {
            p[i] = 1 - i / (double) n;
            y[i] = (byte) (i % 3 == 0 ? 1 : 0);
            s[i] = i < 50 ? vo : vavo;
        }
        Evaluation e = Evaluator.evaluate(new EvaluationInput("m", p, y, s),
                new EvaluationOptions(Capacity.ofCount(10), 50, 1, 5));
        SectorResult overig = e.sectors().get(1);
        assertThat(overig.sector()).isEqualTo(SectorGroup.OVERIG);
        assertThat(overig.precision().value()).isNaN();
        assertThat(overig.precision().hasInterval()).isFalse();
        // recall is 0 where VAVO positives are drawn, undefined where none is (3 of 60 rows: about 5% of the
        // resamples), more than the 1% the bootstrap leaves out, so there is no interval either
        assertThat(overig.recall().value()).isZero();
        assertThat(overig.recall().hasInterval()).isFalse();
    }

    @Test
    void withoutSectorsThereIsNoSplit() {
        Evaluation e = Evaluator.evaluate(new EvaluationInput("m", COHORT.model(), COHORT.label(), null), OPTIONS);
        assertThat(e.sectors()).isEmpty();
    }

    @Test
    void aShareOfCapacityIsResolvedAgainstTheEvaluatedRows() {
        Evaluation e = Evaluator.evaluate(COHORT.modelInput(), new EvaluationOptions(Capacity.ofShare(0.05), 0, 1, 10));
        assertThat(e.atCapacity().point().k()).isEqualTo(150);
    }

    @Test
    void theCurveForPlotsIsShortAndEachPointDescribesAtLeastTenPersons() {
        Evaluation e = Evaluator.evaluate(COHORT.modelInput(), OPTIONS);
        assertThat(e.prCurve()).hasSizeBetween(2, 200);
        assertThat(e.prCurve()).allSatisfy(pt -> {
            assertThat(pt.selected()).isGreaterThanOrEqualTo(10);
            assertThat(3000 - pt.selected()).satisfiesAnyOf(rest -> assertThat(rest).isZero(),
                    rest -> assertThat(rest).isGreaterThanOrEqualTo(10));
        });
        assertThat(e.prCurve().get(e.prCurve().size() - 1).recall()).isEqualTo(1.0);
    }

    @Test
    void evaluatingAloneGivesTheSameNumbersAsInAPairedComparison() {
        Comparison paired = Evaluator.evaluatePaired(List.of(COHORT.modelInput()), COHORT.oracleInput(), OPTIONS);
        assertThat(paired.candidates().get(0)).isEqualTo(Evaluator.evaluate(COHORT.modelInput(), OPTIONS));
        assertThat(paired.oracle()).isEqualTo(Evaluator.evaluate(COHORT.oracleInput(), OPTIONS));
    }

    @Test
    void aCandidateEqualToTheOracleHasRatioOneWithAPairedIntervalOfZeroWidth() {
        EvaluationInput copy = new EvaluationInput("copy of truth", COHORT.truth(), COHORT.label(), COHORT.sector());
        Comparison c = Evaluator.evaluatePaired(List.of(copy, COHORT.modelInput()), COHORT.oracleInput(), OPTIONS);
        Comparison.OracleRatio same = c.ratioFor("copy of truth").orElseThrow();
        assertThat(same.paired()).isTrue();
        assertThat(same.precisionRatio()).isEqualTo(new Estimate(1, 1, 1));
        assertThat(same.precisionDifference()).isEqualTo(new Estimate(0, 0, 0));
        Comparison.OracleRatio model = c.ratioFor("model").orElseThrow();
        assertThat(model.precisionRatio().value()).isCloseTo(c.candidates().get(1).atCapacity().precision().value()
                / c.oracle().atCapacity().precision().value(), within(1e-12));
        assertThat(model.precisionRatio().upper()).isGreaterThan(model.precisionRatio().lower());
    }

    @Test
    void refusesCandidatesScoringOtherRows() {
        byte[] otherLabels = COHORT.label().clone();
        otherLabels[0] = (byte) (1 - otherLabels[0]);
        EvaluationInput other = new EvaluationInput("other", COHORT.model(), otherLabels, COHORT.sector());
        assertThatThrownBy(() -> Evaluator.evaluatePaired(List.of(COHORT.modelInput(), other), null, OPTIONS))
                .hasMessage("evaluation: 'other' has other rows than 'model' (labels or sectors differ); "
                        + "all candidates must score the same persons in the same order");
    }

    @Test
    void refusesTwoCandidatesWithOneName() {
        assertThatThrownBy(() -> Evaluator.evaluatePaired(List.of(COHORT.modelInput(), COHORT.modelInput()), null,
                OPTIONS)).hasMessage("evaluation: the name 'model' is used twice");
    }

    @Test
    void refusesACohortWithoutPositives() {
        EvaluationInput none = new EvaluationInput("m", new double[] {0.1, 0.2}, new byte[] {0, 0}, null);
        assertThatThrownBy(() -> Evaluator.evaluate(none, OPTIONS))
                .hasMessage("evaluation: the evaluated rows need both labels, but 0 of 2 rows are positive");
    }

    @Test
    void refusesRisksOutsideZeroToOneNamingTheCandidate() {
        assertThatThrownBy(() -> new EvaluationInput("baseline", new double[] {3}, new byte[] {1}, null))
                .hasMessage("evaluation of 'baseline': row 0 has 3.0, but a probability in [0, 1] is needed");
    }
}
