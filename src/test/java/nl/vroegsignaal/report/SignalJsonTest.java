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
        Path file = dir.resolve(SignalJson.FILE);
        SignalJson.write(SignalListFixture.list(12), file);
        String text = Files.readString(file);
        JsonNode root = new ObjectMapper().readTree(text);
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("soort", "formaatversie", "peildatum", "capaciteit", "populatie", "model",
                "verwachtePrecisie", "precisieBasis", "gegevensbronnen", "uitleg", "herkomst", "signalen");
        assertThat(root.get("peildatum").asText()).isEqualTo("2025-10-01");
        assertThat(root.get("capaciteit").asInt()).isEqualTo(12);
        assertThat(root.get("uitleg").get(0).get("tekst").get(0).asText()).isEqualTo("Een signaal is geen besluit.");
        assertThat(root.get("uitleg").findValuesAsText("onderwerp")).containsExactly("watHetIs", "hoeGemaakt",
                "betrouwbaarheid", "risico", "redenen", "privacy");
        assertThat(root.get("signalen")).hasSize(12);
        JsonNode third = root.get("signalen").get(2);
        assertThat(third.get("rang").asInt()).isEqualTo(3);
        assertThat(third.get("redenen").get(1).get("familie").asText()).isEqualTo("schoolloopbaan");
        assertThat(text).contains("\"risico\": 0.5167,").contains("\"risicoProcent\": 52,")
                .contains("\"bijdrage\": 0.750000").contains("\"verwachtePrecisie\": 0.2300,")
                .doesNotContain("\r").doesNotContainPattern("[0-9]E-?[0-9]");
        List<String> keys = new ArrayList<>();
        root.get("herkomst").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isSorted();
    }

    @Test
    void theSameListGivesTheSameBytesInAnOwnerOnlyFile(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("a/" + SignalJson.FILE);
        Path two = dir.resolve("b/" + SignalJson.FILE);
        SignalJson.write(SignalListFixture.list(30), one);
        SignalJson.write(SignalListFixture.list(30), two);
        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(one))).isEqualTo("rw-------");
    }
}
