package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.BackupKey;
import com.knead.domain.Refused;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.h2.tools.ChangeFileEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clinic's H2 file is encrypted with a random key kept outside the data folder: a new folder is
 * encrypted from its first byte, a plain folder from before is converted on its copy and keeps every
 * row, a conversion killed at any step leaves a folder that opens with nothing lost, and a missing or
 * wrong key is told in a sentence. Real H2 files; the keys live under target/ (see the pom).
 */
class EncryptionAtRestTest {

    private static final String CLIENT = "Quentin Marrowby";
    private static final String MEDICATION = "Warfarin 5 mg nightly";

    @TempDir
    Path dir;
    @TempDir
    Path logs;

    @Test
    void aNewFolderIsEncryptedAndItsKeyIsPrivateAndOutsideIt() throws Exception {
        Path data = dir.resolve("data");
        withAClient(data);

        assertThat(Files.readAllBytes(SchemaUpgrade.liveFile(data))).startsWith("H2encrypt".getBytes(StandardCharsets.US_ASCII));
        assertNoClearText(data);
        Path key = DatabaseKey.fileFor(data).orElseThrow();
        assertThat(key.startsWith(data)).as("the key is outside the data folder").isFalse();
        assertThat(key).startsWith(DatabaseKey.keysFolder());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void aPlainFolderFromBeforeIsConvertedAndKeepsEveryRow() throws Exception {
        Path data = dir.resolve("plain");
        FolderContents before = plainFolder(data);
        assertThat(clearTextIn(data)).as("the plain file shows the client, so the scan can see it").isNotEmpty();

        try (Stores stores = Stores.open(data)) {
            assertThat(stores.clinic().name()).isNotBlank();
        }

        assertThat(DatabaseFile.encrypted(SchemaUpgrade.liveFile(data))).isTrue();
        assertNoClearText(data);
        assertThat(FolderContents.of(data)).isEqualTo(before);
    }

    @Test
    @Timeout(120)
    void aConversionKilledAtAnyStepOpensWithNothingLost() throws Exception {
        Path plain = dir.resolve("plain");
        FolderContents before = plainFolder(plain);
        // "copied", "written" and the others are the upgrade's own steps, stopped in UpgradeCrashTest.
        List<String> points = List.of("encrypted", "swapped");
        for (String point : points) {
            Path folder = copyOf(plain, "halted-" + point);
            ChildJvm.Finished halted = ChildJvm.run(ChildJvm.QUICK_START, UpgradeChild.class,
                    logs.resolve("halted-" + point + ".txt"), folder.toString(), point);
            assertThat(halted.exitCode()).as("halted at %s; errors:%n%s", point, halted.errors()).isEqualTo(UpgradeChild.HALTED);
            assertThat(DatabaseFile.encrypted(SchemaUpgrade.liveFile(folder))).as("encrypted after a kill at %s", point)
                    .isEqualTo(point.equals("swapped"));
            assertOpensWithEveryRow(folder, before, point);
        }
        // SIGKILL from outside once the copy is made: it lands while H2 encrypts the copy, or a little after.
        Path folder = copyOf(plain, "killed");
        try (ChildJvm child = ChildJvm.start(ChildJvm.QUICK_START, UpgradeChild.class, logs.resolve("killed.txt"),
                folder.toString(), "never")) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            for (Optional<String> line = child.nextLine(deadline); !line.orElseThrow().equals("copied");
                 line = child.nextLine(deadline)) {
                // Reading on to the copy.
            }
            child.kill();
        }
        assertOpensWithEveryRow(folder, before, "SIGKILL after copied");
    }

    @Test
    void aMissingKeyIsToldInASentenceNamingWhereItIsLookedFor() throws Exception {
        Path data = dir.resolve("data");
        withAClient(data);
        Path key = DatabaseKey.fileFor(data).orElseThrow();
        Path aside = Files.move(key, dir.resolve("key-aside"));

        assertThatThrownBy(() -> Stores.open(data)).isInstanceOf(Refused.class)
                .hasMessageContaining("encrypted, and its key is not on this computer").hasMessageContaining(key.toString());
        assertThat(DatabaseFile.encrypted(SchemaUpgrade.liveFile(data))).as("nothing was changed").isTrue();

        Files.move(aside, key);
        try (Stores stores = Stores.open(data)) {
            assertThat(stores.clinic().name()).isNotBlank();
        }
    }

