package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalJsonTest {

    @Test
    void holdsTheListItsExplanationAndProvenanceInAFixedOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("signalen-leerplicht.json");
        SignalJson.write(SignalListFixture.list(12), file);
        String text = Files.readString(file);
        JsonNode root = new ObjectMapper().readTree(text);
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("soort", "formaatversie", "lijst", "naam", "peildatum", "capaciteit",
                "populatie", "model", "verwachtePrecisie", "precisieBasis", "zichtbaarheid", "alInBeeld",
                "gegevensbronnen", "uitleg", "herkomst", "signalen");
        assertThat(root.get("formaatversie").asInt()).isEqualTo(2);
        assertThat(root.get("lijst").asText()).isEqualTo("leerplicht");
        assertThat(root.get("zichtbaarheid").get("nietGetoond").toString())
                .isEqualTo("[\"jeugdreclassering\",\"schuldhulp\"]");
        assertThat(root.get("peildatum").asText()).isEqualTo("2025-10-01");
        assertThat(root.get("capaciteit").asInt()).isEqualTo(12);
        assertThat(root.get("uitleg").get(0).get("tekst").get(0).asText()).isEqualTo("Een signaal is geen besluit.");
        assertThat(root.get("uitleg").findValuesAsText("onderwerp")).containsExactly("watHetIs", "watKuntUDoen",
                "hoeGemaakt", "betrouwbaarheid", "risico", "redenen", "privacy");
        assertThat(root.get("signalen")).hasSize(12);
        JsonNode third = root.get("signalen").get(2);
        assertThat(third.get("rang").asInt()).isEqualTo(3);
        assertThat(third.get("redenen").get(1).get("onderwerp").asText()).isEqualTo("schoolloopbaan");
        assertThat(third.get("context").toString()).isEqualTo(
                "{\"leeftijd\":14,\"brin\":\"12AB\",\"onderwijssoort\":\"VMBO-BB\",\"leerjaar\":3}");
        assertThat(third.get("alInBeeld").isNull()).isTrue();
        assertThat(root.get("signalen").get(3).get("alInBeeld").asText()).isEqualTo("traject leerplicht");
        assertThat(root.get("signalen").get(0).get("toelichting").asText()).startsWith("Geen reden om te tonen");
        assertThat(text).contains("\"risico\": 0.5167,").contains("\"risicoProcent\": 52,")
                .contains("\"bijdrage\": 0.750000").contains("\"verwachtePrecisie\": 0.2300,")
                .doesNotContain("\r").doesNotContainPattern("[0-9]E-?[0-9]");
        List<String> keys = new ArrayList<>();
        root.get("herkomst").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isSorted();
    }

    @Test
    void theSameListGivesTheSameBytesInAnOwnerOnlyFile(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("a/" + "signalen-leerplicht.json");
        Path two = dir.resolve("b/" + "signalen-leerplicht.json");
        SignalJson.write(SignalListFixture.list(30), one);
        SignalJson.write(SignalListFixture.list(30), two);
        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(one))).isEqualTo("rw-------");
    }
}
