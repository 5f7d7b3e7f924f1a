package com.knead.store;

import com.knead.domain.BackupKey;
import com.knead.domain.BackupRotation;
import com.knead.domain.Refused;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clinic's encrypted backups: an online backup of the open database (H2's {@code BACKUP TO},
 * consistent while the desk and kiosk keep working), sealed with the clinic's backup key into the
 * folder the owner chose, then the old ones rotated away (14 daily and 12 monthly kept). Restoring
 * checks the file whole first, keeps a copy of the current database, and swaps the restored one in
 * with one atomic move, so a crash at any moment leaves one or the other.
 */
public final class Backups {

    /** The setting naming the folder backups go to (a USB drive, a network share); default {@code <data>/backups}. */
    public static final String FOLDER_SETTING = "backup.folder";
    static final String KEY_FILE = "backup.key";
    static final String BEFORE_UPGRADE = "before-upgrade";
    /** The entry of a backup's zip holding the key its database file is encrypted with. */
    static final String DATABASE_KEY_ENTRY = "knead.database-key";
    private static final int KEPT_BEFORE_UPGRADE = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss.SSS");
    private static final Pattern NAME = Pattern.compile("knead-(\\d{8}-\\d{6}\\.\\d{3})-([a-z-]+)\\" + BackupFile.SUFFIX);

    /** One backup file: where, when it was made, and why ("daily", "before-upgrade", "by-hand"). */
    public record Made(Path file, Instant at, String reason) {
    }

    private final Database db;
    private final SettingStore settings;
    private final ZoneId zone;

    Backups(Database db, SettingStore settings, ZoneId zone) {
        this.db = db;
        this.settings = settings;
        this.zone = zone;
    }

    /** The key daily backups are made with, once the owner has chosen a passphrase. */
    public Optional<BackupKey> key() {
        return readKey(db.folder());
    }