    @Test
    void aWrongKeyIsToldInASentence() throws Exception {
        Path data = dir.resolve("data");
        withAClient(data);
        Path key = DatabaseKey.fileFor(data).orElseThrow();
        Files.writeString(key, HexFormat.of().formatHex(new byte[32]) + "\n");

        assertThatThrownBy(() -> Stores.open(data)).isInstanceOf(Refused.class)
                .hasMessageContaining("does not open with its key").hasMessageContaining(key.toString());
    }

    @Test
    void aBackupRestoresOnANewPcWithThePassphraseAlone() throws Exception {
        Path old = dir.resolve("old-pc");
        withAClient(old);
        BackupKey passphrase = BackupKey.choose("cedar and rosemary".toCharArray());
        Path backup;
        try (Stores stores = Stores.open(old)) {
            stores.backups().setUp(passphrase, dir.resolve("usb"));
            backup = stores.backups().backUp("by-hand", TestClinic.AFTERNOON.plusSeconds(60)).file();
        }
        FolderContents before = FolderContents.of(old);
        String oldKey = Files.readString(DatabaseKey.fileFor(old).orElseThrow());
        // The old PC and its key are gone: only the backup and the passphrase the owner keeps came along.
        Files.delete(DatabaseKey.fileFor(old).orElseThrow());

        Path newPc = dir.resolve("new-pc");
        Backups.restore(newPc, backup, Backups.keyFor(backup, "cedar and rosemary".toCharArray()), Instant.now());

        assertThat(FolderContents.of(newPc)).isEqualTo(before);
        assertThat(Files.readString(DatabaseKey.fileFor(newPc).orElseThrow())).as("the new PC's own key").isNotEqualTo(oldKey);
        try (Stores stores = Stores.open(newPc)) {
            assertThat(stores.clinic().name()).isNotBlank();
        }
        assertNoClearText(newPc);
    }

    private static void withAClient(Path data) {
        try (Stores stores = Stores.open(data)) {
            TestClinic.kioskCheckIn(stores, CLIENT, "555 010 2030", TestClinic.AFTERNOON,
                    Map.of("pressure", "medium", "medications", MEDICATION));
        }
    }

    /** A folder as Knead left it before encryption at rest: current schema, a client, a plain file and no key. */
    private FolderContents plainFolder(Path data) throws Exception {
        withAClient(data);
        DatabaseKey key = DatabaseKey.required(data);
        ChangeFileEncryption.execute(data.toString(), SchemaUpgrade.LIVE, "AES", key.filePassword(), null, true);
        Files.delete(DatabaseKey.fileFor(data).orElseThrow());
        Files.delete(data.resolve(DatabaseKey.ID_FILE));
        assertThat(DatabaseFile.encrypted(SchemaUpgrade.liveFile(data))).isFalse();
        return FolderContents.of(data);
    }

    private static void assertOpensWithEveryRow(Path folder, FolderContents before, String killedAt) throws Exception {
        try (Database db = Database.open(folder)) {
            assertThat(db.folder()).isNotNull();
        }
        assertThat(DatabaseFile.encrypted(SchemaUpgrade.liveFile(folder))).as("encrypted after a kill at %s", killedAt).isTrue();
        assertThat(FolderContents.of(folder)).as("rows after a kill at %s", killedAt).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(SchemaUpgrade.COPY)).toList())
                    .as("leftovers after a kill at %s", killedAt).isEmpty();
        }
    }

    private Path copyOf(Path plain, String name) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(name));
        Files.copy(SchemaUpgrade.liveFile(plain), SchemaUpgrade.liveFile(copy));
        return copy;
    }

    private static void assertNoClearText(Path data) throws IOException {
        assertThat(clearTextIn(data)).as("files of %s holding a client's name or medication", data).isEmpty();
    }

    private static List<Path> clearTextIn(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    return text.contains(CLIENT) || text.contains(MEDICATION);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
