package nl.vroegsignaal.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import nl.vroegsignaal.features.AuditAttributes;
import org.junit.jupiter.api.Test;

class ListCompositionTest {
    private static final AuditOptions OPT = AuditOptions.defaults(3).withResamples(300);

    /** Two geslacht and two herkomst groups, all large, so nothing is suppressed. */
    private static AuditInput largeGroups(long seed) {
        AuditAttributes attrs = Cohorts.attributes(seed, 20_000, new double[] {0.5, 0.5, 0, 0},
                new double[] {0.65, 0, 0.35, 0});
        return Cohorts.calibrated(seed, attrs, -2.6, new double[] {0, 0, 0.8, 0}, 1500);
    }

    @Test
    void onTheAuditedCohortTheExpectedCountFollowsEachGroupsShareOfEarlyLeavers() {
        AuditInput in = largeGroups(1);
        FairnessAudit audit = FairnessAuditor.audit(in, OPT);
        ListComposition list = FairnessAuditor.listComposition(new ListInput(in.selected(), in.attributes()),
                GroupBaseRates.from(audit), OPT);
        int k = 0;
        int positives = 0;
        for (int i = 0; i < in.rows(); i++) {
            k += in.selected()[i] ? 1 : 0;
            positives += in.label()[i];
        }
        assertThat(list.listSize()).isEqualTo(Count.shown(k));
        assertThat(list.persons()).isEqualTo(Count.shown(in.rows()));
        for (AttributeComposition a : list.attributes()) {
            for (GroupComposition g : a.groups()) {
                GroupCounts c = GroupCounts.of(in, GroupCounts.member(in, g.group()));
                int onList = c.tp() + c.fp();
                double expected = (double) k * (c.tp() + c.fn()) / positives;
                String name = g.group().toString();
                assertThat(g.onList()).as(name).isEqualTo(Count.shown(onList));
                assertThat(g.persons()).as(name).isEqualTo(Count.shown(c.n()));
                assertThat(g.shareOfList().value()).as(name).isCloseTo((double) onList / k, within(1e-12));
                assertThat(g.shareOfPopulation().value()).as(name).isCloseTo((double) c.n() / in.rows(), within(1e-12));
                assertThat(g.expectedByBaseRate().value()).as(name).isCloseTo(expected, within(1e-9));
                assertThat(g.expectedByPopulation().value()).as(name)
                        .isCloseTo((double) k * c.n() / in.rows(), within(1e-9));
                assertThat(g.ratioToBaseRate().value()).as(name).isCloseTo(onList / expected, within(1e-9));
                assertThat(g.ratioToBaseRate().lower()).as(name).isLessThan(g.ratioToBaseRate().value());
                assertThat(g.ratioToBaseRate().upper()).as(name).isGreaterThan(g.ratioToBaseRate().value());
            }
        }
    }

    @Test
    void theListIsReportedInTheAuditsMergedGroups() {
        // the audit merges herkomst onbekend (2%, under 10 leavers on the list) into Nederland; the list composition
        // reports the same groups, so Europa keeps its figures there too and every base rate is the audit's
        AuditInput in = FairnessAuditorTest.cohort(1);
        FairnessAudit audit = FairnessAuditor.audit(in, OPT);
        GroupBaseRates rates = GroupBaseRates.from(audit);
        ListComposition list = FairnessAuditor.listComposition(new ListInput(in.selected(), in.attributes()), rates,
                OPT);
        AttributeComposition herkomst = list.attribute(ContractAttributes.HERKOMST);
        assertThat(herkomst.groups()).extracting(g -> g.group().code())
                .containsExactly("Nederland of onbekend", "Europa", "buiten Europa");
        for (GroupComposition g : herkomst.groups()) {
            GroupCounts c = GroupCounts.of(in, GroupCounts.member(in, g.group()));
            assertThat(g.persons()).as(g.group().code()).isEqualTo(Count.shown(c.n()));
            assertThat(g.onList()).as(g.group().code()).isEqualTo(Count.shown(c.tp() + c.fp()));
            assertThat(rates.rates()).as(g.group().code()).containsKey(g.group());
            assertThat(g.ratioToBaseRate().suppressed()).as(g.group().code()).isFalse();
        }
    }