    static Optional<BackupKey> readKey(Path dataFolder) {
        Path file = dataFolder.resolve(KEY_FILE);
        try {
            return Files.exists(file) ? Optional.of(BackupKey.decode(Files.readAllLines(file).get(0))) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreFailure("The backup key in " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Keeps the key (derived from the owner's passphrase) and the folder backups go to. */
    public void setUp(BackupKey key, Path target) {
        Path file = db.folder().resolve(KEY_FILE);
        Path partial = db.folder().resolve(KEY_FILE + ".partial");
        try {
            Files.createDirectories(target);
            // The folder is written beside the key too: a damaged database's settings cannot be read.
            Files.writeString(partial, key.encoded() + "\n" + target.toAbsolutePath() + "\n", StandardCharsets.UTF_8);
            PrivateFolder.restrict(partial);
            sync(partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreFailure("The backup settings could not be kept: " + e.getMessage(), e);
        }
        settings.put(FOLDER_SETTING, target.toAbsolutePath().toString());
    }

    /** Where backups go. */
    public Path target() {
        return settings.get(FOLDER_SETTING).filter(s -> !s.isBlank()).map(Path::of)
                .orElse(db.folder().resolve("backups"));
    }

    /** Makes a backup now, then rotates; refuses in plain words when no passphrase was chosen yet. */
    public Made backUp(String reason, Instant now) {
        BackupKey key = key().orElseThrow(() -> new Refused(
                "Backups are not set up yet: choose a backup passphrase and a folder first (knead backup setup)."));
        Path target = target();
        Made made = new Made(target.resolve("knead-" + STAMP.format(now.atOffset(ZoneOffset.UTC)) + "-" + reason
                + BackupFile.SUFFIX), now, reason);
        Path zip = db.folder().resolve("backup-in-progress.zip");
        try {
            Files.createDirectories(target);
            Files.deleteIfExists(zip);
            db.read(c -> {
                copyOnline(c, zip);
                return null;
            });
            BackupFile.seal(out -> withDatabaseKey(zip, db.key(), out), made.file(), key);
        } catch (IOException e) {
            throw new StoreFailure("The backup could not be made in " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException e) {
                LOG.warn("Could not remove {}: {}", zip, e.getMessage());
            }
        }
        LOG.info("Backed up to {}", made.file());
        rotate(BackupRotation.DEFAULT);
        return made;
    }

    /**
     * The backup made before an upgrade, from the database as it was, while it is still open and
     * untouched: skipped (and logged) when backups are not set up, since it cannot be encrypted.
     */
    static void beforeUpgrade(Path folder, Connection c, DatabaseKey databaseKey, Instant now) {
        Optional<BackupKey> key = readKey(folder);
        if (key.isEmpty()) {
            LOG.info("No backup before the upgrade: backups are not set up in {}", folder);
            return;
        }
        Path target = savedTarget(folder);
        Path zip = folder.resolve("backup-in-progress.zip");
        try {
            Files.createDirectories(target);
            Files.deleteIfExists(zip);
            copyOnline(c, zip);
            Path file = target.resolve("knead-" + STAMP.format(now.atOffset(ZoneOffset.UTC)) + "-" + BEFORE_UPGRADE + BackupFile.SUFFIX);
            BackupFile.seal(out -> withDatabaseKey(zip, databaseKey, out), file, key.get());
            LOG.info("Backed up to {} before the upgrade", file);
        } catch (IOException | SQLException e) {
            throw new StoreFailure("The backup before the upgrade could not be made in " + target + ", so the upgrade "
                    + "did not start and nothing changed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(zip);
        }
    }

    /** H2's online backup of the open database into {@code zip}, everything committed written out first. */
    static void copyOnline(Connection c, Path zip) throws SQLException {
        try (Statement st = c.createStatement()) {
            // BACKUP copies the file, so what is committed but not yet written must be written first.
            st.execute("CHECKPOINT");
            st.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
        }
    }

    /**
     * Writes H2's backup {@code zip} again with the database file's own key added ({@value #DATABASE_KEY_ENTRY}),
     * straight into the backup's encryption: the backup then opens with the owner's passphrase alone,
     * on any PC, and the key is never on disk beside the database. A plain database (from before
     * encryption at rest) has no key to add.
     */
    private static void withDatabaseKey(Path zip, DatabaseKey databaseKey, OutputStream sealed) throws IOException {
        ZipOutputStream out = new ZipOutputStream(sealed);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        if (databaseKey != null) {
            out.putNextEntry(new ZipEntry(DATABASE_KEY_ENTRY));
            out.write(databaseKey.hex().getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        out.finish();
    }

    /** The folder named in the key file (where backups went when last set up), or {@code <data>/backups}. */
    static Path savedTarget(Path folder) {
        Path file = folder.resolve(KEY_FILE);
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            return lines.size() > 1 && !lines.get(1).isBlank() ? Path.of(lines.get(1).strip()) : folder.resolve("backups");
        } catch (IOException e) {
            return folder.resolve("backups");
        }
    }

    /**
     * The newest backup this data folder's own key opens, for a database that will not open: read
     * from the key file alone, since the damaged database's settings cannot be.
     */
    public static Optional<Made> latestFor(Path dataFolder) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        if (readKey(folder).isEmpty()) {
            return Optional.empty();
        }
        return list(savedTarget(folder)).stream().filter(m -> keyFor(folder, m.file()).isPresent()).findFirst();
    }

    /** True when a backup was made during the clinic's day of {@code now}. */
    public boolean madeOn(Instant now) {
        return list().stream().anyMatch(m -> m.at().atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate()));
    }

    /** Every backup in the folder, newest first. */
    public List<Made> list() {
        return list(target());
    }

    /** The backups in {@code target}, newest first (a folder chosen by hand, a USB stick). */
    public static List<Made> list(Path target) {
        List<Made> found = new ArrayList<>();
        if (!Files.isDirectory(target)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(target, "knead-*" + BackupFile.SUFFIX)) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    found.add(new Made(file, LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC), m.group(2)));
                }
            }
        } catch (IOException e) {
            throw new StoreFailure("The backups in " + target + " could not be listed: " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Made::at).reversed());
        return found;
    }

    private void rotate(BackupRotation rotation) {
        List<Made> all = list();
        List<BackupRotation.Made> dated = new ArrayList<>();
        for (Made m : all) {
            dated.add(new BackupRotation.Made(m.file().getFileName().toString(), m.at().atZone(zone).toLocalDate(),
                    m.at().toEpochMilli()));
        }
        Set<String> keep = new java.util.HashSet<>(rotation.keep(dated));
        // The last backups made before an upgrade stay whatever the day's newest is: they are the way
        // back if an upgrade went wrong.
        all.stream().filter(m -> m.reason().equals(BEFORE_UPGRADE)).limit(KEPT_BEFORE_UPGRADE)
                .forEach(m -> keep.add(m.file().getFileName().toString()));
        for (Made m : all) {
            if (!keep.contains(m.file().getFileName().toString())) {
                try {
                    Files.delete(m.file());
                    LOG.info("Rotated away the backup {}", m.file().getFileName());
                } catch (IOException e) {
                    LOG.warn("Could not remove the old backup {}: {}", m.file(), e.getMessage());
                }
            }
        }
    }

    /** The data folder's own key, when {@code backup} was made with it (no passphrase needed then). */
    public static Optional<BackupKey> keyFor(Path dataFolder, Path backup) {
        BackupFile.KeyCost cost = BackupFile.keyCost(backup);
        return readKey(dataFolder.toAbsolutePath().normalize())
                .filter(k -> java.util.Arrays.equals(k.salt(), cost.salt()) && k.iterations() == cost.iterations());
    }

    /** The key a typed passphrase gives for {@code backup} (slow on purpose). */
    public static BackupKey keyFor(Path backup, char[] passphrase) {
        BackupFile.KeyCost cost = BackupFile.keyCost(backup);
        return BackupKey.derive(passphrase, cost.salt(), cost.iterations());
    }

    /** What a backup holds, read while checking it: its sales and when the newest was made. */
    public record Contents(long sales, Optional<Instant> newestSale) {
    }

    /**
     * Checks {@code backup} whole with {@code key} as {@link #restore} would, while the clinic's own
     * database stays open and untouched: decrypted, taken out beside it under another name, opened on
     * its own and removed again. Refuses in plain words what {@link #restore} would refuse.
     */
    public static Contents examine(Path dataFolder, Path backup, BackupKey key) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        Path candidate = folder.resolve(EXAMINED + DatabaseFile.MV_DB);
        try {
            Restored restored = unzipDatabase(BackupFile.decrypt(backup, key), candidate, backup);
            return check(candidate, restored.key(), backup);
        } catch (IOException e) {
            throw new StoreFailure("The backup could not be checked: " + e.getMessage(), e);
        } finally {
            deleteQuietly(candidate);
        }
    }

