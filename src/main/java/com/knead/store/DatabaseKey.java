package com.knead.store;

import com.knead.domain.Refused;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The random key a data folder's H2 file is encrypted with ({@code CIPHER=AES}). H2 stretches its
 * file password with only 10 PBKDF2 rounds, so the password is 32 random bytes, never a person's
 * word. The key is kept apart from the data folder, so a copied folder, a stolen USB copy of it or a
 * folder left on a shared drive is unreadable without it: one file per data folder,
 * {@code <config>/knead/keys/<folder id>.key}, readable by Knead's user only ({@code rw-------} in
 * {@code rwx------} folders), where {@code <config>} is {@code $XDG_CONFIG_HOME} or {@code ~/.config}
 * ({@code %APPDATA%} on Windows), or the folder named by {@code -Dknead.keys}. The folder id is a
 * random UUID in {@code knead.id} inside the data folder (not a secret), so the key still fits after
 * the folder moves to another path or another PC.
 */
public final class DatabaseKey {

    /** A system property naming the folder keys are kept in, instead of the user's configuration folder. */
    public static final String FOLDER_PROPERTY = "knead.keys";
    static final String ID_FILE = "knead.id";
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String hex;

    private DatabaseKey(String hex) {
        this.hex = hex;
    }

    /** A key read back from elsewhere (a backup carries the key its database file was made with). */
    static DatabaseKey of(String hex) {
        String clean = hex.strip();
        if (!HEX.matcher(clean).matches()) {
            throw new IllegalArgumentException("not a database key");
        }
        return new DatabaseKey(clean);
    }

    /** Where the keys of this user's data folders are kept. */
    public static Path keysFolder() {
        String chosen = System.getProperty(FOLDER_PROPERTY, "");
        if (!chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        String appData = System.getenv("APPDATA");
        if (System.getProperty("os.name", "").startsWith("Windows") && appData != null) {
            return Path.of(appData, "Knead", "keys");
        }
        String config = System.getenv("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() ? Path.of(config) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("knead").resolve("keys");
    }

    /** The file holding {@code dataFolder}'s key, or empty when the folder has no id yet. */
    public static Optional<Path> fileFor(Path dataFolder) {
        return folderId(dataFolder).map(id -> keysFolder().resolve(id + ".key"));
    }

    /** The folder's key, when both its id and its key file are there. */
    static Optional<DatabaseKey> find(Path dataFolder) {
        Optional<Path> file = fileFor(dataFolder);
        if (file.isEmpty() || !Files.exists(file.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(Files.readString(file.get(), StandardCharsets.US_ASCII)));
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused("The key of the database in " + dataFolder + " could not be read from " + file.get()
                    + ": " + e.getMessage() + ". Copy the key file from a good copy, or restore a backup (knead restore).");
        }
    }

    /** The key an encrypted database needs: refused in plain words when it is not on this computer. */
    static DatabaseKey required(Path dataFolder) {
        return find(dataFolder).orElseThrow(() -> new Refused(missing(dataFolder)));
    }

    /** The folder's key, made (with the folder's id) when there is none: for a new or still plain database. */
    static DatabaseKey findOrCreate(Path dataFolder) {
        Optional<DatabaseKey> found = find(dataFolder);
        if (found.isPresent()) {
            return found.get();
        }
        try {
            String id = folderId(dataFolder).orElse(null);
            if (id == null) {
                id = UUID.randomUUID().toString();
                writeDurably(dataFolder.resolve(ID_FILE), id + "\n");
            }
            Path keys = keysFolder();
            Files.createDirectories(keys);
            if (System.getProperty(FOLDER_PROPERTY, "").isBlank()) {
                makePrivate(keys.getParent());
            }
            makePrivate(keys);
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            DatabaseKey key = new DatabaseKey(HexFormat.of().formatHex(random));
            // Written and synced before any file is encrypted with it: a database never exists without its key.
            writeDurably(keys.resolve(id + ".key"), key.hex + "\n");
            return key;
        } catch (IOException e) {
            throw new StoreFailure("The key of the database in " + dataFolder + " could not be kept in " + keysFolder()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The sentence for an encrypted database whose key is not on this computer. */
    static String missing(Path dataFolder) {
        String where = fileFor(dataFolder).map(Path::toString)
                .orElse(keysFolder() + " (and the data folder's " + ID_FILE + " file, which names it, is missing too)");
        return "The database in " + dataFolder + " is encrypted, and its key is not on this computer: Knead looks for it in "
                + where + ". Copy that file from the computer the data folder came from, or restore a backup (knead restore).";
    }

    /** The sentence for a key that does not open the database (another folder's key, or a damaged file). */
    static String wrong(Path dataFolder) {
        return "The database in " + dataFolder + " does not open with its key (" + fileFor(dataFolder).map(Path::toString)
                .orElse("?") + "): the key belongs to another data folder, or the file is damaged. Copy the right key "
                + "file from the computer the data folder came from, or restore a backup (knead restore).";
    }

    /** H2's file password: the key alone. */
    char[] filePassword() {
        return hex.toCharArray();
    }

    /** The password H2 is given with {@code CIPHER=AES}: the file password, a space, the user's (empty) password. */
    String password() {
        return hex + " ";
    }

    String hex() {
        return hex;
    }

    boolean sameAs(DatabaseKey other) {
        return other != null && hex.equals(other.hex);
    }

    private static Optional<String> folderId(Path dataFolder) {
        Path file = dataFolder.resolve(ID_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(Files.readString(file, StandardCharsets.US_ASCII).strip()).toString());
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused("The file " + file + " that names this data folder's key is damaged (" + e.getMessage()
                    + "). Restore a backup (knead restore).");
        }
    }

    /** Writes beside, restricts, syncs, then moves into place, so a crash leaves the whole file or none. */
    private static void writeDurably(Path file, String text) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.US_ASCII);
        PrivateFolder.restrict(partial);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }

    private static void makePrivate(Path folder) throws IOException {
        if (folder != null && Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
