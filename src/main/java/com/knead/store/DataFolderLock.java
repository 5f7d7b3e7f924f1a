package com.knead.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An operating-system lock on {@code knead.lock} in the data folder, taken before the database is
 * opened, so a second copy of Knead is told plainly that one is running instead of meeting H2's own
 * lock error. The operating system drops the lock when the process dies, even by SIGKILL.
 */
final class DataFolderLock implements AutoCloseable {

    /**
     * Folders this process holds. Checked before the lock file is even opened: on Linux, closing any
     * channel to the file (as a refused second open would) drops every lock this process has on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path held;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path held, FileChannel channel, FileLock lock) {
        this.held = held;
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path folder) {
        Path real;
        try {
            real = PrivateFolder.create(folder).toRealPath();
        } catch (IOException e) {
            throw new StoreFailure("Cannot use the data folder " + folder + ": " + e.getMessage(), e);
        }
        if (!HELD.add(real)) {
            throw new AlreadyRunning(folder);
        }
        boolean acquired = false;
        try {
            FileChannel channel = FileChannel.open(real.resolve("knead.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new AlreadyRunning(folder);
            }
            acquired = true;
            return new DataFolderLock(real, channel, lock);
        } catch (IOException e) {
            throw new StoreFailure("Cannot use the data folder " + folder + ": " + e.getMessage(), e);
        } finally {
            if (!acquired) {
                HELD.remove(real);
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreFailure("Cannot release the data folder lock", e);
        } finally {
            HELD.remove(held);
        }
    }
}
