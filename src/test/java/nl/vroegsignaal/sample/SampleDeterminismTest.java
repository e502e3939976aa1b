package nl.vroegsignaal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.vroegsignaal.core.Hashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same options give byte-identical files, whatever the number of threads; another seed another world. */
class SampleDeterminismTest {

    private static Map<String, String> hashes(Path dir) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : SampleGenerator.fileNames()) {
            out.put(name, Hashing.sha256(dir.resolve(name)));
        }
        out.put(SampleGenerator.PROVENANCE_FILE, Hashing.sha256(dir.resolve(SampleGenerator.PROVENANCE_FILE)));
        return out;
    }

    @Test
    void sameOptionsGiveByteIdenticalFilesOnOneAndOnThreeThreads(@TempDir Path a, @TempDir Path b) {
        SampleOptions options = SampleOptions.of(3_000).withSeed(7);
        SampleResult first = SampleGenerator.generate(options.withThreads(1), a);
        SampleResult second = SampleGenerator.generate(options.withThreads(3), b);

        Map<String, String> hashesA = hashes(a);
        assertThat(hashes(b)).isEqualTo(hashesA);
        assertThat(hashesA).hasSize(10);
        assertThat(first.sha256()).isEqualTo(second.sha256());
        for (String name : SampleGenerator.fileNames()) {
            assertThat(first.sha256().get(name)).as(name).isEqualTo(hashesA.get(name));
        }
        assertThat(first.rows()).isEqualTo(second.rows());
    }

    @Test
    void regeneratingIntoTheSameFolderReplacesTheFilesWithIdenticalOnes(@TempDir Path dir) {
        SampleOptions options = SampleOptions.of(500).withSeed(11);
        SampleGenerator.generate(options, dir);
        Map<String, String> before = hashes(dir);
        SampleGenerator.generate(options, dir);
        assertThat(hashes(dir)).isEqualTo(before);
    }

    @Test
    void anotherSeedGivesAnotherWorld(@TempDir Path a, @TempDir Path b) {
        SampleGenerator.generate(SampleOptions.of(500).withSeed(1), a);
        SampleGenerator.generate(SampleOptions.of(500).withSeed(2), b);
        for (String name : new String[] {"personen.csv", "inschrijvingen.csv", SampleGenerator.TRUTH_FILE}) {
            assertThat(Hashing.sha256(b.resolve(name))).as(name).isNotEqualTo(Hashing.sha256(a.resolve(name)));
        }
    }
}
