package com.knead.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.tools.ChangeFileEncryption;

/**
 * How H2 is asked to open one of the clinic's database files: encrypted ({@code CIPHER=AES}) with the
 * data folder's {@link DatabaseKey}, or plain, as Knead kept them before encryption (converted at the
 * next start). Whether a file is encrypted is read from its first bytes.
 */
public final class DatabaseFile {

    private static final byte[] ENCRYPTED = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    static final String MV_DB = ".mv.db";

    private DatabaseFile() {
    }

    /** True when the {@code .mv.db} file is encrypted by H2 (it then starts with {@code H2encrypt}). */
    static boolean encrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED.length), ENCRYPTED);
        } catch (IOException e) {
            throw new StoreFailure("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC address of the database {@code name} (a path without {@code .mv.db}), encrypted with a key or not. */
    static String url(Path name, DatabaseKey key) {
        return "jdbc:h2:file:" + name + (key == null ? "" : ";CIPHER=AES");
    }

    /** The password H2 is given with {@link #url}. */
    static String password(DatabaseKey key) {
        return key == null ? "" : key.password();
    }

    static Connection connect(Path name, DatabaseKey key, String options) throws SQLException {
        return DriverManager.getConnection(url(name, key) + options, "knead", password(key));
    }

    /**
     * A connection to the data folder's database with its key (or plain, for a file not yet encrypted),
     * for tools and tests that read the file directly while no Knead has the folder open.
     */
    public static Connection connect(Path dataFolder) throws SQLException {
        Path folder = dataFolder.toAbsolutePath().normalize();
        Path live = SchemaUpgrade.liveFile(folder);
        DatabaseKey key = Files.exists(live) && encrypted(live) ? DatabaseKey.required(folder) : null;
        return connect(folder.resolve(SchemaUpgrade.LIVE), key, "");
    }

    /**
     * Re-encrypts the closed database {@code name} in {@code folder} from one key to another (null: plain).
     * H2 writes the new file beside it ({@code <name>.mv.db.temp}) and then moves it over the old one,
     * so it is only ever done to a copy, never to the clinic's live file.
     */
    static void reEncrypt(Path folder, String name, DatabaseKey from, DatabaseKey to) throws SQLException {
        ChangeFileEncryption.execute(folder.toString(), name, "AES", from == null ? null : from.filePassword(),
                to.filePassword(), true);
    }
}
