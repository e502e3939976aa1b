package nl.vroegsignaal.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vroegsignaal.features.Catalogue;
import nl.vroegsignaal.features.ContactInput;
import org.junit.jupiter.api.Test;

class ReasonSelectorTest {
    private static final List<String> FEATURES = List.of("leeftijd", "verzuim_ongeoorloofd_12m",
            "verzuim_dagen_sinds_melding", "zittenblijven_3j", "onderwijssoort=MBO-1", "uitkering_lopend",
            "jeugdhulp_lopend", "verhuizingen_3j", "wijk=WK01", "schuldhulp_lopend", "jeugdhulp_jeugdreclassering_3j");
    private static final ReasonSelector SELECTOR = new ReasonSelector(
            new FamilyGrouping(Catalogue.current(), FEATURES), ReasonTexts.standard());
    private static final PersonValues PERSON = ReasonTextsTest.person(Map.ofEntries(
            Map.entry("leeftijd", 19),
            Map.entry("verzuim_ongeoorloofd_12m", 3),
            Map.entry("verzuim_dagen_sinds_melding", 999),
            Map.entry("zittenblijven_3j", 2),
            Map.entry("onderwijssoort", "MBO-1"),
            Map.entry("uitkering_lopend", 1),
            Map.entry("jeugdhulp_lopend", 0),
            Map.entry("verhuizingen_3j", 1),
            Map.entry("wijk", "WK01"),
            Map.entry("schuldhulp_lopend", 1),
            Map.entry("jeugdhulp_jeugdreclassering_3j", 1)));

