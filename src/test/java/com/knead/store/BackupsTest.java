package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.BackupKey;
import com.knead.domain.Refused;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypted backups of a real H2 data folder: made online, rotated, refused when wrong, restored whole. */
class BackupsTest {

    private static final char[] PASSPHRASE = "lavender fields at noon".toCharArray();
    private static BackupKey key;

    @TempDir
    Path data;
    @TempDir
    Path usb;

    @BeforeAll
    static void deriveOnce() {
        key = BackupKey.choose(PASSPHRASE); // deliberately slow: once for the class
    }

    @Test
    void aBackupHoldsNoPlainTextAndRestoresTheDataAsItWas() throws IOException {
        Path backup;
        Instant noon = Instant.parse("2026-12-01T12:00:00Z");
        try (Stores stores = Stores.open(data)) {
            TestClinic.checkIn(stores, "Ada Lovelace", noon);
            stores.backups().setUp(key, usb);
            backup = stores.backups().backUp("by-hand", noon).file();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(Backups.KEY_FILE))))
                    .isEqualTo("rw-------");
            TestClinic.checkIn(stores, "Grace Hopper", noon.plusSeconds(60));
            assertThat(stores.visits().forDay(stores.clinic().businessDay(noon))).hasSize(2);
        }
        assertThat(backup.getParent()).isEqualTo(usb);
        byte[] sealed = Files.readAllBytes(backup);
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Lovelace", "CREATE TABLE");

        Path kept = Backups.restore(data, backup, key, noon.plusSeconds(120));
        assertThat(kept).exists();
        try (Stores stores = Stores.open(data)) {
            assertThat(stores.visits().forDay(stores.clinic().businessDay(noon)))
                    .extracting(com.knead.domain.Visit::clientName).containsExactly("Ada Lovelace");
        }
    }

    @Test
    void theWrongPassphraseATruncatedFileAndAnotherFileAreRefusedAndNothingChanges() throws IOException {
        Path backup;
        try (Stores stores = Stores.open(data)) {
            stores.backups().setUp(key, usb);
            backup = stores.backups().backUp("by-hand", Instant.parse("2026-12-01T12:00:00Z")).file();
        }
        byte[] before = Files.readAllBytes(SchemaUpgrade.liveFile(data));
        BackupFile.KeyCost cost = BackupFile.keyCost(backup);
        BackupKey wrong = BackupKey.derive("not the passphrase".toCharArray(), cost.salt(), cost.iterations());
        Instant later = Instant.parse("2026-12-01T13:00:00Z");
        assertThatThrownBy(() -> Backups.restore(data, backup, wrong, later)).isInstanceOf(Refused.class)
                .hasMessageContaining("That passphrase does not open");

        Path cut = usb.resolve("cut.kbak");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(backup), (int) Files.size(backup) / 2));
        assertThatThrownBy(() -> Backups.restore(data, cut, key, later)).isInstanceOf(Refused.class)
                .hasMessageContaining("damaged or incomplete");

        Path flipped = usb.resolve("flipped.kbak");
        Files.copy(backup, flipped);
        try (RandomAccessFile f = new RandomAccessFile(flipped.toFile(), "rw")) {
            f.seek(f.length() - 100);
            int b = f.read();
            f.seek(f.length() - 100);
            f.write(b ^ 1);
        }
        assertThatThrownBy(() -> Backups.restore(data, flipped, key, later)).hasMessageContaining("damaged or incomplete");

        Path notOurs = usb.resolve("holiday.kbak");
        Files.writeString(notOurs, "a photo, really");
        assertThatThrownBy(() -> Backups.restore(data, notOurs, key, later)).hasMessageContaining("is not a Knead backup");

        assertThat(Files.readAllBytes(SchemaUpgrade.liveFile(data))).isEqualTo(before);
        try (var leftovers = Files.list(data)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("knead-before-restore")
                    || n.startsWith("restore-") || n.startsWith("knead-restore"));
        }
    }

    @Test
    void restoringWhileKneadHasTheFolderOpenIsRefused() {
        try (Stores stores = Stores.open(data)) {
            stores.backups().setUp(key, usb);
            Path backup = stores.backups().backUp("by-hand", Instant.parse("2026-12-01T12:00:00Z")).file();
            assertThatThrownBy(() -> Backups.restore(data, backup, key, Instant.now())).isInstanceOf(AlreadyRunning.class);
        }
    }

    @Test
    void dailyBackupsAreRotatedToFourteenDaysAndTheLastOfEachMonth() {
        try (Stores stores = Stores.open(data)) {
            stores.backups().setUp(key, usb);
            Instant first = Instant.parse("2026-10-01T12:00:00Z");
            for (int day = 0; day < 40; day++) {
                stores.backups().backUp("daily", first.plus(Duration.ofDays(day)));
            }
            List<Backups.Made> left = stores.backups().list();
            // 14 days (Oct 27 – Nov 9) and the newest of October (Oct 31, among them) and November (Nov 9).
            assertThat(left).hasSize(14);
            assertThat(left.get(0).at()).isEqualTo(first.plus(Duration.ofDays(39)));
            assertThat(stores.backups().madeOn(first.plus(Duration.ofDays(39)))).isTrue();
            assertThat(stores.backups().madeOn(first.plus(Duration.ofDays(40)))).isFalse();
        }
    }

    @Test
    void withoutAPassphraseThereIsNoBackupAndASentenceSaysHowToStart() {
        try (Stores stores = Stores.open(data)) {
            assertThatThrownBy(() -> stores.backups().backUp("daily", Instant.now())).isInstanceOf(Refused.class)
                    .hasMessageStartingWith("Backups are not set up yet");
        }
    }

    @Test
    void anUpgradeIsPrecededByABackupOfTheDatabaseAsItWas() throws Exception {
        org.flywaydb.core.Flyway.configure().dataSource(SchemaUpgrade.liveUrl(data), "knead", "")
                .locations("classpath:db/migration").target("14").load().migrate();
        try (java.sql.Connection c = TestClinic.jdbc(data); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO clinic (id, name, address, phone, currency, tax_rate, tax_inclusive, rounding, "
                    + "zone, created_at, updated_at) VALUES ('00000000-0000-7000-8000-000000000001', 'Old Willow Clinic', "
                    + "'3 Elm St', '555-0199', 'USD', 5, TRUE, 'HALF_UP', 'UTC', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        Files.writeString(data.resolve(Backups.KEY_FILE), key.encoded());
        Stores.open(data).close(); // upgrades to the current version, after a backup
        List<Backups.Made> made = Backups.list(data.resolve("backups"));
        assertThat(made).singleElement().satisfies(m -> assertThat(m.reason()).isEqualTo("before-upgrade"));

        Path other = usb.resolve("other");
        Backups.restore(other, made.get(0).file(), key, Instant.now());
        try (java.sql.Connection c = TestClinic.jdbc(other); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(14);
        }
        try (Stores stores = Stores.open(other)) {
            assertThat(stores.clinic().name()).isEqualTo("Old Willow Clinic");
        }
        // A later backup the same day does not rotate away the way back from the upgrade.
        try (Stores stores = Stores.open(data)) {
            stores.backups().backUp("daily", Instant.now());
            assertThat(stores.backups().list()).extracting(Backups.Made::reason).containsExactly("daily", "before-upgrade");
        }
    }
}
