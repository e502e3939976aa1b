package nl.vroegsignaal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicFolderTest {
    private static final AtomicFolder.Owner OURS = AtomicFolder.onlyFiles(Set.of("a.csv", "b.csv"));

    @TempDir
    Path dir;

    /** Stands for the process being killed at that point: no catch block of the writer handles it. */
    private static final class Killed extends Error {
        Killed(String step) {
            super("killed before " + step);
        }
    }

    @AfterEach
    void noFault() {
        AtomicFolder.beforeStep = step -> {
        };
    }

    @Test
    void replacesAnEarlierFolderOfItsOwnWholeAndLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("out");
        write(target, "old");
        write(target, "new");
        assertThat(contents(target)).isEqualTo(Map.of("a.csv", "new a", "b.csv", "new b"));
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void neverReplacesAFolderHoldingAFileItDidNotWrite() throws IOException {
        Path target = dir.resolve("out");
        write(target, "old");
        Files.writeString(target.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> write(target, "new")).isInstanceOf(InputException.class)
                .hasMessage("output folder " + target + " exists and holds files vroegsignaal did not write there; "
                        + "it is never replaced. Choose a new or empty folder, or move those files away");
        assertThat(contents(target)).isEqualTo(Map.of("a.csv", "old a", "b.csv", "old b", "notes.txt", "mine"));
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void refusesATargetThatIsOrHoldsTheInput() throws IOException {
        Path input = Files.createDirectories(dir.resolve("data/input"));
        for (Path target : new Path[]{input, dir.resolve("data"), dir, input.resolve("..")}) {
            assertThatThrownBy(() -> AtomicFolder.checkTarget(target, OURS, "model folder", input))
                    .isInstanceOf(InputException.class).hasMessageContaining("is, or holds, the input");
        }
        AtomicFolder.checkTarget(dir.resolve("data/elsewhere"), OURS, "model folder", input);
    }

    @Test
    void refusesAFileInPlaceOfTheFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "a file");
        assertThatThrownBy(() -> write(file, "new")).isInstanceOf(InputException.class)
                .hasMessageContaining("exists and is not a folder");
        assertThat(file).hasContent("a file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aside", "into-place", "remove-old"})
    void aKillAtAnyStepOfTheSwitchLeavesTheOldOrTheNewFolderWholeOnceRecovered(String step) throws IOException {
        Path target = dir.resolve("out");
        write(target, "old");
        AtomicFolder.beforeStep = s -> {
            if (s.equals(step)) {
                throw new Killed(s);
            }
        };
        assertThatThrownBy(() -> write(target, "new")).isInstanceOf(Killed.class);
        noFault();
        AtomicFolder.recover(target);
        Map<String, String> after = contents(target);
        assertThat(after).isIn(Map.of("a.csv", "old a", "b.csv", "old b"), Map.of("a.csv", "new a", "b.csv", "new b"));
        assertThat(siblings()).containsExactly("out");
        // and the next write goes through
        write(target, "next");
        assertThat(contents(target)).containsEntry("a.csv", "next a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aside", "into-place"})
    void anIoErrorDuringTheSwitchKeepsTheOldFolder(String step) throws IOException {
        Path target = dir.resolve("out");
        write(target, "old");
        AtomicFolder.beforeStep = s -> {
            if (s.equals(step)) {
                throw new UncheckedIOException(new IOException("disk full"));
            }
        };
        assertThatThrownBy(() -> write(target, "new")).hasMessageContaining("disk full");
        assertThat(contents(target)).isEqualTo(Map.of("a.csv", "old a", "b.csv", "old b"));
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFolderAndNoStagingCopy() throws IOException {
        Path target = dir.resolve("out");
        write(target, "old");
        assertThatThrownBy(() -> AtomicFolder.write(target, OURS, "output folder", staging -> {
            Files.writeString(staging.resolve("a.csv"), "half");
            throw new IOException("no space left on device");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("no space left on device");
        assertThat(contents(target)).isEqualTo(Map.of("a.csv", "old a", "b.csv", "old b"));
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void recoveryPutsBackAFolderLeftAsideAndRemovesStagingCopiesOfAKilledProcess() throws IOException {
        // the state a killed process leaves between its two renames: no target, the old folder aside
        Path target = dir.resolve("out");
        Path aside = Files.createDirectories(dir.resolve(".out.old-123"));
        Files.writeString(aside.resolve("a.csv"), "old a");
        Path staging = Files.createDirectories(dir.resolve(".out.staging-456"));
        Files.writeString(staging.resolve("a.csv"), "person-level copy");
        Path unrelated = Files.createDirectories(dir.resolve(".other.staging-1"));
        AtomicFolder.recover(target);
        assertThat(contents(target)).isEqualTo(Map.of("a.csv", "old a"));
        assertThat(siblings()).containsExactlyInAnyOrder("out", ".other.staging-1");
        assertThat(unrelated).isDirectory();
    }

    @Test
    void aCommittedFolderIsOwnerOnlyWhileStaged() throws IOException {
        Path target = dir.resolve("out");
        AtomicFolder.write(target, OURS, "output folder", staging -> {
            assertThat(Files.getPosixFilePermissions(staging)).extracting(Object::toString)
                    .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE", "OWNER_EXECUTE");
            Files.writeString(staging.resolve("a.csv"), "x");
        });
        assertThat(target.resolve("a.csv")).hasContent("x");
    }

    private static void write(Path target, String version) {
        AtomicFolder.write(target, OURS, "output folder", staging -> {
            Files.writeString(staging.resolve("a.csv"), version + " a");
            Files.writeString(staging.resolve("b.csv"), version + " b");
        });
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                m.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return m;
    }

    private java.util.List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