    @Test
    void givesTheThreeStrongestPositiveFamiliesStrongestFirst() {
        List<Reason> reasons = reasons(0.1, 0.9, 0.0, 0.4, 0.3, 0.5, -0.2, 0.2, 0.0);
        assertThat(reasons).extracting(Reason::topic).containsExactly("verzuim", "uitkering", "schoolloopbaan");
        assertThat(reasons).extracting(Reason::textNl).containsExactly(
                "Ongeoorloofd verzuim: 3 meldingen in de afgelopen 12 maanden",
                "Huishouden heeft een uitkering",
                "Twee keer blijven zitten in de afgelopen 3 jaar");
        // the enrolment's onderwijssoort (0.3) is context: the topic's contribution is the repeated year's only
        assertThat(reasons.get(2).contribution()).isEqualTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void neverGivesTheNeighbourhoodOrTheContextEvenWhenTheyAreTheStrongest() {
        List<Reason> reasons = reasons(3.0, 0.2, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 5.0);
        assertThat(reasons).extracting(Reason::topic).containsExactly("verzuim");
    }

    @Test
    void saysPlainlyWhenOnlyTheContextRaisesTheRisk() {
        ReasonSelector.Choice c = choice(Set.of(), 1.0, -0.2, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0);
        assertThat(c.reasons()).isEmpty();
        assertThat(c.note()).isEqualTo(Signal.Note.CONTEXT_ONLY);
        assertThat(choice(Set.of(), -1.0, -0.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0).note())
                .isEqualTo(Signal.Note.NO_REASON);
    }

    @Test
    void aHiddenTopicIsLeftOutAndTheNextSpeaksAndARowWithoutReasonsNeverTellsWhy() {
        double[] v = {0.0, 0.1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9, 0.8};
        assertThat(choice(Set.of(), v).reasons()).extracting(Reason::topic)
                .containsExactly("schuldhulp", "jeugdreclassering", "verzuim");
        ReasonSelector.Choice hidden = choice(Set.of("schuldhulp", "jeugdreclassering"), v);
        assertThat(hidden.reasons()).extracting(Reason::topic).containsExactly("verzuim");
        assertThat(hidden.reasons().get(0).contribution()).isEqualTo(0.1);
        double[] onlyHidden = {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9, 0.0};
        double[] onlyContext = {0.7, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0};
        Set<String> h = Set.of("schuldhulp", "jeugdreclassering");
        assertThat(choice(h, onlyHidden).note()).isEqualTo(Signal.Note.NOTHING_SHOWN);
        assertThat(choice(h, onlyContext).note()).isEqualTo(Signal.Note.NOTHING_SHOWN);
    }

    @Test
    void onlyFamiliesThatRaiseTheScoreAreReasons() {
        assertThat(reasons(-0.1, -0.5, 0.0, 0.0, -0.3, -0.2, -0.1, -0.4, 0.0)).isEmpty();
        // a topic whose features cancel out to a negative sum is no reason, though one feature is positive
        assertThat(reasons(0.0, 0.4, -0.6, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)).isEmpty();
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
    void theRecordedContactInputIsContextNeverAReasonEvenWhenItIsTheStrongest() {
        List<String> features = new java.util.ArrayList<>(FEATURES);
        features.add(ContactInput.NAME);
        java.util.List<nl.vroegsignaal.features.FeatureDefinition> defs =
                new java.util.ArrayList<>(Catalogue.current().features());
        defs.add(ContactInput.DEFINITION);
        ReasonSelector selector = new ReasonSelector(new FamilyGrouping(
                new nl.vroegsignaal.features.FeatureCatalogue("1+" + ContactInput.NAME, defs), features),
                ReasonTexts.standard());
        double[] strongest = new double[features.size()];
        strongest[1] = 0.2; // verzuim
        strongest[features.size() - 1] = 2.0; // not contacted: raises the risk most
        Contributions c = new Contributions(features, new double[]{-3}, new double[][]{strongest});
        assertThat(selector.reasons(c, 0, PERSON, Set.of()).reasons()).extracting(Reason::topic)
                .containsExactly("verzuim");
        double[] only = new double[features.size()];
        only[features.size() - 1] = 0.5;
        ReasonSelector.Choice onlyContact = selector.reasons(new Contributions(features, new double[]{-3},
                new double[][]{only}), 0, PERSON, Set.of());
        assertThat(onlyContact.reasons()).isEmpty();
        // "only age, level and leerjaar raise the risk" would be untrue: the contact (0 for all on a list) is no
        // part of that note
        assertThat(onlyContact.note()).isEqualTo(Signal.Note.NO_REASON);
        only[0] = 0.3; // age
        assertThat(selector.reasons(new Contributions(features, new double[]{-3}, new double[][]{only}), 0, PERSON,
                Set.of()).note()).isEqualTo(Signal.Note.CONTEXT_ONLY);
        assertThat(ReasonTopics.of(ContactInput.DEFINITION)).isEqualTo(ReasonTopics.CONTEXT);
    }

    @Test
    void aReasonCanNeverBeTheNeighbourhoodOrAProtectedAttributeOrLowerTheRisk() {
        assertThatThrownBy(() -> new Reason("wijk", "Woont in WK01", 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'wijk' is never a reason on a signal list");
        assertThatThrownBy(() -> new Reason("herkomst", "x", 1.0))
                .hasMessage("'herkomst' is never a reason on a signal list");
        assertThatThrownBy(() -> new Reason("context", "18 jaar", 1.0))
                .hasMessage("'context' is never a reason on a signal list");
        assertThatThrownBy(() -> new Reason("verzuim", "x", -0.1))
                .hasMessage("a reason must raise the risk; topic 'verzuim' contributes -0.1");
    }

    private static List<Reason> reasons(double... values) {
        return choice(Set.of(), values).reasons();
    }

    private static ReasonSelector.Choice choice(Set<String> hidden, double... values) {
        double[] all = java.util.Arrays.copyOf(values, FEATURES.size());
        Contributions c = new Contributions(FEATURES, new double[]{-3}, new double[][]{all});
        return SELECTOR.reasons(c, 0, PERSON, hidden);
    }
}
