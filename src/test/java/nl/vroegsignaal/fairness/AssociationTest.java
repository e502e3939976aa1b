package nl.vroegsignaal.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

class AssociationTest {

    @Test
    void cramersVOfATwoByTwoTableMatchesTheBiasCorrectedFormulaWorkedByHand() {
        // [[30, 10], [10, 30]], n = 80: chi2 = 20, phi2 = 0.25; corrected phi2 = 0.25 - 1/79, k~ = 2 - 1/79
        int[] a = new int[80];
        int[] b = new int[80];
        int i = 0;
        int[][] cells = {{30, 10}, {10, 30}};
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int c = 0; c < cells[x][y]; c++, i++) {
                    a[i] = x;
                    b[i] = y;
                }
            }
        }
        double expected = Math.sqrt((0.25 - 1.0 / 79) / (1 - 1.0 / 79));
        assertThat(Association.cramersV(a, 2, b, 2)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void cramersVIsOneForAPerfectAssociationAndZeroForExactIndependence() {
        int n = 3000;
        int[] a = new int[n];
        int[] same = new int[n];
        int[] independent = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i % 3;
            same[i] = i % 3;
            independent[i] = (i / 3) % 4; // every combination equally often
        }
        assertThat(Association.cramersV(a, 3, same, 3)).isCloseTo(1.0, within(1e-3));
        assertThat(Association.cramersV(a, 3, independent, 4)).isEqualTo(0.0);
    }

    @Test
    void biasCorrectionKeepsAManyLevelNoiseFeatureNearZero() {
        SplittableRandom rnd = new SplittableRandom(3);
        int n = 5000;
        int[] wijk = new int[n];
        int[] herkomst = new int[n];
        for (int i = 0; i < n; i++) {
            wijk[i] = rnd.nextInt(200);
            herkomst[i] = rnd.nextInt(4);
        }
        double corrected = Association.cramersV(wijk, 200, herkomst, 4);
        assertThat(corrected).isLessThan(0.08);
        assertThat(plainCramersV(wijk, 200, herkomst, 4)).as("without the correction").isGreaterThan(0.15);
    }

    /** The textbook V = sqrt(chi2 / (n (min(r, k) - 1))), written out for comparison. */
    private static double plainCramersV(int[] a, int la, int[] b, int lb) {
        double[][] t = new double[la][lb];
        double[] ra = new double[la];
        double[] cb = new double[lb];
        for (int i = 0; i < a.length; i++) {
            t[a[i]][b[i]]++;
            ra[a[i]]++;
            cb[b[i]]++;
        }
        double chi2 = 0;
        for (int i = 0; i < la; i++) {
            for (int j = 0; j < lb; j++) {
                double e = ra[i] * cb[j] / a.length;
                chi2 += (t[i][j] - e) * (t[i][j] - e) / e;
            }
        }
        return Math.sqrt(chi2 / (a.length * (Math.min(la, lb) - 1.0)));
    }

    @Test
    void cramersVIgnoresEmptyLevelsAndIsZeroForAConstant() {
        int[] a = {0, 0, 2, 2};
        int[] b = {1, 1, 3, 3};
        assertThat(Association.cramersV(a, 5, b, 4)).isGreaterThan(0.5);
        assertThat(Association.cramersV(new int[] {1, 1, 1, 1}, 3, b, 4)).isEqualTo(0.0);
    }

    @Test
    void aucOfScoresWithTiesAgreesWithTribuo() {
        SplittableRandom rnd = new SplittableRandom(8);
        int n = 4000;
        double[] scores = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            positive[i] = rnd.nextDouble() < 0.3;
            scores[i] = Math.round((positive[i] ? 0.4 : 0.0) + rnd.nextDouble() * 3) / 3.0; // many ties
        }
        assertThat(Association.auc(scores, positive))
                .isCloseTo(LabelEvaluationUtil.binaryAUCROC(positive, scores), within(1e-9));
    }

    @Test
    void aucOfLevelCodesCountsTiesAsHalf() {
        // positives at levels 1 and 2, negatives at 0 and 1: pairs 2 x 2 = 4; (1 vs 0) win, (1 vs 1) half,
        // (2 vs 0) win, (2 vs 1) win -> 3.5 / 4
        assertThat(Association.auc(new int[] {1, 2, 0, 1}, 3, new boolean[] {true, true, false, false}))
                .isCloseTo(3.5 / 4, within(1e-12));
    }

    @Test
    void crossFittedAucOfACategoricalFindsATrueAssociationAndNotNoise() {
        SplittableRandom rnd = new SplittableRandom(4);
        int n = 20_000;
        int[] noise = new int[n];
        int[] informative = new int[n];
        boolean[] group = new boolean[n];
        boolean[] fold = new boolean[n];
        for (int i = 0; i < n; i++) {
            group[i] = rnd.nextDouble() < 0.05;
            noise[i] = rnd.nextInt(60);
            informative[i] = group[i] ? rnd.nextInt(3) : 3 + rnd.nextInt(57);
            fold[i] = rnd.nextBoolean();
        }
        assertThat(Association.crossFittedAuc(noise, 60, group, fold)).isBetween(0.46, 0.54);
        assertThat(Association.crossFittedAuc(informative, 60, group, fold)).isGreaterThan(0.99);
    }

    @Test
    void quantileBinsNeverSplitTiesAndKeepFewDistinctValues() {
        double[] mostlyZero = new double[1000];
        for (int i = 900; i < 1000; i++) {
            mostlyZero[i] = i;
        }
        FeatureCodes.Coded bins = FeatureCodes.quantileBins(mostlyZero, 10);
        assertThat(java.util.Arrays.stream(bins.codes()).limit(900).distinct().count()).isEqualTo(1);
        assertThat(java.util.Arrays.stream(bins.codes()).distinct().count()).isLessThanOrEqualTo(10);
        FeatureCodes.Coded few = FeatureCodes.quantileBins(new double[] {3, 1, 2, 1, Double.NaN}, 10);
        assertThat(few.codes()).containsExactly(3, 1, 2, 1, 0);
    }
}
