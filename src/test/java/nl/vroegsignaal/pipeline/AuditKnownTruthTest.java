package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.fairness.Cause;
import nl.vroegsignaal.fairness.Finding;
import nl.vroegsignaal.fairness.FindingKind;
import nl.vroegsignaal.fairness.Ranking;
import nl.vroegsignaal.pipeline.KnownTruthWorlds.Condition;
import nl.vroegsignaal.report.FirstScreen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small, always-on version of {@link AuditErrorRateBenchmark}: two seeded worlds of 5,000 persons per
 * condition (no knob, direct effect, registration bias, proxy leak), each with a small logistic model audited
 * beside its oracle. The
 * direct-effect knob adds log-odds to the outcome of herkomst 'buiten Europa' that no record shows, so the model
 * underestimates that group's risk. Without a knob (and with only the proxy leak) the true probability depends on
 * the records alone, so a model fitted to them is fair, and the groups still differ in their dropout rates. The
 * registration-bias knob inflates the group's recorded absence: the model hardly takes it up, today's practice
 * (which ranks by absence) does, and the audit says so (see src/site/fairness-audit.md).
 */
class AuditKnownTruthTest {
    private static final long[] SEEDS = {11, 12};

    @TempDir
    static Path dir;
    private static final Map<Condition, List<AuditStage.Result>> RESULTS = new EnumMap<>(Condition.class);

    @BeforeAll
    static void auditGeneratedWorlds() {
        for (Condition c : Condition.values()) {
            RESULTS.put(c, java.util.Arrays.stream(SEEDS).mapToObj(s -> KnownTruthWorlds.audit(dir, c, s, 5_000))
                    .toList());
        }
    }

    @Test
    void withoutAKnobTheFirstScreenNamesNoModelFindingAndTheGapsAreContext() {
        for (Condition c : List.of(Condition.NONE, Condition.PROXY_LEAK)) {
            for (AuditStage.Result r : RESULTS.get(c)) {
                assertThat(r.audit().modelFindings()).as(c.name()).isEmpty();
                assertThat(FirstScreen.of(r.report()).modelFindings()).isEmpty();
                assertThat(r.audit().rankings()).containsExactly(Ranking.MODEL, Ranking.TODAY, Ranking.ORACLE);
                for (Finding f : r.audit().contextFindings()) {
                    assertThat(f.cause()).isIn(Cause.WORLD, Cause.PRACTICE);
                    assertThat(f.kind()).isEqualTo(f.cause() == Cause.WORLD ? FindingKind.FOLLOWS_BASE_RATE
                            : FindingKind.LIST_SHARE);
                    assertThat(f.figures()).containsKeys(Ranking.ORACLE, Ranking.TODAY);
                }
            }
        }
    }

    @Test
    void theDirectEffectPutsTheAffectedGroupsMisjudgedRiskFirst() {
        for (AuditStage.Result r : RESULTS.get(Condition.DIRECT_EFFECT)) {
            assertThat(KnownTruthWorlds.namesTheRightFindingFirst(r, Condition.DIRECT_EFFECT))
                    .as("%s", FirstScreen.of(r.report()).modelFindings()).isTrue();
        }
        String first = FirstScreen.of(RESULTS.get(Condition.DIRECT_EFFECT).get(0).report()).modelFindings().get(0);
        assertThat(first).startsWith("Het model schat het risico van jongeren met een herkomst buiten Europa te "
                + "laag in: verwacht ").contains(" op de 100, werkelijk ");
    }

    @Test
    void theRegistrationBiasShowsInTodaysPracticeNotInTheModel() {
        for (AuditStage.Result r : RESULTS.get(Condition.REGISTRATION_BIAS)) {
            assertThat(KnownTruthWorlds.namesTheRightFindingFirst(r, Condition.REGISTRATION_BIAS))
                    .as("%s / %s", FirstScreen.of(r.report()).modelFindings(), FirstScreen.of(r.report()).practice())
                    .isTrue();
        }
        FirstScreen screen = FirstScreen.of(RESULTS.get(Condition.REGISTRATION_BIAS).get(0).report());
        assertThat(screen.modelFindings()).isEmpty();
        assertThat(screen.practice().get(0)).startsWith("De huidige werkwijze (op verzuim) zet jongeren met een "
                + "herkomst buiten Europa vaker op de lijst dan hun deel van de uitvallers verklaart: ");
        assertThat(screen.toRecord()).anyMatch(s -> s.contains("vaker wordt gemeld dan het gebeurt"));
    }

    @Test
    void theProxyCheckNamesTheFeatureTheLeakKnobMakesEncodeOrigin() {
        for (AuditStage.Result leak : RESULTS.get(Condition.PROXY_LEAK)) {
            assertThat(leak.proxies().flagged()).contains("verzuim_luxeverzuim_12m");
            assertThat(leak.registerEntry().fields().get("risks").toString()).contains("verzuim_luxeverzuim_12m");
        }
        for (AuditStage.Result r : RESULTS.get(Condition.NONE)) {
            assertThat(r.proxies().flagged()).doesNotContain("verzuim_luxeverzuim_12m");
        }
    }
}
