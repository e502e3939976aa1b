package nl.vroegsignaal.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder, held for as long as a command writes there: a second command into the
 * same folder refuses at once with a plain message instead of mixing its files with the first one's. The lock
 * is the operating system's lock on a small file this program owns ({@value #FILE}); it is released when the
 * command ends, also when it is killed, so a stale lock file never blocks anything.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = ".vroegsignaal.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dir/.vroegsignaal.lock}, creating the folder when needed.
     *
     * @throws InputException when another command holds the lock
     */
    public static OutputLock acquire(Path dir) {
        Path file = dir.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this same process
            }
            if (lock == null) {
                channel.close();
                throw new InputException("another vroegsignaal command is writing into " + dir + " (it holds "
                        + file + "); wait until it has finished, or choose another output folder");
            }
            return new OutputLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("could not lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
