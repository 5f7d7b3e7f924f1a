package com.knead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder holds client names and health answers: nobody but the user Knead runs as may read
 * it, whether Knead made the folder or found it made by an older version with the usual {@code 755}.
 */
class PrivateFolderTest {

    @TempDir
    Path dir;

    @Test
    void aNewDataFolderAndItsDatabaseAreTheUsersOnly() throws Exception {
        Path data = dir.resolve("new").resolve("data");
        try (Stores stores = Stores.open(data)) {
            assertThat(permissions(data)).isEqualTo("rwx------");
            assertThat(permissions(data.resolve("knead.mv.db"))).isEqualTo("rw-------");
            assertThat(permissions(data.resolve("knead.lock"))).isEqualTo("rw-------");
        }
    }

    @Test
    void aFolderLeftReadableByAnOlderKneadIsMadePrivateWhenItOpens() throws Exception {
        Path data = dir.resolve("old");
        try (Stores stores = Stores.open(data)) {
            assertThat(stores.clinic().name()).isNotBlank();
        }
        Path receipts = Files.createDirectories(data.resolve("receipts"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(receipts, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("knead.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        try (Stores stores = Stores.open(data)) {
            assertThat(permissions(data)).isEqualTo("rwx------");
            assertThat(permissions(receipts)).isEqualTo("rwx------");
            assertThat(permissions(data.resolve("knead.mv.db"))).isEqualTo("rw-------");
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
