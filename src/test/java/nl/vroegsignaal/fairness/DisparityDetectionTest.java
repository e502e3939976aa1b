package nl.vroegsignaal.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import nl.vroegsignaal.features.AuditAttributes;
import org.junit.jupiter.api.Test;

/** The audit tested against known truth: a planted disparity is found, and no disparity is rarely claimed. */
class DisparityDetectionTest {

    @Test
    void aPlantedHalvingOfRecallIsFlaggedOutsideTheBand() {
        // herkomst Nederland (0) vs buiten Europa (2), 20k each; same base rate 10%; on the list: positives of
        // Nederland with chance 0.6, of buiten Europa with chance 0.3; negatives of both with chance 0.05
        int n = 40_000;
        SplittableRandom rnd = new SplittableRandom(11);
        byte[] geslacht = new byte[n];
        byte[] herkomst = new byte[n];
        double[] risk = new double[n];
        byte[] label = new byte[n];
        boolean[] selected = new boolean[n];
        for (int i = 0; i < n; i++) {
            geslacht[i] = (byte) rnd.nextInt(2);
            herkomst[i] = (byte) (i % 2 == 0 ? 0 : 2);
            label[i] = (byte) (rnd.nextDouble() < 0.10 ? 1 : 0);
            risk[i] = 0.10;
            double p = label[i] == 0 ? 0.05 : herkomst[i] == 0 ? 0.6 : 0.3;
            selected[i] = rnd.nextDouble() < p;
        }
        AuditInput in = new AuditInput(risk, label, selected, AuditAttributes.contract(geslacht, herkomst));
        FairnessAudit audit = FairnessAuditor.audit(in, AuditOptions.defaults(5));
        AttributeAudit a = audit.attribute(ContractAttributes.HERKOMST);
        assertThat(a.reference().code()).isIn("Nederland", "buiten Europa");
        Disparity recall = a.disparities().stream().filter(d -> d.metric() == Metric.RECALL).findFirst().orElseThrow();
        double expected = a.reference().code().equals("Nederland") ? 0.5 : 2.0;
        assertThat(recall.ratio().value()).isBetween(expected * 0.85, expected * 1.15);
        assertThat(recall.verdict()).isEqualTo(Verdict.BUITEN_BAND);
        Disparity fpr = a.disparities().stream().filter(d -> d.metric() == Metric.FALSE_POSITIVE_RATE).findFirst()
                .orElseThrow();
        assertThat(fpr.verdict()).as("the false positive rate was not planted").isEqualTo(Verdict.BINNEN_BAND);
        MetricSpread spread = a.spreads().stream().filter(s -> s.metric() == Metric.RECALL).findFirst().orElseThrow();
        assertThat(spread.lowest().code()).isEqualTo("buiten Europa");
        assertThat(spread.ratio()).isBetween(0.42, 0.58);
    }

    @Test
    void withoutTrueDisparitiesTheShareFlaggedOutsideStaysBelowTheStatedFalseAlarmRate() {
        // one generating process for every group; 20 cohorts
        int made = 0;
        int outside = 0;
        int missingTheTruth = 0;
        double stated = Double.NaN;
        for (long seed = 1; seed <= 20; seed++) {
            AuditAttributes attrs = Cohorts.attributes(seed, 20_000, new double[] {0.5, 0.5, 0, 0},
                    new double[] {0.6, 0.15, 0.2, 0.05});
            AuditInput in = Cohorts.calibrated(seed, attrs, -2.8, new double[4], 1000);
            FairnessAudit audit = FairnessAuditor.audit(in, AuditOptions.defaults(seed).withResamples(300));
            Comparisons c = audit.comparisons();
            for (AttributeAudit a : audit.attributes()) {
                missingTheTruth += (int) a.disparities().stream()
                        .filter(d -> !d.ratio().suppressed() && (d.ratio().lower() > 1 || d.ratio().upper() < 1))
                        .count();
            }
            made += c.made();
            outside += c.outsideBand();
            stated = c.errorRate();
        }
        assertThat(made).as("comparisons were made").isGreaterThan(20 * 20);
        assertThat((double) outside / made).as(outside + " of " + made + " flagged").isLessThanOrEqualTo(stated);
        // the intervals themselves: a 95% interval misses the true ratio 1 about 5% of the time
        assertThat((double) missingTheTruth / made).as(missingTheTruth + " of " + made + " intervals exclude 1")
                .isBetween(0.01, 0.10);
    }
}
