package nl.vroegsignaal.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vroegsignaal.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The treatment knob changes the chance of the contacted in the year after their list, and nothing else. */
class TreatmentKnobTest {
    @TempDir
    Path dir;

    @Test
    void contactLowersTheChanceOfTheContactedThatYearAndLeavesEveryoneElsesRows() throws IOException {
        SampleOptions base = SampleOptions.of(3_000).withSeed(3);
        Path w0 = dir.resolve("w0");
        SampleGenerator.generate(base, w0);
        List<String> truth0 = Files.readAllLines(w0.resolve(SampleGenerator.TRUTH_FILE));
        Map<String, Set<Integer>> contacted = new HashMap<>();
        Map<String, Double> before = new HashMap<>();
        for (String line : truth0.subList(1, truth0.size())) {
            String[] f = line.split(",");
            if (f[1].equals("2023-10-01") && contacted.size() < 200) {
                contacted.put(f[0], Set.of(2023));
                before.put(f[0], Double.parseDouble(f[2]));
            }
        }
        Path w1 = dir.resolve("w1");
        SampleGenerator.generate(base.withTreatment(new TreatmentKnob(0.5, contacted)), w1);
        assertThat(Files.readString(w1.resolve("personen.csv"))).isEqualTo(Files.readString(w0.resolve("personen.csv")));
        List<String> truth1 = Files.readAllLines(w1.resolve(SampleGenerator.TRUTH_FILE));
        int halved = 0;
        for (String line : truth1.subList(1, truth1.size())) {
            String[] f = line.split(",");
            if (f[1].equals("2023-10-01") && before.containsKey(f[0])) {
                assertThat(Double.parseDouble(f[2])).isCloseTo(before.get(f[0]) / 2, org.assertj.core.data.Offset
                        .offset(1e-4));
                halved++;
            }
        }
        assertThat(halved).isEqualTo(contacted.size());
        // everyone not contacted has exactly their rows of the world without the knob
        assertThat(truth1.stream().filter(l -> !contacted.containsKey(l.split(",")[0])).toList())
                .isEqualTo(truth0.stream().filter(l -> !contacted.containsKey(l.split(",")[0])).toList());
        assertThat(Files.readString(w1.resolve(SampleGenerator.PROVENANCE_FILE))).contains("\"treatmentEffect\": 0.5",
                "\"treatmentContacts\": 200");
        assertThat(Files.readString(w0.resolve(SampleGenerator.PROVENANCE_FILE))).doesNotContain("treatment");
    }

    @Test
    void anEffectOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new TreatmentKnob(1.5, Map.of())).isInstanceOf(InputException.class)
                .hasMessageContaining("treatment effect: must be a share between 0 and 1");
    }
}
