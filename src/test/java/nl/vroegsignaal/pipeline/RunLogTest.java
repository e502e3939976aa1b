package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vroegsignaal.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLogTest {
    @TempDir
    Path dir;

    private static RunLog.Entry list(String key) {
        return new RunLog.Entry(key, LocalDate.of(2026, 10, 1));
    }

    @Test
    void appendsOneLinePerListAndKeepsEarlierLines() throws Exception {
        Path model = Files.writeString(dir.resolve("model.tribuo"), "m");
        Path out = dir.resolve("out");
        RunLog.append(out, List.of(list("leerplicht"), list("rmc")), model, Map.of("a.csv", "1"), "cfg", "jan",
                Instant.parse("2026-12-02T01:00:00.123Z"));
        RunLog.append(out, List.of(list("rmc")), model, Map.of("a.csv", "2"), "cfg", "piet",
                Instant.parse("2026-12-03T01:00:00Z"));
        List<String> lines = Files.readAllLines(out.resolve(RunLog.FOLDER).resolve(RunLog.FILE));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo(RunLog.HEADER);
        assertThat(lines.get(1)).startsWith("2026-12-02T01:00:00Z,leerplicht,2026-10-01,").endsWith(",cfg,jan");
        assertThat(lines.get(2)).startsWith("2026-12-02T01:00:00Z,rmc,");
        assertThat(lines.get(3)).startsWith("2026-12-03T01:00:00Z,rmc,").endsWith(",piet");
        assertThat(lines.get(1).split(",")[4]).as("inputs hashed").isNotEqualTo(lines.get(3).split(",")[4]);
        assertThat(Files.readString(out.resolve(RunLog.FOLDER).resolve(RunLog.NOTE))).contains("zes maanden")
                .contains("[IN TE VULLEN DOOR DE GEMEENTE: bewaartermijn");
    }

    @Test
    void refusesAFileItDidNotStartAndLeavesItAsItIs() throws Exception {
        Path model = Files.writeString(dir.resolve("model.tribuo"), "m");
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve(RunLog.FOLDER));
        Path foreign = Files.writeString(out.resolve(RunLog.FOLDER).resolve(RunLog.FILE), "mijn eigen bestand\n");
        assertThatThrownBy(() -> RunLog.append(out, List.of(list("rmc")), model, Map.of(), "cfg", "jan",
                Instant.EPOCH)).isInstanceOf(InputException.class).hasMessageContaining("not a run log");
        assertThat(Files.readString(foreign)).isEqualTo("mijn eigen bestand\n");
    }

    @Test
    void theOperatorComesFromTheOptionThenTheEnvironment() {
        assertThat(RunLog.operator(Optional.of(" a.de vries "), Map.of("USER", "x"))).isEqualTo("a.de vries");
        assertThat(RunLog.operator(Optional.empty(), Map.of(RunLog.OPERATOR_VARIABLE, "b", "USER", "x")))
                .isEqualTo("b");
        assertThat(RunLog.operator(Optional.empty(), Map.of("USER", "x"))).isEqualTo("x");
        assertThat(RunLog.operator(Optional.of("a,b\nc"), Map.of())).isEqualTo("a b c");
    }
}
