package nl.vroegsignaal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessIntoTheSameFolderIsRefusedUntilTheFirstEnds() throws Exception {
        // FileLock is held per process, so the honest test is a real second process
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> OutputLock.acquire(dir)).isInstanceOf(InputException.class)
                    .hasMessage("another vroegsignaal command is writing into " + dir + " (it holds "
                            + dir.resolve(OutputLock.FILE) + "); wait until it has finished, or choose another "
                            + "output folder");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        // a killed holder leaves its lock file, but not its lock
        try (OutputLock lock = OutputLock.acquire(dir)) {
            assertThat(dir.resolve(OutputLock.FILE)).exists();
        }
    }

    @Test
    void aSecondCommandInTheSameProcessIsRefusedAndTheLockIsFreeAfterClose() {
        try (OutputLock first = OutputLock.acquire(dir)) {
            assertThatThrownBy(() -> OutputLock.acquire(dir)).isInstanceOf(InputException.class)
                    .hasMessageContaining("another vroegsignaal command is writing into");
        }
        OutputLock.acquire(dir).close();
    }

    /** The child process: takes the lock, says so, and holds it until killed. */
    static final class LockHolder {
        private LockHolder() {
        }

        public static void main(String[] args) throws InterruptedException {
            OutputLock lock = OutputLock.acquire(Path.of(args[0]));
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            lock.close();
        }
    }
}
