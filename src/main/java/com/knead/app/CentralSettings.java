package com.knead.app;

import com.knead.domain.Refused;
import com.knead.store.Stores;
import com.knead.sync.CentralAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Where this installation's central database is, kept for the nightly sync: the address and user
 * name in the clinic's settings, the password apart from the database, in a file of Knead's user's
 * own configuration folder ({@code ~/.config/knead}) that only that user may read. A copy of the data
 * folder (a backup, a stolen disk image of it) holds no central password.
 */
final class CentralSettings {

    static final String URL = "central.url";
    static final String USER = "central.user";
    static final String CA = "central.ca-file";

    private CentralSettings() {
    }

    /** Keeps the address, user and password for this installation. */
    static void keep(Stores stores, CentralAddress address) throws IOException {
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
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The kept address, when one was kept. */
    static Optional<CentralAddress> kept(Stores stores) throws IOException {
        Optional<String> url = stores.settings().get(URL);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Path file = passwordFile(stores);
        String password = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        return Optional.of(new CentralAddress(url.get(), stores.settings().get(USER).orElse("knead"), password,
                stores.settings().get(CA).orElse(null)));
    }

    /** The address given on the command line, or else the one kept; a plain sentence when there is neither. */
    static CentralAddress given(CentralOptions options, Stores stores) throws IOException {
        if (options.url != null) {
            return options.address();
        }
        return kept(stores).orElseThrow(() -> new Refused("No central database is set for this clinic; give --url, "
                + "or keep one with 'knead central connect'."));
    }

    /** The password's file: per installation (its location id), in the user's configuration folder, not the data folder. */
    static Path passwordFile(Stores stores) {
        String configured = System.getProperty("knead.config");
        Path folder = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".config", "knead");
        return folder.resolve("central-" + stores.sync().state().location() + ".password");
    }
}
