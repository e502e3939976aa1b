package nl.vroegsignaal.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.vroegsignaal.features.Catalogue;
import org.junit.jupiter.api.Test;

class ReasonSelectorTest {
    private static final List<String> FEATURES = List.of("leeftijd", "verzuim_ongeoorloofd_12m",
            "verzuim_dagen_sinds_melding", "zittenblijven_3j", "onderwijssoort=MBO-1", "uitkering_lopend",
            "jeugdhulp_lopend", "verhuizingen_3j", "wijk=WK01");
    private static final ReasonSelector SELECTOR = new ReasonSelector(
            new FamilyGrouping(Catalogue.current(), FEATURES), ReasonTexts.standard());
    private static final PersonValues PERSON = ReasonTextsTest.person(Map.of("leeftijd", 19,
            "verzuim_ongeoorloofd_12m", 3, "verzuim_dagen_sinds_melding", 999, "zittenblijven_3j", 2,
            "onderwijssoort", "MBO-1", "uitkering_lopend", 1, "jeugdhulp_lopend", 0, "verhuizingen_3j", 1,
            "wijk", "WK01"));

    @Test
    void givesTheThreeStrongestPositiveFamiliesStrongestFirst() {
        List<Reason> reasons = reasons(0.1, 0.9, 0.0, 0.4, 0.3, 0.5, -0.2, 0.2, 0.0);
        assertThat(reasons).extracting(Reason::family).containsExactly("verzuim", "schoolloopbaan", "huishouden");
        assertThat(reasons).extracting(Reason::textNl).containsExactly(
                "Ongeoorloofd verzuim: 3 meldingen in de afgelopen 12 maanden",
                "Twee keer blijven zitten in de afgelopen 3 jaar",
                "Huishouden heeft een uitkering");
        assertThat(reasons.get(1).contribution()).isEqualTo(0.7, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void neverGivesTheNeighbourhoodEvenWhenItIsTheStrongest() {
        List<Reason> reasons = reasons(0.1, 0.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0);
        assertThat(reasons).extracting(Reason::family).containsExactly("verzuim", "leeftijd");
    }

    @Test
    void onlyFamiliesThatRaiseTheScoreAreReasons() {
        assertThat(reasons(-0.1, -0.5, 0.0, 0.0, -0.3, -0.2, -0.1, -0.4, 0.0)).isEmpty();
        // a family whose features cancel out to a negative sum is no reason, though one feature is positive
        assertThat(reasons(0.0, 0.0, 0.0, 0.3, -0.5, 0.0, 0.0, 0.0, 0.0)).isEmpty();
    }

    @Test
    void theFamilysStatementIsItsStrongestFeatureWithSomethingToSay() {
        // verzuim carried by "days since report" = 999 (nothing to state): the absence count speaks instead
        List<Reason> reasons = reasons(0.0, 0.2, 0.8, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(reasons).singleElement().satisfies(r -> {
            assertThat(r.textNl()).isEqualTo("Ongeoorloofd verzuim: 3 meldingen in de afgelopen 12 maanden");
            assertThat(r.contribution()).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
        });
        // jeugdhulp raises the score only through its absence (value 0): nothing to state, so no reason
        assertThat(reasons(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.6, 0.0, 0.0)).isEmpty();
    }

    @Test
    void aReasonCanNeverBeTheNeighbourhoodOrAProtectedAttributeOrLowerTheRisk() {
        assertThatThrownBy(() -> new Reason("wijk", "Woont in WK01", 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("family 'wijk' is never a reason on a signal list");
        assertThatThrownBy(() -> new Reason("herkomst", "x", 1.0))
                .hasMessage("family 'herkomst' is never a reason on a signal list");
        assertThatThrownBy(() -> new Reason("verzuim", "x", -0.1))
                .hasMessage("a reason must raise the risk; family 'verzuim' contributes -0.1");
    }

    private static List<Reason> reasons(double... values) {
        Contributions c = new Contributions(FEATURES, new double[]{-3}, new double[][]{values});
        return SELECTOR.reasons(c, 0, PERSON);
    }
}
