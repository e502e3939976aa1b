package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import nl.vroegsignaal.pipeline.SampleAuditReport;
import org.junit.jupiter.api.Test;

/**
 * The AMT system card and model card against the reporting standard 0.1a14, whose rules the project carries as
 * restated JSON Schemas in {@code src/test/resources/nl/vroegsignaal/report/amt/} (never read from elsewhere).
 * Also checks that the restated schemas still bite: a card that breaks a rule is refused.
 */
class AmtCardsTest {
    private static final String PREFIX = "urn:vroegsignaal:amt:0.1a14:";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemaIdResolvers(r -> r.mapPrefix(PREFIX,
                    "classpath:nl/vroegsignaal/report/amt/")));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private static List<String> errors(String schemaFile, JsonNode card) throws Exception {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(PREFIX + schemaFile));
        List<Error> errors = schema.validate(JSON.writeValueAsString(card), InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }

    /** The card as a reader of the YAML file gets it. */
    private static JsonNode reread(ObjectNode card) throws Exception {
        return YAML.readTree(SystemCard.yaml(card));
    }

    @Test
    void theSystemCardOfTheSampleRunValidates() throws Exception {
        JsonNode card = reread(SystemCard.system(SampleAuditReport.withNecessity()));
        assertThat(errors("systeemkaart.schema.json", card)).isEmpty();
        assertThat(card.path("schema_version").asText()).isEqualTo(SystemCard.SCHEMA_VERSION);
        assertThat(card.path("ai_act_profile").path("role").asText()).isEqualTo("gebruiksverantwoordelijke");
        assertThat(card.path("labels").toString()).contains(SystemCard.CONFIRM);
        assertThat(card.path("measures").toString()).contains(FairnessHtml.FILE).contains(NecessityReport.HTML_FILE);
    }

    @Test
    void theModelCardValidatesWithTheModelIndexLayout() throws Exception {
        JsonNode card = reread(SystemCard.model(SampleAuditReport.withNecessity()));
        assertThat(errors("modelkaart.schema.json", card)).isEmpty();
        JsonNode model = card.path("model_index").path(0);
        assertThat(model.path("results").path(0).path("metrics").size()).isGreaterThan(0);
        for (JsonNode f : model.path("results").path(0).path("datasets").path(0).path("features")) {
            assertThat(f.asText()).as("Dutch descriptions, not identifiers").contains(" ");
        }
    }

    @Test
    void theRestatedSchemasRefuseACardThatBreaksTheirRules() throws Exception {
        ObjectNode card = (ObjectNode) reread(SystemCard.system(SampleAuditReport.withNecessity()));
        card.remove("schema_version");
        ((ObjectNode) card.path("ai_act_profile")).put("risk_group", "een beetje riskant");
        ((ObjectNode) card.path("models").path(0)).remove("license");
        assertThat(errors("systeemkaart.schema.json", card)).hasSize(3).anyMatch(e -> e.contains("schema_version"))
                .anyMatch(e -> e.contains("risk_group")).anyMatch(e -> e.contains("license"));
    }
}
