package nl.vroegsignaal.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictTest {
    private static Verdict judge(double value, double lower, double upper) {
        return Verdict.of(Estimate.of(value, lower, upper), 0.8, 1.25);
    }

    @Test
    void aRatioWhoseWholeIntervalLiesInsideTheBandIsWithin() {
        assertThat(judge(1.0, 0.9, 1.1)).isEqualTo(Verdict.BINNEN_BAND);
    }

    @Test
    void theBandEdgesCountAsInside() {
        assertThat(judge(1.0, 0.8, 1.25)).isEqualTo(Verdict.BINNEN_BAND);
    }

    @Test
    void aRatioWhoseWholeIntervalLiesBelowTheBandIsOutside() {
        assertThat(judge(0.5, 0.4, 0.7)).isEqualTo(Verdict.BUITEN_BAND);
    }

    @Test
    void aRatioWhoseWholeIntervalLiesAboveTheBandIsOutside() {
        assertThat(judge(1.6, 1.3, 2.0)).isEqualTo(Verdict.BUITEN_BAND);
    }

    @Test
    void anIntervalWithAnUnboundedUpperEndAboveTheBandIsStillOutside() {
        assertThat(judge(3.0, 1.4, Double.POSITIVE_INFINITY)).isEqualTo(Verdict.BUITEN_BAND);
    }

    @Test
    void anIntervalStraddlingTheLowerEdgeIsNotDeterminable() {
        assertThat(judge(0.85, 0.7, 1.0)).isEqualTo(Verdict.NIET_TE_BEPALEN);
    }

    @Test
    void anIntervalStraddlingTheUpperEdgeIsNotDeterminableEvenWithThePointOutside() {
        assertThat(judge(1.3, 1.1, 1.5)).isEqualTo(Verdict.NIET_TE_BEPALEN);
    }

    @Test
    void anIntervalWiderThanTheBandIsNotDeterminable() {
        assertThat(judge(1.0, 0.5, 2.0)).isEqualTo(Verdict.NIET_TE_BEPALEN);
    }

    @Test
    void aSuppressedRatioIsNotDeterminable() {
        assertThat(Verdict.of(Estimate.suppressedEstimate(), 0.8, 1.25)).isEqualTo(Verdict.NIET_TE_BEPALEN);
    }

    @Test
    void aRatioWithoutBootstrapBoundsIsNotDeterminable() {
        assertThat(judge(1.0, Double.NaN, Double.NaN)).isEqualTo(Verdict.NIET_TE_BEPALEN);
    }

    @Test
    void aGroupTooSmallToShowGetsNoRatioAndNoVerdict() {
        // Nederland 6000, buiten Europa 4000, Europa 6 and onbekend 7: the two small groups protect each other
        FairnessAudit audit = FairnessAuditor.audit(fourGroups(6000, 6, 4000, 7), AuditOptions.defaults(1)
                .withResamples(200));
        AttributeAudit herkomst = audit.attribute(ContractAttributes.HERKOMST);
        assertThat(herkomst.disparities()).filteredOn(d -> d.group().code().equals("Europa"))
                .isNotEmpty()
                .allMatch(d -> d.ratio().suppressed() && d.verdict() == Verdict.NIET_TE_BEPALEN);
        assertThat(herkomst.disparities()).filteredOn(d -> d.group().code().equals("buiten Europa"))
                .isNotEmpty()
                .noneMatch(d -> d.ratio().suppressed());
    }

    @Test
    void aSingleSmallGroupIsReportedWithTheLargestSoTheNextSmallestKeepsItsCounts() {
        // Europa (6) alone under 10: its count would follow from the total minus the others, so suppression would
        // have to hide buiten Europa (the next smallest) too; merged into Nederland instead, it hides nothing
        FairnessAudit audit = FairnessAuditor.audit(fourGroups(6000, 6, 4000, 0), AuditOptions.defaults(1)
                .withResamples(200));
        AttributeAudit herkomst = audit.attribute(ContractAttributes.HERKOMST);
        assertThat(herkomst.groups()).extracting(g -> g.group().code())
                .containsExactly("Nederland of Europa", "buiten Europa");
        assertThat(herkomst.groups()).allMatch(g -> !g.persons().suppressed() && g.rates().values().stream()
                .noneMatch(Rate::suppressed));
        assertThat(herkomst.disparities()).isNotEmpty().noneMatch(d -> d.ratio().suppressed());
        assertThat(herkomst.reference().code()).isEqualTo("Nederland of Europa");
        assertThat(audit.merged().merges()).extracting(m -> m.absorbed() + " into " + m.into())
                .containsExactly("Europa into Nederland");
    }

    /** One geslacht; herkomst groups of the given sizes; 20% positive, every 7th row selected. */
    private static AuditInput fourGroups(int... sizes) {
        int n = java.util.Arrays.stream(sizes).sum();
        byte[] herkomst = new byte[n];
        int row = 0;
        for (int h = 0; h < sizes.length; h++) {
            for (int i = 0; i < sizes[h]; i++) {
                herkomst[row++] = (byte) h;
            }
        }
        double[] risk = new double[n];
        byte[] label = new byte[n];
        boolean[] selected = new boolean[n];
        for (int i = 0; i < n; i++) {
            risk[i] = 0.2;
            label[i] = (byte) (i % 5 == 0 ? 1 : 0);
            selected[i] = i % 7 == 0;
        }
        return new AuditInput(risk, label, selected, nl.vroegsignaal.features.AuditAttributes.contract(new byte[n],
                herkomst));
    }
}
