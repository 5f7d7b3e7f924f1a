package com.knead.usecase;

import com.knead.store.Stores;
import com.knead.sync.CentralAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Where this installation's central database is, kept for the nightly sync: the address and user
 * name in the clinic's settings, the password apart from the database, in a file of Knead's user's
 * own configuration folder ({@code $XDG_CONFIG_HOME/knead}, by default {@code ~/.config/knead}) that
 * only that user may read. A copy of the data folder (a backup, a stolen disk image of it) holds no
 * central password. The command line ({@code knead central connect}) and the office's Sync page keep
 * it the same way.
 */
public final class CentralAccess {

    static final String URL = "central.url";
    static final String USER = "central.user";
    static final String CA = "central.ca-file";

    private CentralAccess() {
    }

    /** Keeps the address, user and password for this installation. */
    public static void keep(Stores stores, CentralAddress address) throws IOException {
        stores.settings().put(URL, address.url());
        stores.settings().put(USER, address.user());
        stores.settings().put(CA, address.verified() ? address.caFile() : "");
        Path file = passwordFile(stores);
        Files.createDirectories(file.getParent());
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        if (posix) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(temporary, address.password(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The kept address, when one was kept. */
    public static Optional<CentralAddress> kept(Stores stores) throws IOException {
        Optional<String> url = stores.settings().get(URL);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Path file = passwordFile(stores);
        String password = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        return Optional.of(new CentralAddress(url.get(), stores.settings().get(USER).orElse("knead"), password,
                stores.settings().get(CA).orElse(null)));
    }

    /** {@link #kept}, a file problem unchecked (for the use cases, whose callers say it in plain words). */
    static Optional<CentralAddress> keptOrFail(Stores stores) {
        try {
            return kept(stores);
        } catch (IOException e) {
            throw new UncheckedIOException("The central database's password could not be read", e);
        }
    }

    /** The password's file: per installation (its location id), in the user's configuration folder, not the data folder. */
    public static Path passwordFile(Stores stores) {
        String configured = System.getProperty("knead.config");
        String xdg = System.getenv("XDG_CONFIG_HOME");
        // As the database key's folder (store/DatabaseKey): $XDG_CONFIG_HOME/knead, else ~/.config/knead.
        Path folder = configured != null ? Path.of(configured)
                : xdg != null && !xdg.isBlank() ? Path.of(xdg, "knead")
                : Path.of(System.getProperty("user.home"), ".config", "knead");
        return folder.resolve("central-" + stores.sync().state().location() + ".password");
    }
}
