package com.knead.store;

import com.knead.domain.Refused;
import com.knead.threads.OffTheScreen;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clinic's embedded H2 database in one data folder, encrypted with the folder's {@link DatabaseKey}.
 * Opening it takes the folder lock, applies pending migrations (and the encryption of a file from before
 * it) crash-safely ({@link SchemaUpgrade}) and keeps a small connection pool. Commits are written through at once
 * ({@code WRITE_DELAY=0}): H2's default half-second delay loses acknowledged sales when the
 * process is killed.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /**
     * The version of the newest migration in {@code db/migration}. A database already at this version
     * opens without starting Flyway, which saves most of a second at every start; a test keeps this
     * constant equal to the newest migration file.
     */
    public static final String SCHEMA_VERSION = "33";

    /** Work against one connection; may throw SQLException, which becomes a {@link StoreFailure}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path folder;
    private final DataFolderLock lock;
    /** The key the file is encrypted with (kept outside the folder, see {@link DatabaseKey}). */
    private final DatabaseKey key;
    /** Replaced after the disk ran full: H2 closes a database whose write failed. */
    private volatile JdbcConnectionPool pool;
    private final AtomicBoolean open = new AtomicBoolean(true);

    /** For a read-only copy of a running Knead's database: the private folder it lies in (removed on close). */
    private final Path copyFolder;
    /** Answers read-only commands while this database is open, once {@link #serveCopies} was asked for. */
    private CopyServer copies;

    private Database(Path folder, DataFolderLock lock, DatabaseKey key, JdbcConnectionPool pool) {
        this(folder, lock, key, pool, null);
    }

    private Database(Path folder, DataFolderLock lock, DatabaseKey key, JdbcConnectionPool pool, Path copyFolder) {
        this.folder = folder;
        this.lock = lock;
        this.key = key;
        this.copyFolder = copyFolder;
        this.pool = pool;
    }

    /** Opens (creating if needed) the database in {@code folder}; throws {@link AlreadyRunning} if another Knead has it. */
    public static Database open(Path folder) {
        return open(folder, SchemaUpgrade.Watch.NONE);
    }

    /**
     * Opens the database, telling {@code watch} each step of an upgrade (crash tests stop the process
     * there). A database at {@link #SCHEMA_VERSION} opens at once; otherwise {@link SchemaUpgrade}
     * migrates a copy and swaps it in, so a kill at any moment leaves the old file or the new one.
     */
    static Database open(Path folder, SchemaUpgrade.Watch watch) {
        Path absolute = folder.toAbsolutePath().normalize();
        DataFolderLock lock = DataFolderLock.acquire(absolute);
        try {
            SchemaUpgrade upgrade = new SchemaUpgrade(absolute, watch);
            upgrade.clearLeftovers();
            JdbcConnectionPool pool = null;
            DatabaseKey key = null;
            // A new folder is not opened first: H2 would make an empty live file before the schema is in it.
            if (Files.exists(SchemaUpgrade.liveFile(absolute))) {
                // A plain file (from before encryption at rest) is encrypted by the upgrade, on its copy.
                key = DatabaseFile.encrypted(SchemaUpgrade.liveFile(absolute)) ? DatabaseKey.required(absolute) : null;
                JdbcConnectionPool existing = pool(absolute, key);
                boolean current;
                try {
                    current = isCurrent(absolute, existing) && key != null;
                } catch (RuntimeException e) {
                    existing.dispose();
                    throw e;
                }
                if (current) {
                    pool = existing;
                } else {
                    backUpBeforeUpgrade(absolute, existing, key);
                    shutDown(existing);
                }
            }
            if (pool == null) {
                key = DatabaseKey.findOrCreate(absolute);
                upgrade.run(key);
                pool = pool(absolute, key);
            }
            // The live file is there now (kept, or just swapped in): make it, like the folder, the user's only.
            PrivateFolder.create(absolute);
            LOG.info("Opened database in {}", absolute);
            Database db = new Database(absolute, lock, key, pool);
            try {
                db.transaction(c -> {
                    Chain.linkExisting(c);
                    Chain.linkKindsSince29(c);
                    return null;
                });
            } catch (RuntimeException e) {
                pool.dispose();
                throw e;
            }
            return db;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens, read-only, a consistent copy of the database a running Knead holds in {@code folder}
     * (its windows open): the running Knead writes the copy ({@link CopyServer}) into a private temporary
     * folder, removed when this closes. Throws {@code whenNobodyAnswers} when no Knead answers there.
     */
    static Database openCopyOfRunning(Path folder, AlreadyRunning whenNobodyAnswers) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path copy = privateTemporaryFolder();
        try {
            if (!CopyServer.ask(absolute, copy)) {
                throw whenNobodyAnswers;
            }
            DatabaseKey key = DatabaseKey.required(absolute);
            Backups.unzipDatabase(copy.resolve(CopyServer.ZIP), SchemaUpgrade.liveFile(copy));
            Files.delete(copy.resolve(CopyServer.ZIP));
            JdbcConnectionPool pool = JdbcConnectionPool.create(DatabaseFile.url(copy.resolve(SchemaUpgrade.LIVE), key)
                    + ";ACCESS_MODE_DATA=r", "knead", DatabaseFile.password(key));
            try {
                if (!isCurrent(absolute, pool)) {
                    throw new Refused("The Knead that is running on " + absolute + " is another version than this command; "
                            + "close its windows and try again.");
                }
            } catch (RuntimeException e) {
                pool.dispose();
                throw e;
            }
            LOG.info("Opened a read-only copy of the running Knead's database in {}", copy);
            return new Database(absolute, null, key, pool, copy);
        } catch (IOException | RuntimeException e) {
            removeCopy(copy);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StoreFailure("Cannot read the copy of the running Knead's database: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a plain (unencrypted) file as it is, with no upgrade and no conversion. Only the benchmark
     * of encryption's cost does this, to time the same commit without {@code CIPHER}.
     */
    static Database openPlainForBenchmark(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (DatabaseFile.encrypted(SchemaUpgrade.liveFile(absolute))) {
            throw new IllegalArgumentException(absolute + " is encrypted");
        }
        DataFolderLock lock = DataFolderLock.acquire(absolute);
        return new Database(absolute, lock, null, pool(absolute, null));
    }

    /** A new temporary folder only Knead's user can enter (on Windows the user's own temp folder already is). */
    private static Path privateTemporaryFolder() {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                return Files.createTempDirectory("knead-copy-", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            return Files.createTempDirectory("knead-copy-");
        } catch (IOException e) {
            throw new StoreFailure("Cannot make a private folder for a copy of the database: " + e.getMessage(), e);
        }
    }

    /** Lets read-only commands ask this Knead for a copy while it holds the folder (the windows do this). */
    synchronized void serveCopies() {
        if (copies == null && copyFolder == null) {
            copies = CopyServer.start(this);
        }
    }

    private static void removeCopy(Path copy) {
        try (var files = Files.walk(copy)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the copy in {}: {}", copy, e.getMessage());
        }
    }

    private static JdbcConnectionPool pool(Path folder, DatabaseKey key) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(DatabaseFile.url(folder.resolve(SchemaUpgrade.LIVE), key)
                + SchemaUpgrade.OPTIONS, "knead", DatabaseFile.password(key));
        pool.setMaxConnections(8);
        return pool;
    }

    private static void backUpBeforeUpgrade(Path folder, JdbcConnectionPool existing, DatabaseKey key) {
        try (Connection c = existing.getConnection()) {
            Backups.beforeUpgrade(folder, c, key, java.time.Instant.now());
        } catch (SQLException e) {
            existing.dispose();
            throw new StoreFailure("Cannot read the database before its upgrade: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            existing.dispose();
            throw e;
        }
    }

    /** Closes the live file completely, so it can be copied and later replaced. */
    private static void shutDown(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreFailure("Cannot close the database before its upgrade: " + e.getMessage(), e);
        } finally {
            pool.dispose();
        }
    }

    /** True when every migration up to {@link #SCHEMA_VERSION} has been applied, and nothing newer. */
    private static boolean isCurrent(Path folder, JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!tables.next()) {
                return false;
            }
            int newest = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                         + "WHERE \"version\" IS NOT NULL")) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        return false;
                    }
                    newest = Math.max(newest, Integer.parseInt(rs.getString(1)));
                }
            }
            return newest == Integer.parseInt(SCHEMA_VERSION);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                throw new Refused(DatabaseKey.wrong(folder));
            }
            throw new StoreFailure("Cannot read the schema version: " + e.getMessage(), e);
        }
    }

    /** True for a read-only copy of a running Knead's database: what it would write goes to that Knead instead. */
    boolean isCopyOfRunning() {
        return copyFolder != null;
    }

    public Path folder() {
        return folder;
    }

    /** The key the database file is encrypted with; backups carry it inside their own encryption. */
    DatabaseKey key() {
        return key;
    }

    /**
     * What the person is told when the disk is full: nothing of the work was written (H2 rolls the
     * transaction back, and closes the database, which {@link #afterDiskFull} opens again).
     */
    public static final String DISK_FULL = "The computer's disk is full, so this was not saved; nothing you typed is "
            + "lost. Ask the owner to free some space on the disk, then try again.";

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T transaction(Work<T> work) {
        OffTheScreen.require("Database work");
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollBack(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("Database work failed: ", e);
        } catch (RuntimeException e) {
            throw diskFull(e) ? failure("Database work failed: ", e) : e;
        }
    }

    /** Runs read-only {@code work}. */
    public <T> T read(Work<T> work) {
        OffTheScreen.require("Database work");
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure("Database read failed: ", e);
        }
    }

    private static void rollBack(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException closed) {
            // A database H2 closed (after a failed write) has nothing left to roll back.
            cause.addSuppressed(closed);
        }
    }

    private RuntimeException failure(String what, Exception e) {
        if (diskFull(e)) {
            LOG.error("The disk holding {} is full; nothing of this work was written", folder, e);
            afterDiskFull();
            return new Refused(DISK_FULL);
        }
        return new StoreFailure(what + e.getMessage(), e);
    }

    /** True when {@code e} was caused by a disk with no room left (H2's exceptions refer to each other in circles). */
    static boolean diskFull(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>(List.of(e));
        while (!next.isEmpty()) {
            Throwable t = next.pop();
            if (!seen.add(t)) {
                continue;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("There is not enough space on the disk")) {
                return true;
            }
            if (t.getCause() != null) {
                next.push(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return false;
    }

    /**
     * H2 closes a database when a write fails; the connections of the old pool are dead. A new pool
     * opens it again at the next piece of work (from the last commit: nothing half-written).
     */
    private synchronized void afterDiskFull() {
        JdbcConnectionPool dead = pool;
        pool = pool(folder, key);
        dead.dispose();
    }

    @Override
    public void close() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        synchronized (this) {
            if (copies != null) {
                copies.close();
            }
        }
        // A copy read beside a running Knead is thrown away, and the plain benchmark file is kept as it is.
        if (lock != null && copyFolder == null && key != null) {
            closeCompacting();
        } else {
            pool.dispose();
            LOG.info("Closed database in {}", folder);
        }
        if (lock != null) {
            lock.close();
        }
        if (copyFolder != null) {
            removeCopy(copyFolder);
        }
    }

    /**
     * Below this share of the file in live use (H2's chunk fill rate times its file fill rate, in percent),
     * the file is compacted at close. H2 compacts with compression, so a file at 60% is about 2.5 times its
     * compacted size; above it a full compaction (seconds on a year's file) would win little.
     */
    static final int COMPACT_BELOW_PERCENT = 60;

    /**
     * Closes the live file, with H2's full compaction ({@code SHUTDOWN COMPACT}) once much of it is no
     * longer in use. An H2 file only grows while it is open: each commit is written through as new chunks
     * and a normal close tidies for at most 200 ms, so a busy clinic's file grew to fifty times its content.
     * H2 writes the compacted file beside the live one ({@code knead.mv.db.tempFile}), syncs it and only
     * then renames it over the live file in one atomic step; a Knead killed during it leaves the live file
     * as it was (every commit in it) and H2 deletes the unfinished copy when it next opens the file. A
     * compaction that fails (a full disk) leaves the live file closed as it is, as a normal close would.
     */
    private void closeCompacting() {
        long started = System.nanoTime();
        long before = sizeOf(SchemaUpgrade.liveFile(folder));
        int inUse = 100;
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            inUse = percentInUse(st);
            if (inUse < COMPACT_BELOW_PERCENT) {
                st.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not compact the database in {} while closing it; it is kept as it was: {}", folder,
                    e.getMessage());
        } finally {
            pool.dispose();
        }
        if (inUse >= COMPACT_BELOW_PERCENT) {
            LOG.info("Closed database in {} ({}% of its {} bytes in use)", folder, inUse, before);
            return;
        }
        try {
            // H2 makes the compacted file with the process's default permissions; it holds health answers.
            PrivateFolder.restrict(SchemaUpgrade.liveFile(folder));
        } catch (IOException e) {
            LOG.warn("Could not make {} private again after compacting it: {}", SchemaUpgrade.liveFile(folder), e.getMessage());
        }
        SchemaUpgrade.forceFolder(folder);
        LOG.info("Closed database in {} and compacted it ({}% in use) from {} to {} bytes in {} ms", folder, inUse, before,
                sizeOf(SchemaUpgrade.liveFile(folder)), (System.nanoTime() - started) / 1_000_000);
    }

    /** How much of the file H2 counts as in use, in percent: its chunks' fill rate times the file's. */
    private static int percentInUse(Statement st) throws SQLException {
        int chunks = 100;
        int file = 100;
        try (ResultSet rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME IN ('info.CHUNKS_FILL_RATE', 'info.FILL_RATE')")) {
            while (rs.next()) {
                int rate = Integer.parseInt(rs.getString(2));
                if (rs.getString(1).equals("info.FILL_RATE")) {
                    file = rate;
                } else {
                    chunks = rate;
                }
            }
        }
        return chunks * file / 100;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