    /**
     * Replaces the database in {@code dataFolder} (which no Knead may have open) by {@code backup}:
     * decrypts and checks it whole first, keeps a copy of the current database beside it, then swaps
     * the restored file in with one atomic move. Returns the kept copy of the current database.
     */
    public static Path restore(Path dataFolder, Path backup, BackupKey key, Instant now) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        try (DataFolderLock lock = DataFolderLock.acquire(folder)) {
            Path candidate = folder.resolve(RESTORED + DatabaseFile.MV_DB);
            try {
                Restored restored = unzipDatabase(BackupFile.decrypt(backup, key), candidate, backup);
                // The restored file is encrypted again with this folder's own key (made now on a new PC),
                // so the backup opens anywhere and the folder keeps one key.
                DatabaseKey folderKey = DatabaseKey.findOrCreate(folder);
                if (!folderKey.sameAs(restored.key())) {
                    checkKey(backup, () -> DatabaseFile.reEncrypt(folder, RESTORED, restored.key(), folderKey));
                }
                check(candidate, folderKey, backup);
                Path live = SchemaUpgrade.liveFile(folder);
                Path kept = folder.resolve("knead-before-restore-" + STAMP.format(now.atOffset(ZoneOffset.UTC)) + ".mv.db");
                if (Files.exists(live)) {
                    Files.copy(live, kept, StandardCopyOption.REPLACE_EXISTING);
                    sync(kept);
                }
                sync(candidate);
                Files.move(candidate, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                LOG.info("Restored {} into {}; the database it replaced is kept as {}", backup, folder, kept.getFileName());
                return kept;
            } catch (IOException e) {
                throw new StoreFailure("The backup could not be restored: " + e.getMessage(), e);
            } finally {
                deleteQuietly(candidate);
                deleteQuietly(folder.resolve(RESTORED + DatabaseFile.MV_DB + ".temp"));
            }
        }
    }

    private static final String RESTORED = "knead-restore";
    private static final String EXAMINED = "knead-restore-check";

    /** The database file of a backup and the key it is encrypted with (none for a plain one). */
    private record Restored(DatabaseKey key) {
    }

    /** Takes the database file out of H2's backup {@code zip} into {@code file}. */
    static void unzipDatabase(Path zip, Path file) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".mv.db")) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException(zip + " holds no database");
    }

    private static Restored unzipDatabase(byte[] zip, Path candidate, Path backup) throws IOException {
        boolean found = false;
        DatabaseKey key = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".mv.db")) {
                    Files.copy(in, candidate, StandardCopyOption.REPLACE_EXISTING);
                    found = true;
                } else if (entry.getName().equals(DATABASE_KEY_ENTRY)) {
                    try {
                        key = DatabaseKey.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
                    } catch (IllegalArgumentException e) {
                        throw new Refused(backup.getFileName() + " holds a damaged database key.");
                    }
                }
            }
        }
        if (!found) {
            throw new Refused(backup.getFileName() + " holds no Knead database.");
        }
        return new Restored(key);
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    private static void checkKey(Path backup, SqlWork work) {
        try {
            work.run();
        } catch (SQLException | RuntimeException e) {
            throw new Refused(backup.getFileName() + " does not hold a Knead database that opens: " + e.getMessage());
        }
    }

    /** Opens the restored file on its own: it must be a Knead database this version can open. */
    private static Contents check(Path candidate, DatabaseKey key, Path backup) {
        String name = candidate.toString().substring(0, candidate.toString().length() - ".mv.db".length());
        try (Connection c = DatabaseFile.connect(Path.of(name), key, ";IFEXISTS=TRUE");
             Statement st = c.createStatement()) {
            int newest = 0;
            try (ResultSet rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")) {
                if (rs.next()) {
                    newest = rs.getInt(1);
                }
            }
            if (newest > Integer.parseInt(Database.SCHEMA_VERSION)) {
                throw new Refused(backup.getFileName() + " was made by a newer Knead; update Knead before restoring it.");
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM clinic")) {
                rs.next();
            }
            Contents contents;
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(created_at) FROM sale")) {
                rs.next();
                OffsetDateTime newestSale = rs.getObject(2, OffsetDateTime.class);
                contents = new Contents(rs.getLong(1), Optional.ofNullable(newestSale).map(OffsetDateTime::toInstant));
            }
            st.execute("SHUTDOWN");
            return contents;
        } catch (SQLException e) {
            throw new Refused(backup.getFileName() + " does not hold a Knead database that opens: " + e.getMessage());
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", file, e.getMessage());
        }
    }
}
