package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TruthFileTest {
    @TempDir
    Path dir;

    private static FeatureMatrix rows(String... keys) {
        String[] pseudonym = new String[keys.length];
        int[] peildatum = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            String[] k = keys[i].split("@");
            pseudonym[i] = k[0];
            peildatum[i] = (int) LocalDate.parse(k[1]).toEpochDay();
        }
        return new FeatureMatrix(new FeatureCatalogue("test", List.of()), pseudonym, peildatum,
                new byte[keys.length], List.of(), new int[keys.length], List.of(), new byte[keys.length]);
    }

    private void truth(String text) throws IOException {
        Files.createDirectories(dir.resolve("truth"));
        Files.writeString(dir.resolve(TruthFile.LOCATION), text);
    }

    @Test
    void alignsTheTrueProbabilitiesToTheMatrixRows() throws IOException {
        truth("pseudoniem,peildatum,kans\naaaaaaaa,2024-10-01,0.250000\nbbbbbbbb,2024-10-01,0.010000\n"
                + "aaaaaaaa,2025-10-01,0.500000\n");
        double[] p = TruthFile.alignedTo(dir, rows("aaaaaaaa@2025-10-01", "bbbbbbbb@2024-10-01",
                "aaaaaaaa@2024-10-01")).orElseThrow();
        assertThat(p).containsExactly(0.5, 0.01, 0.25);
    }

    @Test
    void realDataWithoutATruthFileHasNoOracle() {
        assertThat(TruthFile.alignedTo(dir, rows("aaaaaaaa@2024-10-01"))).isEmpty();
    }

    @Test
    void aTruthFileThatMissesARowBelongsToOtherDataAndGivesNoOracle() throws IOException {
        truth("pseudoniem,peildatum,kans\naaaaaaaa,2024-10-01,0.250000\n");
        assertThat(TruthFile.alignedTo(dir, rows("aaaaaaaa@2024-10-01", "cccccccc@2024-10-01"))).isEmpty();
    }

    @Test
    void aBrokenTruthFileIsALocatedError() throws IOException {
        truth("pseudoniem,peildatum,kans\naaaaaaaa,2024-10-01,1.5\n");
        assertThatThrownBy(() -> TruthFile.alignedTo(dir, rows("aaaaaaaa@2024-10-01")))
                .isInstanceOf(InputException.class)
                .hasMessage("truth/waarheid.csv:2: column kans: expected a probability between 0 and 1");
        truth("pseudoniem;peildatum;kans\n");
        assertThatThrownBy(() -> TruthFile.alignedTo(dir, rows("aaaaaaaa@2024-10-01")))
                .isInstanceOf(InputException.class)
                .hasMessage("truth/waarheid.csv:1: expected the header pseudoniem,peildatum,kans");
    }
}
