package nl.vroegsignaal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureOptions;
import nl.vroegsignaal.features.Timeline;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.link.VolumeTrend;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The link report's volume trend flags the generator's absence-registration drift (from school year 2024/25 schools register
 * 0.80 instead of 0.55 of unauthorised absence episodes), and nothing else: in the same world with the drift taken
 * out (each later ongeoorloofd report kept with probability 0.55 / 0.80, as if the share had stayed), no source
 * is flagged. Over three seeds.
 */
class VolumeJumpTest {
    private static final int PERSONS = 20_000;
    private static final LocalDate DRIFT_FROM = LocalDate.of(2024, 8, 1);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theDriftIsFlaggedAndAWorldWithoutItIsNot(long seed) throws IOException {
        Path world = dir.resolve("world");
        SampleGenerator.generate(SampleOptions.of(PERSONS).withSeed(seed), world);
        List<VolumeTrend.Jump> drift = jumps(world);
        assertThat(drift).as("seed %d", seed).isNotEmpty()
                .allMatch(j -> j.file() == SourceFile.VERZUIM && j.year().equals("2024/25"))
                .anyMatch(j -> "ongeoorloofd".equals(j.code()));
        assertThat(drift.get(0).warning()).contains("verzuim.csv").contains("2024/25").contains("registered differently");

        withoutDrift(world.resolve("verzuim.csv"), seed);
        assertThat(jumps(world)).as("seed %d without the drift", seed).isEmpty();
    }

    /** The link report's volume jumps, each of which is also one of its warnings. */
    private static List<VolumeTrend.Jump> jumps(Path world) {
        LinkedData data = Linker.read(world);
        Timeline timeline = Timeline.of(data, FeatureOptions.defaults());
        LinkReport r = LinkReport.of(data, FeatureBuilder.build(data, timeline), timeline);
        r.quality().jumps().forEach(j -> assertThat(r.warnings()).contains(j.warning()));
        return r.quality().jumps();
    }

    /** Keeps each ongeoorloofd report from the drift on with probability 0.55 / 0.80 (seeded). */
    private static void withoutDrift(Path verzuim, long seed) {
        try {
            SplittableRandom random = new SplittableRandom(seed);
            List<String> kept = new ArrayList<>();
            for (String line : Files.readAllLines(verzuim)) {
                String[] f = line.split(",", -1);
                boolean later = !f[1].equals("meldingsdatum") && !LocalDate.parse(f[1]).isBefore(DRIFT_FROM);
                if (!(later && f[2].equals("ongeoorloofd")) || random.nextDouble() < 0.55 / 0.80) {
                    kept.add(line);
                }
            }
            Files.write(verzuim, kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
