package com.knead.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a data folder's database to the newest schema without ever leaving it half-migrated.
 * H2 commits each DDL statement on its own, so a migration killed halfway (a power cut during an
 * upgrade, a first start stopped after a second) used to leave a file Flyway could never migrate
 * again. Instead the migrations run on a copy, {@code knead-upgrade.mv.db} (or a new file, for a
 * new folder); the copy is shut down cleanly, written to disk and only then renamed over
 * {@code knead.mv.db} in one atomic step. Until that rename the clinic's file is not touched; a
 * copy left by an interrupted attempt is thrown away at the next start and the upgrade done again.
 */
final class SchemaUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaUpgrade.class);

    /** The H2 database name of the live file, {@code knead.mv.db}. */
    static final String LIVE = "knead";
    /** The H2 database name of the copy being migrated; every file H2 makes for it starts with this. */
    static final String COPY = "knead-upgrade";
    private static final String MV_DB = ".mv.db";

    /**
     * Told the name of each step as it is reached, so a test can stop the process there: "copied"
     * (for a new folder: nothing to copy), "encrypted" (only for a plain file), "V3 statement 2", "V3 applied", "shut down", "written",
     * "swapped". Only crash tests listen.
     */
    @FunctionalInterface
    interface Watch {
        Watch NONE = step -> {
        };

        void reached(String step);
    }

    private final Path folder;
    private final Watch watch;

    SchemaUpgrade(Path folder, Watch watch) {
        this.folder = folder;
        this.watch = watch;
    }

    static Path liveFile(Path folder) {
        return folder.resolve(LIVE + MV_DB);
    }

    /** The live database's options: commits are written through at once. */
    static final String OPTIONS = ";WRITE_DELAY=0";

    /**
     * The JDBC address of the live database as Knead opened it before encryption at rest (plain):
     * tests make folders of older versions with it. Knead itself opens it with {@link DatabaseFile#url}.
     */
    static String liveUrl(Path folder) {
        return DatabaseFile.url(folder.resolve(LIVE), null) + OPTIONS;
    }

    /** Deletes what an interrupted upgrade left: the copy and any trace or temp file H2 made beside it. */
    void clearLeftovers() {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, COPY + ".*")) {
            for (Path leftover : leftovers) {
                // Not a warning on the console: nothing is wrong now, the upgrade is simply done again.
                LOG.info("Removing {} left by an upgrade that did not finish", leftover.getFileName());
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            throw new StoreFailure("Cannot remove an unfinished upgrade in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Migrates a copy of the live file (or, when there is none, a new database), then swaps it in.
     * A plain copy (a file from before encryption at rest) is first encrypted with {@code key}, which
     * is already kept outside the folder. The live database must be closed. On failure the copy is
     * removed and the live file is as it was.
     */
    void run(DatabaseKey key) {
        Path live = liveFile(folder);
        Path copy = folder.resolve(COPY + MV_DB);
        boolean swapped = false;
        try {
            if (Files.exists(live)) {
                LOG.info("Upgrading the database in {} to schema version {} on a copy", folder, Database.SCHEMA_VERSION);
                Files.copy(live, copy, StandardCopyOption.COPY_ATTRIBUTES);
            } else {
                LOG.info("Creating the database in {}", folder);
            }
            watch.reached("copied");
            if (Files.exists(copy) && !DatabaseFile.encrypted(copy)) {
                LOG.info("Encrypting the database in {} with its key from {}", folder, DatabaseKey.keysFolder());
                DatabaseFile.reEncrypt(folder, COPY, null, key);
                watch.reached("encrypted");
            }
            migrate(key);
            watch.reached("shut down");
            force(copy);
            watch.reached("written");
            Files.move(copy, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            swapped = true;
            watch.reached("swapped");
            forceFolder(folder);
        } catch (IOException | SQLException e) {
            throw new StoreFailure("Cannot upgrade the database in " + folder + " (it is unchanged): " + e.getMessage(), e);
        } finally {
            if (!swapped) {
                clearQuietly();
            }
        }
    }

    /** Runs Flyway on the copy and shuts it down cleanly, so the file is complete before it is synced. */
    private void migrate(DatabaseKey key) {
        String url = DatabaseFile.url(folder.resolve(COPY), key);
        // Held open across Flyway's own connections, so the copy stays open until SHUTDOWN closes it.
        try (Connection keepOpen = DriverManager.getConnection(url, "knead", DatabaseFile.password(key))) {
            try {
                // A DataSource, not a URL and password: Flyway trims the password, and H2's ends in a space.
                JdbcDataSource source = new JdbcDataSource();
                source.setURL(url);
                source.setUser("knead");
                source.setPassword(DatabaseFile.password(key));
                var config = Flyway.configure()
                        .dataSource(source)
                        .locations("classpath:db/migration");
                if (watch != Watch.NONE) {
                    config.callbacks(new Steps(watch));
                }
                config.load().migrate();
                // Records from before the tamper-evidence chain are linked on the copy too, so the file
                // swapped in is complete: a kill right after the swap leaves nothing for the next start to do.
                keepOpen.setAutoCommit(false);
                Chain.linkExisting(keepOpen);
                Chain.linkKindsSince29(keepOpen);
                keepOpen.commit();
                keepOpen.setAutoCommit(true);
            } catch (FlywayException e) {
                throw new StoreFailure("Cannot upgrade the database in " + folder + " (it is unchanged): "
                        + e.getMessage(), e);
            }
            try (Statement st = keepOpen.createStatement()) {
                st.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw new StoreFailure("Cannot upgrade the database in " + folder + " (it is unchanged): " + e.getMessage(), e);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename itself durable, so no sale is written to a file a power cut could still un-rename. */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
            LOG.debug("Cannot sync the folder {}: {}", folder, e.toString());
        }
    }

    private void clearQuietly() {
        try {
            clearLeftovers();
        } catch (StoreFailure e) {
            // Already failing; the next start removes the copy again before it upgrades.
            LOG.warn(e.getMessage());
        }
    }

    /** Passes Flyway's progress to the watch: after each statement and after each whole migration. */
    private static final class Steps implements Callback {
        private final Watch watch;
        private int statement;

        Steps(Watch watch) {
            this.watch = watch;
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE_STATEMENT
                    || event == Event.AFTER_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            String version = "V" + context.getMigrationInfo().getVersion();
            switch (event) {
                case BEFORE_EACH_MIGRATE -> statement = 0;
                case AFTER_EACH_MIGRATE_STATEMENT -> watch.reached(version + " statement " + ++statement);
                default -> watch.reached(version + " applied");
            }
        }

        @Override
        public String getCallbackName() {
            return "upgrade steps";
        }
    }
}
