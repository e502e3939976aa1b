package nl.vroegsignaal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTest {
    @TempDir
    Path tmp;

    @Test
    void everyFolderItCreatesIsOwnerOnlyWhateverTheUmask() throws IOException {
        Path deep = tmp.resolve("a/b/c");
        Folders.createOwnerOnly(deep);
        for (Path p = deep; !p.equals(tmp); p = p.getParent()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                    .isEqualTo("rwx------");
        }
        Folders.createOwnerOnly(deep); // exists: fine
    }

    @Test
    void atomicOutputCreatesItsFolderOwnerOnly() throws IOException {
        AtomicOutput.writeString(tmp.resolve("out/sub/x.txt"), AtomicOutput.Visibility.AGGREGATE, "x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("out")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("out/sub"))))
                .isEqualTo("rwx------");
    }

    @Test
    void aFolderThatCannotBeCreatedSaysWhy() throws IOException {
        Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> AtomicOutput.writeString(tmp.resolve("file/sub/x.txt"), AtomicOutput.Visibility.AGGREGATE,
                "x")).isInstanceOf(UncheckedIOException.class)
                .hasMessage("could not write " + tmp.resolve("file/sub/x.txt") + ": a file is in the way: " + tmp.resolve("file"));
    }

    @Test
    void anIoFailureIsSaidAsAReasonWithoutAJavaClassName() {
        assertThat(Folders.reason(new java.nio.file.AccessDeniedException("/x/y"))).isEqualTo("permission denied");
        assertThat(Folders.reason(new java.nio.file.NoSuchFileException("/x/y"))).isEqualTo("no such file or folder");
        assertThat(Folders.reason(new java.nio.file.FileSystemException("/x", null, "No space left on device")))
                .isEqualTo("No space left on device");
    }
}
