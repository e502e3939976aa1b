package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.report.AlgoritmeregisterRules.Rule;
import nl.vroegsignaal.report.AlgoritmeregisterRules.Violation;
import org.junit.jupiter.api.Test;

class AlgoritmeregisterRulesTest {
    private static final AlgoritmeregisterRules RULES = AlgoritmeregisterRules.load();

    /** A complete, valid entry as the report stage might write it for vroegsignaal. */
    static Map<String, Object> validEntry() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", "Vroegsignaal voortijdig schoolverlaten");
        e.put("description_short", "Een rekenmodel zet jongeren met een verhoogde kans op voortijdig schoolverlaten "
                + "op een lijst voor de leerplichtambtenaar. Die beslist zelf of en hoe hij contact opneemt.");
        e.put("organization", "Gemeente Voorbeeld");
        e.put("category", List.of("Onderwijs en wetenschap", "Sociale zekerheid"));
        e.put("status", "In ontwikkeling");
        e.put("begin_date", "2027-01");
        e.put("contact_email", "privacy@voorbeeld.nl");
        e.put("publication_category", "Impactvolle algoritmes");
        e.put("goal", "<p>Jongeren eerder hulp bieden.</p><ul><li>Minder voortijdig schoolverlaten</li></ul>");
        e.put("human_intervention", "<p>Een medewerker beoordeelt elk signaal.<br>Het model beslist niets.</p>");
        e.put("lawful_basis_grouping", List.of(Map.of("title", "Leerplichtwet 1969",
                "link", "https://wetten.overheid.nl/BWBR0002628")));
        e.put("impacttoetsen_grouping", List.of(Map.of("title", "DPIA")));
        e.put("lang", "nld");
        e.put("standard_version", "1.0");
        return e;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> e = new HashMap<>(validEntry());
        if (value == null) {
            e.remove(field);
        } else {
            e.put(field, value);
        }
        return e;
    }

    @Test
    void loadsEveryFieldOfTheStandard() {
        assertThat(RULES.rules()).hasSize(31);
        assertThat(RULES.rules()).extracting(Rule::field).contains("name", "lawful_basis_grouping", "lars");
    }

    @Test
    void aValidEntryPasses() {
        assertThat(RULES.check(validEntry())).isEmpty();
    }

    @Test
    void reportsEveryRequiredFieldThatIsMissing() {
        for (Rule r : RULES.rules()) {
            if (r.required()) {
                assertThat(RULES.check(with(r.field(), null)))
                        .containsExactly(new Violation(r.field(), "is required and missing or empty"));
            }
        }
    }

    @Test
    void reportsARequiredFieldThatIsOnlyWhitespace() {
        assertThat(RULES.check(with("organization", "   ")))
                .containsExactly(new Violation("organization", "is required and missing or empty"));
    }

    @Test
    void reportsEveryTextFieldOneCharacterOverItsMaximum() {
        for (Rule r : RULES.rules()) {
            if (r.type().equals("string") && r.maxLength() != null) {
                String tooLong = "a".repeat(r.maxLength() + 1);
                assertThat(RULES.check(with(r.field(), tooLong))).as(r.field()).containsExactly(new Violation(
                        r.field(), "is " + (r.maxLength() + 1) + " characters long; at most " + r.maxLength()
                        + " allowed"));
                assertThat(RULES.check(with(r.field(), "a".repeat(r.maxLength())))).as(r.field()).isEmpty();
            }
        }
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(RULES.check(with("begin_date", "ëëëëëëë"))).isEmpty();
    }

    @Test
    void reportsAValueOutsideEveryEnumeration() {
        for (Rule r : RULES.rules()) {
            if (r.type().equals("enum")) {
                assertThat(RULES.check(with(r.field(), "Actief"))).as(r.field()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo(r.field());
                            assertThat(v.message()).startsWith("'Actief' is not one of: ");
                        });
            }
        }
    }

    @Test
    void reportsAListValueThatIsNotPermitted() {
        assertThat(RULES.check(with("category", List.of("Onderwijs en wetenschap", "Onderwijs"))))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("category[1]");
                    assertThat(v.message()).startsWith("'Onderwijs' is not one of: Organisatie en bedrijfsvoering");
                });
    }

    @Test
    void reportsAListGivenAsText() {
        assertThat(RULES.check(with("category", "Onderwijs en wetenschap")))
                .containsExactly(new Violation("category", "expected a list, got String"));
    }

    @Test
    void reportsAnHtmlTagThatIsNotAllowed() {
        assertThat(RULES.check(with("goal", "<p>Jongeren <b>eerder</b> helpen.</p>"))).containsExactly(
                new Violation("goal", "HTML <b> is not allowed; allowed tags: div, br, p, ul, ol, li"),
                new Violation("goal", "HTML </b> is not allowed; allowed tags: div, br, p, ul, ol, li"));
    }

    @Test
    void reportsHtmlAttributesOnAnAllowedTag() {
        assertThat(RULES.check(with("risks", "<p class=\"x\">Risico</p>")))
                .containsExactly(new Violation("risks", "HTML attributes are not allowed: <p class=\"x\">"));
    }

    @Test
    void allowsASelfClosingBreak() {
        assertThat(RULES.check(with("risks", "<p>Een<br/>twee</p>"))).isEmpty();
    }

    @Test
    void reportsHtmlInAFieldThatAllowsNone() {
        assertThat(RULES.check(with("name", "<p>Vroegsignaal</p>")))
                .containsExactly(new Violation("name", "contains HTML (<p>), which this field does not allow"));
        assertThat(RULES.check(with("provider", "Gemeente <!-- x --> Voorbeeld"))).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("provider"));
    }

    @Test
    void aLessThanSignInPlainTextIsNotHtml() {
        assertThat(RULES.check(with("description_short", "Kans < 5% wordt niet gemeld."))).isEmpty();
    }

    @Test
    void reportsAGroupedItemWithoutARequiredSubfield() {
        assertThat(RULES.check(with("lawful_basis_grouping", List.of(Map.of("title", "Leerplichtwet 1969")))))
                .containsExactly(new Violation("lawful_basis_grouping[0].link", "is required and missing or empty"));
    }

    @Test
    void reportsAGroupedSubfieldThatIsTooLong() {
        assertThat(RULES.check(with("source_data_grouping", List.of(Map.of("title", "t".repeat(501),
                "link", "https://example.org"))))).containsExactly(new Violation("source_data_grouping[0].title",
                "is 501 characters long; at most 500 allowed"));
    }

    @Test
    void reportsAnUnknownSubfieldAndAnItemThatIsNotAGroup() {
        assertThat(RULES.check(with("impacttoetsen_grouping", List.of(Map.of("title", "DPIA", "datum", "2027"),
                "IAMA")))).containsExactly(
                new Violation("impacttoetsen_grouping[0].datum", "is not a field of the standard v1.0"),
                new Violation("impacttoetsen_grouping[1]", "expected a group of fields, got String"));
    }

    @Test
    void reportsAFieldOutsideTheStandard() {
        assertThat(RULES.check(with("model_auc", "0.81")))
                .containsExactly(new Violation("model_auc", "is not a field of the standard v1.0"));
    }

    @Test
    void reportsEveryViolationAtOnce() {
        Map<String, Object> e = with("name", null);
        e.put("status", "Actief");
        e.put("goal", "<h1>Doel</h1>");
        assertThat(RULES.check(e)).extracting(Violation::field).containsExactlyInAnyOrder("name", "status", "goal",
                "goal");
    }
}
