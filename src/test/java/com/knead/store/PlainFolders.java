package com.knead.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.ChangeFileEncryption;

/** For the benchmark of encryption's cost only: a copy of a data folder with its file decrypted, opened as it is. */
public final class PlainFolders {

    private PlainFolders() {
    }

    /** Copies {@code encrypted}'s (closed) database into {@code plain} and decrypts the copy there. */
    public static void decryptedCopy(Path encrypted, Path plain) throws java.io.IOException, SQLException {
        Files.createDirectories(plain);
        Files.copy(SchemaUpgrade.liveFile(encrypted), SchemaUpgrade.liveFile(plain));
        ChangeFileEncryption.execute(plain.toString(), SchemaUpgrade.LIVE, "AES",
                DatabaseKey.required(encrypted.toAbsolutePath().normalize()).filePassword(), null, true);
    }

    public static Stores open(Path plain) {
        return Stores.plainForBenchmark(plain);
    }
}