    @Test
    void aListThatPassesOverAGroupsNeedIsFlaggedOutsideTheBand() {
        // same need in both herkomst groups, but only Nederland's leavers make it onto the list
        int n = 20_000;
        SplittableRandom rnd = new SplittableRandom(5);
        byte[] herkomst = new byte[n];
        byte[] label = new byte[n];
        boolean[] onList = new boolean[n];
        for (int i = 0; i < n; i++) {
            herkomst[i] = (byte) (i % 2 == 0 ? 0 : 2);
            label[i] = (byte) (rnd.nextDouble() < 0.08 ? 1 : 0);
            double p = label[i] == 1 ? (herkomst[i] == 0 ? 0.7 : 0.2) : 0.03;
            onList[i] = rnd.nextDouble() < p;
        }
        AuditAttributes attrs = AuditAttributes.contract(new byte[n], herkomst);
        FairnessAudit audit = FairnessAuditor.audit(new AuditInput(new double[n], label, onList, attrs), OPT);
        ListComposition list = FairnessAuditor.listComposition(new ListInput(onList, attrs),
                GroupBaseRates.from(audit), OPT);
        GroupComposition buiten = list.attribute(ContractAttributes.HERKOMST).groups().stream()
                .filter(g -> g.group().code().equals("buiten Europa")).findFirst().orElseThrow();
        assertThat(buiten.ratioToBaseRate().value()).isLessThan(0.7);
        assertThat(buiten.verdictToBaseRate()).isEqualTo(Verdict.BUITEN_BAND);
        assertThat(buiten.verdictToPopulation()).isEqualTo(Verdict.BUITEN_BAND);
    }

    @Test
    void smallGroupsOnTheListAreSuppressedAndCannotBeRecoveredFromTheListSize() {
        // herkomst onbekend: 3 persons on the list of 300; Europa 40 on the list
        int n = 6000;
        byte[] herkomst = new byte[n];
        boolean[] onList = new boolean[n];
        for (int i = 0; i < n; i++) {
            herkomst[i] = (byte) (i < 100 ? 3 : i < 1100 ? 1 : i < 3000 ? 2 : 0);
            onList[i] = i < 3 || (i >= 100 && i < 140) || (i >= 1100 && i < 1200) || (i >= 3000 && i < 3157);
        }
        AuditAttributes attrs = AuditAttributes.contract(new byte[n], herkomst);
        ListComposition list = FairnessAuditor.listComposition(new ListInput(onList, attrs),
                new GroupBaseRates(Map.of(), 0.05), OPT);
        assertThat(list.listSize()).isEqualTo(Count.shown(300));
        Map<String, GroupComposition> byCode = new java.util.HashMap<>();
        list.attribute(ContractAttributes.HERKOMST).groups().forEach(g -> byCode.put(g.group().code(), g));
        assertThat(byCode.get("onbekend").onList().suppressed()).isTrue();
        assertThat(byCode.get("onbekend").shareOfList().suppressed()).isTrue();
        assertThat(byCode.get("onbekend").ratioToPopulation().suppressed()).isTrue();
        assertThat(byCode.get("Europa").onList().suppressed()).as("the next smallest protects it").isTrue();
        assertThat(byCode.get("Nederland").onList()).isEqualTo(Count.shown(157));
        assertThat(byCode.get("buiten Europa").onList()).isEqualTo(Count.shown(100));
        assertThat(byCode.get("Nederland").expectedByBaseRate().suppressed())
                .as("no base rate of its own was published").isTrue();
        assertThat(byCode.get("Nederland").expectedByPopulation().value()).isCloseTo(300.0 * 3000 / 6000, within(1e-9));
    }

    @Test
    void baseRatesComeOnlyFromShownFiguresOfTheAudit() {
        FairnessAudit audit = FairnessAuditor.audit(FairnessAuditorTest.cohort(1), OPT);
        GroupBaseRates rates = GroupBaseRates.from(audit);
        for (AttributeAudit a : audit.attributes()) {
            for (GroupMetrics g : a.groups()) {
                Rate r = g.rates().get(Metric.BASE_RATE);
                assertThat(rates.rates().get(g.group())).as(g.group().toString())
                        .isEqualTo(r.suppressed() ? null : r.value());
            }
        }
        assertThat(rates.overall()).isEqualTo(audit.overall().rates().get(Metric.BASE_RATE).value());
    }

    @Test
    void refusesAListWhoseArraysDifferInLength() {
        AuditAttributes attrs = AuditAttributes.contract(new byte[3], new byte[3]);
        assertThatThrownBy(() -> new ListInput(new boolean[2], attrs))
                .hasMessage("list input: all arrays need one entry per row; onList has 2, attributes 3");
    }
}
