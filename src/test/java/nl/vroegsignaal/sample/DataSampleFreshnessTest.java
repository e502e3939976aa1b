package nl.vroegsignaal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vroegsignaal.core.Hashing;
import org.junit.jupiter.api.Test;

/** The committed data-sample is exactly what the generator makes now with the default seed, and so is its README. */
class DataSampleFreshnessTest {
    private static final Path COMMITTED = Path.of("data-sample");

    @Test
    void committedDataSampleIsByteIdenticalToAFreshSampleScaleRunWithTheDefaultSeed() {
        SampleResult fresh = TestWorlds.sample();
        assertThat(fresh.options().seed()).isEqualTo(SampleOptions.DEFAULT_SEED);
        assertThat(fresh.options().persons()).isEqualTo(Scale.SAMPLE.persons());
        for (String name : DataSampleReadme.files()) {
            assertThat(Hashing.sha256(COMMITTED.resolve(name)))
                    .as("data-sample/%s is stale; regenerate it (see data-sample/README.md)", name)
                    .isEqualTo(Hashing.sha256(fresh.outputDir().resolve(name)));
        }
    }

    @Test
    void readmeListsTheCommandAndTheSha256OfEveryFile() throws IOException {
        String readme = Files.readString(COMMITTED.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("data-sample/README.md is stale; regenerate it with DataSampleReadme")
                .isEqualTo(DataSampleReadme.render(COMMITTED));
        assertThat(readme).contains(DataSampleReadme.COMMAND, "synthetic");
    }
}
